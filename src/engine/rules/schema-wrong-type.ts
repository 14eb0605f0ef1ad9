// Reported by the engine itself (schema); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'wrongType'>({
  meta: {
    id: 'schema-wrong-type',
    code: 'DCL013',
    group: 'schema',
    severity: 'error',
    description: 'Each value must have the type the ODCS schema expects (text, number, true/false, list, block).',
    messages: { wrongType: '{message}' },
    fixable: true,
  },
  create: () => ({}),
});
