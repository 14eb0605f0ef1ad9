// Reported by the engine itself (syntax); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'syntax'>({
  meta: {
    id: 'yaml-syntax',
    code: 'DCL001',
    group: 'syntax',
    severity: 'error',
    description: 'The file must be valid YAML: indentation, quotes, brackets and colons.',
    messages: { syntax: '{message}' },
  },
  create: () => ({}),
});
