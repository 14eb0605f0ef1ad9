// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'missingRequired'>({
  meta: {
    id: 'schema-missing-required',
    code: 'DCL012',
    group: 'schema',
    severity: 'error',
    description: 'Keys the ODCS schema requires must be present.',
    messages: { missingRequired: '{message}' },
  },
  create: () => ({}),
});
