// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'invalidValue'>({
  meta: {
    id: 'schema-invalid-value',
    code: 'DCL014',
    group: 'schema',
    severity: 'error',
    description: 'Values must satisfy the ODCS schema constraints (formats, patterns, ranges, lengths).',
    messages: { invalidValue: '{message}' },
  },
  create: () => ({}),
});
