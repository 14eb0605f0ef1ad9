// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'unsupported'>({
  meta: {
    id: 'odcs-version-unsupported',
    code: 'DCL005',
    group: 'schema',
    severity: 'warning',
    description: 'The contract uses ODCS v3 (v3.0.0 to v3.2.0), not the old ODCS v2.',
    messages: { unsupported: '{message}' },
  },
  create: () => ({}),
});
