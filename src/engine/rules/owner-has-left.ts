// The people directory knows someone has left, but the contract still lists them as a current member.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { asCatalogueSnapshot, personStatus, suggestOwners } from '../owners';
import type { OwnerRole } from '../owners/model';
import { currentMembers, isoDate, roleKind } from '../vocabulary/roles';
import type { Fixer } from '../fix/fixer';

const ROLE_FOR_KIND: Record<'owner' | 'steward' | 'custodian', OwnerRole> = {
  owner: 'Data Owner',
  steward: 'Data Steward',
  custodian: 'Data Custodian',
};

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
      hasLeft: "Mark '{username}'{role} as left, or replace them: {source} says they have left the organisation.",
    },
    hasSuggestions: true,
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
          // A dateOut of today records the departure already (it is the last day in the team).
          const out = isoDate(member.value.dateOut);
          if (out !== undefined && context.today !== undefined && out <= context.today) continue;
          const ref = snapshot.resolve(username);
          const directory = ref ? snapshot.people.get(ref.id)?.leftAccordingTo : undefined;
          const role = str(member.value.role);
          // Who is in the team is a promise: replacing a member or recording that they left is a suggestion the user
          // picks. With a catalogue, the people it ranks highest for the same role come first.
          const kind = roleKind(role, context.settings);
          const listed = new Set(context.parts.teamMembers.map((m) => m.username?.trim().toLowerCase()));
          const successors = !kind
            ? []
            : suggestOwners(
                snapshot,
                { path: context.subjectPath ?? '', value: context.contract },
                ROLE_FOR_KIND[kind],
                { top: 3 },
              )
                .filter((c) => c.kind === 'person' && !listed.has(c.id.toLowerCase()))
                .slice(0, 2);
          const replace = successors.map((c) => ({
            title: `Replace with ${c.name} (${c.id})`,
            fix: (fixer: Fixer) => {
              const edits = [fixer.replaceValue([...member.path, 'username'], yamlText(c.id))];
              if (typeof member.value.name === 'string')
                edits.push(fixer.replaceValue([...member.path, 'name'], yamlText(c.name)));
              return edits.every((e) => e !== null) ? (edits as NonNullable<(typeof edits)[number]>[]) : null;
            },
          }));
          const markLeft =
            context.today === undefined || 'dateOut' in member.value
              ? []
              : [
                  {
                    title: `Mark '${username}' as left (dateOut: ${context.today})`,
                    fix: (fixer: Fixer) => fixer.insertEntries(member.path, `dateOut: "${context.today}"`),
                  },
                ];
          context.report({
            path: [...member.path, 'username'],
            target: 'value',
            messageId: 'hasLeft',
            data: {
              username,
              role: role ? ` (${role})` : '',
              source: directory ? `'${directory}'` : 'the people directory',
            },
            suggest: [...replace, ...markLeft],
          });
        }
      },
    };
  },
});

/** A plain scalar when it is safe, otherwise a double-quoted one. */
function yamlText(value: string): string {
  return /^[A-Za-z][\w.@ -]*$/.test(value) && !/[:#]/.test(value) && value.trim() === value
    ? value
    : JSON.stringify(value);
}
