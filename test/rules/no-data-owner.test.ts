import { parse } from 'yaml';
import { buildSnapshot, contractRecordFromValue, parsePeopleDirectory } from '../../src/engine/owners';
import rule from '../../src/engine/rules/no-data-owner';
import { contract, ruleTester } from '../helpers/rule-tester';

const team = (members: string) => contract(`team:\n  name: orders-team\n  members:\n${members}`);

ruleTester(rule, {
  valid: [
    { name: 'a Data Owner', code: team('    - username: asmith\n      role: Data Owner\n') },
    {
      name: 'role matched case-insensitively, plain "owner" accepted',
      code: team('    - username: asmith\n      role: OWNER\n'),
    },
    { name: 'no team at all is left to no-team', code: contract() },
    { name: 'an empty team list is left to no-team', code: contract('team: []\n') },
    {
      name: 'members of the wrong shape are left to the schema',
      code: contract('team:\n  name: orders-team\n  members: jdoe\n'),
    },
    {
      name: 'configured owner role',
      code: team('    - username: asmith\n      role: SRO\n'),
      settings: { ownerRoles: ['sro'] },
    },
    {
      name: 'owner left but was replaced by a current owner',
      code: team(
        '    - username: old\n      role: Data Owner\n      dateOut: "2020-01-01"\n    - username: new\n      role: Data Owner\n      dateIn: "2020-01-01"\n',
      ),
      today: '2026-01-01',
    },
    {
      name: 'dateOut in the past is ignored when today is unknown',
      code: team('    - username: old\n      role: Data Owner\n      dateOut: "2020-01-01"\n'),
    },
  ],
  invalid: [
    {
      name: 'a named team without members: one clear finding, with a member skeleton to fill in as a suggestion',
      code: contract('team:\n  name: orders-team # the analysts\n'),
      errors: [
        {
          messageId: 'noMembers',
          line: 6,
          column: 1,
          message: "Add a Data Owner under 'members' of team 'orders-team': it lists nobody.",
        },
      ],
      output: null,
      suggestions: ['Add a Data Owner team member to fill in'],
      suggestionOutput: contract(
        'team:\n  name: orders-team # the analysts\n  members:\n    - username: TODO-username\n      role: Data Owner\n',
      ),
    },
    {
      name: 'a team with an empty member list',
      code: contract('team:\n  id: orders-team\n  members: []\n'),
      errors: [
        {
          messageId: 'noMembers',
          line: 6,
          column: 1,
          message: "Add a Data Owner under 'members' of team 'orders-team': it lists nobody.",
        },
      ],
    },
    {
      name: 'no owner: never a made-up owner as a safe fix; the member skeleton is a suggestion, keeping comments',
      code: team('    # the analysts\n    - username: jdoe\n      role: Data Scientist\n'),
      errors: [{ messageId: 'noOwner', line: 6, column: 1 }],
      output: null,
      suggestions: ['Add a Data Owner team member to fill in'],
      suggestionOutput: team(
        '    # the analysts\n    - username: jdoe\n      role: Data Scientist\n    - username: TODO-username\n      role: Data Owner\n',
      ),
    },
    {
      name: 'only a custodian: explains that a custodian is not the owner',
      code: team('    - username: jdoe\n      role: Technical Owner\n'),
      // about the whole team: at 'team:', never on the custodian's '- username'
      errors: [
        {
          messageId: 'onlyCustodian',
          line: 6,
          column: 1,
          message: "Add a Data Owner to the team: 'jdoe' (Technical Owner) looks after the data",
        },
      ],
      output: null,
      suggestionOutput: team(
        '    - username: jdoe\n      role: Technical Owner\n    - username: TODO-username\n      role: Data Owner\n',
      ),
    },
    {
      name: 'the only owner has left',
      code: team('    - username: old\n      role: Data Owner\n      dateOut: "2020-01-01"\n'),
      today: '2026-01-01',
      errors: [
        {
          messageId: 'ownerLeft',
          line: 6,
          column: 1,
          message: "Add a new Data Owner to the team: 'old' left on 2020-01-01",
        },
      ],
    },
    {
      name: 'legacy team array: the suggested skeleton is appended to the list',
      code: contract('team:\n  - username: jdoe\n    role: maintainer\n'),
      errors: [{ messageId: 'onlyCustodian', line: 6, column: 1 }],
      output: null,
      suggestionOutput: contract(
        'team:\n  - username: jdoe\n    role: maintainer\n  - username: TODO-username\n    role: Data Owner\n',
      ),
    },
    {
      name: 'with a catalogue: the people it ranks highest are offered for the user to choose',
      code: contract(
        'domain: courts\nteam:\n  name: courts-data\n  members:\n    - username: dev.patel\n      role: Data Custodian\n',
      ),
      catalogue: buildSnapshot([
        contractRecordFromValue(
          parse(
            'domain: courts\nteam:\n  members:\n    - username: rachel.adeyemi\n      name: Rachel Adeyemi\n      role: Data Owner\n',
          ),
          'courts/listings.odcs.yaml',
        ),
        contractRecordFromValue(
          parse(
            'domain: courts\nteam:\n  members:\n    - username: rachel.adeyemi\n      name: Rachel Adeyemi\n      role: Data Owner\n',
          ),
          'courts/sittings.odcs.yaml',
        ),
        parsePeopleDirectory(
          'people:\n  - id: rachel.adeyemi\n    name: Rachel Adeyemi\n    active: true\n',
          'people.yaml',
        ),
      ]),
      errors: [{ messageId: 'onlyCustodian', line: 7, column: 1 }],
      output: null,
      suggestions: [
        "Add Rachel Adeyemi (rachel.adeyemi) as Data Owner: Data Owner of 2 of 2 other contracts in domain 'courts'",
        'Add a Data Owner team member to fill in',
      ],
      suggestionOutput: contract(
        'domain: courts\nteam:\n  name: courts-data\n  members:\n    - username: dev.patel\n      role: Data Custodian\n    - username: rachel.adeyemi\n      name: Rachel Adeyemi\n      role: Data Owner\n',
      ),
    },
    {
      name: 'flow-style members: nothing offered',
      code: team('    [{username: jdoe, role: analyst}]\n').replace('members:\n    [', 'members: ['),
      errors: [{ messageId: 'noOwner', line: 6, column: 1 }],
      output: null,
      suggestions: [],
    },
  ],
});
