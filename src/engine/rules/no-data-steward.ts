// The uk-gov data roles: an accountable owner plus someone who knows (steward) or runs (custodian) the data.
import { defineRule } from './define-rule';
import { currentMembers, roleKind } from '../vocabulary/roles';

export default defineRule<undefined, 'noSteward'>({
  meta: {
    id: 'no-data-steward',
    code: 'DCL104',
    group: 'ownership',
    dimension: 'ownership',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description: 'The team names a current Data Steward or Data Custodian besides the Data Owner.',
    messages: {
      noSteward: 'Add a Data Steward or Data Custodian to the team: someone who knows the data day to day.',
    },
  },
  create(context) {
    return {
      contract() {
        const members = context.parts.teamMembers;
        if (members.length === 0) return; // no-team reports a missing or empty team
        const kinds = currentMembers(members, context.today).map((m) => roleKind(m.value.role, context.settings));
        if (kinds.includes('steward') || kinds.includes('custodian')) return;
        context.report({ path: ['team'], messageId: 'noSteward' });
      },
    };
  },
});
