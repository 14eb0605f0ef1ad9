// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'versionFeature'>({
  meta: {
    id: 'api-version-feature',
    code: 'DCL015',
    group: 'schema',
    severity: 'error',
    description: 'A contract that uses a feature of a newer ODCS version must declare that version.',
    messages: { versionFeature: '{message}' },
    hasSuggestions: true,
  },
  create: () => ({}),
});
