import rule from '../../src/engine/rules/no-data-steward';
import { contract, ruleTester } from '../helpers/rule-tester';

const team = (members: string) =>
  contract(`team:\n  name: orders-team\n  members:\n    - username: asmith\n      role: Data Owner\n${members}`);

ruleTester(rule, {
  valid: [
    { name: 'a steward', code: team('    - username: jdoe\n      role: Data Steward\n') },
    { name: 'a custodian', code: team('    - username: jdoe\n      role: data custodian\n') },
    {
      name: 'configured steward role',
      code: team('    - username: jdoe\n      role: Subject Matter Expert\n'),
      settings: { stewardRoles: ['subject matter expert'] },
    },
    { name: 'no members is left to no-team', code: contract('team:\n  name: orders-team\n') },
  ],
  invalid: [
    { name: 'only an owner', code: team(''), errors: [{ messageId: 'noSteward', line: 6, column: 1 }] },
    {
      name: 'the only steward has left',
      code: team('    - username: jdoe\n      role: Data Steward\n      dateOut: "2024-01-01"\n'),
      today: '2026-01-01',
      errors: [{ messageId: 'noSteward', line: 6, column: 1 }],
    },
  ],
});
