// A member who left with nobody named in their place leaves a gap in who to ask.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { currentMembers, hasLeft, roleKind } from '../vocabulary/roles';

const normal = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

export default defineRule<undefined, 'leftUnreplaced'>({
  meta: {
    id: 'team-member-left',
    code: 'DCL102',
    group: 'ownership',
    dimension: 'ownership',
    severity: 'warning',
    profiles: { 'uk-gov': 'error' },
    description: 'A team member whose dateOut has passed names a replacement, or someone else still holds their role.',
    messages: {
      leftUnreplaced: 'Name who took over from {label} ({role}), who left on {date}.',
    },
  },
  create(context) {
    return {
      teamMember(node) {
        if (!hasLeft(node, context.today)) return;
        if ((str(node.value.replacedByUsername) ?? '').trim() !== '') return;
        const role = str(node.value.role);
        if (!role || role.trim() === '') return;
        const kind = roleKind(role, context.settings);
        if (kind === 'owner') return; // no-data-owner reports an owner who left
        const current = currentMembers(context.parts.teamMembers, context.today);
        const covered = current.some((m) => {
          const r = str(m.value.role);
          return (
            r !== undefined &&
            (normal(r) === normal(role) || (kind !== undefined && roleKind(r, context.settings) === kind))
          );
        });
        if (covered) return;
        context.report({ node, messageId: 'leftUnreplaced', data: { role, date: String(node.value.dateOut) } });
      },
    };
  },
});
