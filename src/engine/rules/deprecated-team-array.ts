// ODCS v3.1.0 replaced the bare list of team members with a team object holding `members`.
import { defineRule } from './define-rule';
import { deprecatedSinceV31 } from './helpers-version';

export default defineRule<undefined, 'teamArray'>({
  meta: {
    id: 'deprecated-team-array',
    code: 'DCL222',
    group: 'deprecations',
    dimension: 'ownership',
    severity: 'warning',
    description:
      "The team is written as an object with 'members', not as the bare list of members deprecated in ODCS v3.1.0.",
    messages: {
      teamArray: "Move the member list under 'team: members:': a bare list is deprecated since ODCS v3.1.0.",
    },
    fixable: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      contract(node) {
        if (!Array.isArray(node.value.team)) return;
        // In v3.0.x the list is the only form the schema allows, so there is nothing to change yet.
        if (!deprecatedSinceV31(context.apiVersion)) return;
        context.report({
          path: ['team'],
          messageId: 'teamArray',
          fixTitle: "Move the members under 'team: members:'",
          fix: (fixer) => fixer.nestSequenceUnderKey(['team'], 'members'),
        });
      },
    };
  },
});
