// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'unknown'>({
  meta: {
    id: 'odcs-version-unknown',
    code: 'DCL006',
    group: 'schema',
    severity: 'error',
    description: "The apiVersion is a released ODCS version, written the way ODCS writes it ('v3.2.0').",
    messages: { unknown: '{message}' },
    hasSuggestions: true,
  },
  create: () => ({}),
});
