// Reported by the engine itself (syntax); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'aliases'>({
  meta: {
    id: 'alias-limit',
    code: 'DCL003',
    group: 'syntax',
    severity: 'error',
    description: 'A document must not expand an excessive number of YAML aliases (alias bombs).',
    messages: { aliases: '{message}' },
  },
  create: () => ({}),
});
