import rule from '../../src/engine/rules/no-team';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'team object with a member',
      code: contract('team:\n  name: orders-team\n  members:\n    - username: jdoe\n      role: Data Owner\n'),
    },
    // A named team exists; its missing Data Owner is reported once, by no-data-owner.
    { name: 'a named team without members is left to no-data-owner', code: contract('team:\n  name: orders-team\n') },
    { name: 'a team with an id and an empty member list', code: contract('team:\n  id: orders-team\n  members: []\n') },
    { name: 'legacy team array with a member', code: contract('team:\n  - username: jdoe\n    role: Data Owner\n') },
  ],
  invalid: [
    {
      name: 'no team at all: a made-up team is never a safe fix; the skeleton is a suggestion that keeps the comment',
      code: contract('# who to ask\ndescription:\n  purpose: Orders placed online.\n'),
      errors: [{ messageId: 'noTeam', line: 1, column: 1 }],
      output: null,
      suggestions: ['Add a team with a Data Owner member to fill in'],
      suggestionOutput: contract(
        '# who to ask\ndescription:\n  purpose: Orders placed online.\nteam:\n  name: TODO-team-name\n  members:\n    - username: TODO-username\n      role: Data Owner\n',
      ),
    },
    {
      name: 'a v3.0.x contract is offered the list of members its version accepts, not a team object',
      code: contract('description:\n  purpose: Orders placed online.\n').replace('v3.1.0', 'v3.0.2'),
      errors: [{ messageId: 'noTeam', line: 1, column: 1 }],
      output: null,
      suggestionOutput: contract(
        'description:\n  purpose: Orders placed online.\nteam:\n  - username: TODO-username\n    role: Data Owner\n',
      ).replace('v3.1.0', 'v3.0.2'),
    },
    {
      name: "'team:' without a value: nothing offered, as a second 'team' key would break the file",
      code: contract('team:\ndescription:\n  purpose: Orders placed online.\n'),
      errors: [{ messageId: 'noTeam', line: 1, column: 1 }],
      output: null,
      suggestions: [],
    },
    {
      name: 'an empty team list',
      code: contract('team: []\n'),
      errors: [{ messageId: 'emptyTeam', line: 6, column: 1 }],
      output: null,
    },
    {
      name: 'a team object that neither names a team nor lists members',
      code: contract('team:\n  description: Orders\n'),
      errors: [{ messageId: 'emptyTeam', line: 6, column: 1 }],
      output: null,
    },
  ],
});
