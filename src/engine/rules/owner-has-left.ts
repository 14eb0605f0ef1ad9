// The people directory knows someone has left, but the contract still lists them as a current member.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { asCatalogueSnapshot, personStatus } from '../owners';
import { currentMembers } from '../vocabulary/roles';

export default defineRule<undefined, 'hasLeft'>({
  meta: {
    id: 'owner-has-left',
    code: 'DCL271',
    group: 'catalogue',
    dimension: 'ownership',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description: 'No current team member is someone the people directory lists as having left.',
    messages: {
      hasLeft: "Remove or replace '{username}'{role}: {source} says they have left the organisation.",
    },
  },
  create(context) {
    const snapshot = asCatalogueSnapshot(context.catalogue);
    if (!snapshot) return {};
    return {
      contract() {
        // Members whose dateOut has passed are already recorded as gone (no-data-owner and team-member-left look at those).
        for (const member of currentMembers(context.parts.teamMembers, context.today)) {
          const username = member.username?.trim();
          if (!username || personStatus(snapshot, username) !== 'left') continue;
          const ref = snapshot.resolve(username);
          const directory = ref ? snapshot.people.get(ref.id)?.leftAccordingTo : undefined;
          const role = str(member.value.role);
          context.report({
            path: [...member.path, 'username'],
            target: 'value',
            messageId: 'hasLeft',
            data: { username, role: role ? ` (${role})` : '', source: directory ? `'${directory}'` : 'the people directory' },
          });
        }
      },
    };
  },
});
