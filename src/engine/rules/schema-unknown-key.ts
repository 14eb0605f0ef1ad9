// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'unknownKey'>({
  meta: {
    id: 'schema-unknown-key',
    code: 'DCL010',
    group: 'schema',
    severity: 'error',
    description: 'Every key must be one the ODCS schema allows at that place.',
    messages: { unknownKey: '{message}' },
    fixable: true,
  },
  create: () => ({}),
});
