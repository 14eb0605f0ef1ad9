// A contract without a team has nobody to ask and nobody accountable.
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import { namedTeam } from '../vocabulary/roles';
import { declaresAtLeast } from './helpers-version';

/** A team to fill in, in the form the declared version accepts: an object from ODCS v3.1.0, a list of members before. */
const teamSkeleton = (apiVersion: string): string =>
  declaresAtLeast(apiVersion, 3, 1) === false
    ? 'team:\n  - username: TODO-username\n    role: Data Owner'
    : 'team:\n  name: TODO-team-name\n  members:\n    - username: TODO-username\n      role: Data Owner';

export default defineRule<undefined, 'noTeam' | 'emptyTeam'>({
  meta: {
    id: 'no-team',
    code: 'DCL100',
    group: 'ownership',
    dimension: 'ownership',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description: 'A contract names the team that owns and maintains it.',
    messages: {
      noTeam: 'Add a team with a Data Owner: the contract names nobody as its owner.',
      emptyTeam: 'Add members to the team, at least a Data Owner: it lists nobody.',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      contract(node) {
        const team = node.value.team;
        if (team === undefined || team === null) {
          // Who owns the data is a promise: the skeleton is a suggestion the user picks, never a safe fix.
          context.report({
            node,
            path: [],
            messageId: 'noTeam',
            // `team:` with no value is already a key: adding another would make the file invalid.
            suggest:
              team === undefined
                ? [
                    {
                      title: 'Add a team with a Data Owner member to fill in',
                      fix: (fixer) => fixer.insertEntries([], teamSkeleton(context.apiVersion)),
                    },
                  ]
                : [],
          });
          return;
        }
        // A named team without members is a team: its missing Data Owner is no-data-owner's finding, not a second one here.
        if (namedTeam(team) !== undefined) return;
        const members = Array.isArray(team) ? team : isObject(team) ? team.members : undefined;
        if (!Array.isArray(members) || members.length === 0) context.report({ path: ['team'], messageId: 'emptyTeam' });
      },
    };
  },
});
