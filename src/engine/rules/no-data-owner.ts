// A team without an accountable Data Owner: nobody can approve changes, access or retention decisions.
import { defineRule } from './define-rule';
import { currentMembers, hasLeft, memberName, namedTeam, roleKind } from '../vocabulary/roles';
import { str } from '../contract-nodes';
import { isObject } from '../detect';
import type { Fixer } from '../fix/fixer';
import { asCatalogueSnapshot, suggestOwners } from '../owners';

const SKELETON = 'username: TODO-username\nrole: Data Owner';

export default defineRule<undefined, 'noOwner' | 'noMembers' | 'onlyCustodian' | 'ownerLeft'>({
  meta: {
    id: 'no-data-owner',
    code: 'DCL101',
    group: 'ownership',
    dimension: 'ownership',
    severity: 'warning',
    profiles: { strict: 'error', 'uk-gov': 'error' },
    description: 'The team names a current member with the role Data Owner.',
    messages: {
      noOwner: 'Add a Data Owner to the team: nobody is accountable for this data.',
      noMembers: "Add a Data Owner under 'members' of team '{team}': it lists nobody.",
      onlyCustodian: 'Add a Data Owner to the team: {names} ({role}) looks after the data but is not accountable.',
      ownerLeft: 'Add a new Data Owner to the team: {names} left on {date} and nobody has taken over.',
    },
    hasSuggestions: true,
  },
  create(context) {
    // Naming a Data Owner is a promise about who is accountable: every way of adding one is a suggestion the user
    // picks, never a safe fix. With a catalogue, the people it ranks highest for this contract come first; the
    // skeleton to fill in comes last.
    const ownerSuggestions = (addMember: (fixer: Fixer, yaml: string) => ReturnType<Fixer['appendToSequence']>) => {
      const snapshot = asCatalogueSnapshot(context.catalogue);
      const people = !snapshot
        ? []
        : suggestOwners(snapshot, { path: context.subjectPath ?? '', value: context.contract }, 'Data Owner', {
            top: 3,
          })
            .filter((c) => c.kind === 'person')
            .map((c) => ({
              title: `Add ${c.name} (${c.id}) as Data Owner: ${c.evidence[0] ?? 'suggested by the catalogue'}`,
              fix: (fixer: Fixer) =>
                addMember(fixer, `username: ${yamlText(c.id)}\nname: ${yamlText(c.name)}\nrole: Data Owner`),
            }));
      return [
        ...people,
        { title: 'Add a Data Owner team member to fill in', fix: (fixer: Fixer) => addMember(fixer, SKELETON) },
      ];
    };
    return {
      contract() {
        const members = context.parts.teamMembers;
        if (members.length === 0) {
          // A named team object without members is reported here; no-team reports a missing or empty team.
          const team = namedTeam(context.contract.team);
          const listed = isObject(context.contract.team) ? context.contract.team.members : undefined;
          // Members of the wrong shape are the schema's to report.
          if (
            team === undefined ||
            !(listed === undefined || listed === null || (Array.isArray(listed) && listed.length === 0))
          )
            return;
          const addMember = (fixer: Fixer, yaml: string) => fixer.addSequenceItem(['team'], 'members', yaml);
          context.report({
            path: ['team'],
            messageId: 'noMembers',
            data: { team },
            suggest: ownerSuggestions(addMember),
          });
          return;
        }
        const current = currentMembers(members, context.today);
        if (current.some((m) => roleKind(m.value.role, context.settings) === 'owner')) return;

        const legacy = members[0].legacyArray;
        const addMember = (fixer: Fixer, yaml: string) =>
          legacy ? fixer.appendToSequence(['team'], yaml) : fixer.addSequenceItem(['team'], 'members', yaml);
        const offer = { suggest: ownerSuggestions(addMember) };
        const formerOwner = members.find(
          (m) => hasLeft(m, context.today) && roleKind(m.value.role, context.settings) === 'owner',
        );
        const custodians = current.filter((m) => roleKind(m.value.role, context.settings) === 'custodian');
        if (formerOwner) {
          // The finding is about the whole team, so it sits at 'team:'; the member concerned is a related place.
          context.report({
            path: ['team'],
            messageId: 'ownerLeft',
            data: { names: `'${memberName(formerOwner)}'`, date: String(formerOwner.value.dateOut) },
            related: [
              {
                path: formerOwner.path,
                message: `'${memberName(formerOwner)}' was the Data Owner until ${String(formerOwner.value.dateOut)}.`,
              },
            ],
            ...offer,
          });
        } else if (custodians.length > 0) {
          const names = custodians.map((m) => `'${memberName(m)}'`).join(', ');
          const role = str(custodians[0].value.role) ?? 'custodian';
          context.report({
            path: ['team'],
            messageId: 'onlyCustodian',
            data: { names, role },
            related: custodians.map((m) => ({
              path: m.path,
              message: `'${memberName(m)}' is ${str(m.value.role) ?? 'custodian'}, not the Data Owner.`,
            })),
            ...offer,
          });
        } else {
          context.report({ path: ['team'], messageId: 'noOwner', ...offer });
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
