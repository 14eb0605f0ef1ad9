// Reported by the engine itself (syntax); this file holds the rule's metadata so it can be configured and documented.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'duplicate'>({
  meta: {
    id: 'duplicate-key',
    code: 'DCL002',
    group: 'syntax',
    severity: 'error',
    description: 'A key must not appear twice in the same block; the second silently replaces the first.',
    messages: { duplicate: '{message}' },
  },
  create: () => ({}),
});
