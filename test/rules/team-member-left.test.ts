import rule from '../../src/engine/rules/team-member-left';
import { contract, ruleTester } from '../helpers/rule-tester';

const team = (members: string) =>
  contract(`team:\n  name: orders-team\n  members:\n    - username: asmith\n      role: Data Owner\n${members}`);
const today = '2026-06-01';

ruleTester(rule, {
  valid: [
    {
      name: 'replacement named',
      code: team(
        '    - username: jdoe\n      role: Data Steward\n      dateOut: "2024-01-31"\n      replacedByUsername: bkid\n',
      ),
      today,
    },
    {
      name: 'someone else holds the role',
      code: team(
        '    - username: jdoe\n      role: Data Steward\n      dateOut: "2024-01-31"\n    - username: bkid\n      role: steward\n',
      ),
      today,
    },
    {
      name: 'leaving in the future',
      code: team('    - username: jdoe\n      role: Data Steward\n      dateOut: "2027-01-31"\n'),
      today,
    },
    {
      name: 'today unknown: silent',
      code: team('    - username: jdoe\n      role: Data Steward\n      dateOut: "2024-01-31"\n'),
    },
    {
      name: 'an owner who left is reported by no-data-owner',
      code: contract('team:\n  members:\n    - username: old\n      role: Owner\n      dateOut: "2020-01-01"\n'),
      today,
    },
  ],
  invalid: [
    {
      name: 'a steward left with nobody in their place',
      code: team('    - username: jdoe\n      role: Data Steward\n      dateOut: "2024-01-31"\n'),
      today,
      errors: [
        {
          messageId: 'leftUnreplaced',
          line: 11,
          column: 5,
          message: "Name who took over from team member 'jdoe' (Data Steward), who left on 2024-01-31.",
        },
      ],
    },
    {
      name: 'any role counts, matched by its name',
      code: team(
        '    - username: jdoe\n      role: Data Scientist\n      dateOut: "2024-01-31"\n    - username: bkid\n      role: Analyst\n',
      ),
      today,
      errors: [{ messageId: 'leftUnreplaced', line: 11, column: 5 }],
    },
  ],
});
