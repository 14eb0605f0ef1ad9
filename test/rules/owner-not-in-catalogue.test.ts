import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import rule from '../../src/engine/rules/owner-not-in-catalogue';
import { buildSnapshot, contractRecordFromValue, parsePeopleDirectory } from '../../src/engine/owners';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const people = `people:
  - {id: amina.khan, name: Amina Khan, email: amina.khan@justice.gov.uk, team: prisons-data, active: true}
  - {id: tom.reed, name: Tom Reed, email: tom.reed@justice.gov.uk, team: prisons-data, active: true}
`;
const otherContract = contractRecordFromValue(
  { id: 'other', team: { members: [{ username: 'ben.ode', role: 'Data Steward' }] } },
  'other.yaml',
);
const catalogue = buildSnapshot([parsePeopleDirectory(people, 'people.yaml'), otherContract]);
// The host's snapshot usually contains the contract being edited too; its own names do not make them known.
const self = contractRecordFromValue(
  { id: 'test-contract', team: { members: [{ username: 'amina.kahn', role: 'Data Owner' }] } },
  'self.yaml',
);
const withSelf = buildSnapshot([parsePeopleDirectory(people, 'people.yaml'), otherContract, self]);
const contractsOnly = buildSnapshot([otherContract, self]);

const team = (username: string, extra = '') =>
  contract(`team:\n  name: prisons-data\n  members:\n    - username: ${username}\n      role: Data Owner\n${extra}`);

ruleTester(rule, {
  valid: [
    { name: 'member in the people directory', code: team('amina.khan'), catalogue },
    { name: 'member found by email', code: team('tom.reed@justice.gov.uk'), catalogue },
    { name: 'member named in another contract', code: team('ben.ode'), catalogue },
    { name: 'no catalogue snapshot: silent', code: team('amina.kahn') },
    {
      name: 'only contracts, no directory: silent rather than guessing',
      code: team('amina.kahn'),
      catalogue: contractsOnly,
    },
    {
      name: 'a member who left (dateOut passed) is not checked',
      code: team('someone.gone', '      dateOut: 2024-01-01\n'),
      catalogue,
      today: '2026-01-01',
    },
  ],
  invalid: [
    {
      name: 'a typo, with close matches offered as suggestions (never applied automatically)',
      code: team('amina.kahn'),
      catalogue: withSelf,
      errors: [
        {
          messageId: 'notInCatalogue',
          line: 9,
          column: 17,
          message:
            "Check the spelling of 'amina.kahn' (Data Owner), or add them to the people directory: no catalogue knows them.",
        },
      ],
      suggestions: ["Replace with 'amina.khan' (Amina Khan)"],
      output: null,
    },
    {
      name: 'a name nobody knows',
      code: team('zed.unknown'),
      catalogue,
      errors: [{ messageId: 'notInCatalogue', line: 9, column: 17 }],
      output: null,
    },
  ],
});

// The documentation's examples need a catalogue, which the page gives in its own section.
describe('docs/rules/owner-not-in-catalogue.md with its example catalogue', () => {
  const page = readFileSync('docs/rules/owner-not-in-catalogue.md', 'utf8');
  const block = (heading: string) => /```ya?ml\n([\s\S]*?)```/.exec(page.slice(page.indexOf(heading)))![1];
  const docsCatalogue = buildSnapshot([
    parsePeopleDirectory(block('## Catalogue used in the examples'), 'catalogue/people.yaml'),
  ]);
  it('the anti-pattern triggers the rule and the best practice does not', () => {
    assert.ok(
      lintWithRule(rule, { code: block('## Anti-pattern'), today: '2026-06-01', catalogue: docsCatalogue }).length > 0,
    );
    assert.deepEqual(
      lintWithRule(rule, { code: block('## Best practice'), today: '2026-06-01', catalogue: docsCatalogue }).map(
        (f) => f.message,
      ),
      [],
    );
  });
});
