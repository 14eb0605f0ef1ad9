// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'invalidEnum'>({
  meta: {
    id: 'schema-invalid-enum',
    code: 'DCL011',
    group: 'schema',
    severity: 'error',
    description: 'Values with a fixed list of choices must use one of them.',
    messages: { invalidEnum: '{message}' },
    fixable: true,
  },
  create: () => ({}),
});
