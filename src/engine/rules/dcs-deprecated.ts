// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'deprecated'>({
  meta: {
    id: 'dcs-deprecated',
    code: 'DCL004',
    group: 'schema',
    severity: 'warning',
    description: 'Contracts in the deprecated Data Contract Specification should move to ODCS.',
    messages: { deprecated: '{message}' },
  },
  create: () => ({}),
});
