import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import rule from '../../src/engine/rules/owner-has-left';
import { buildSnapshot, contractRecordFromValue, parsePeopleDirectory } from '../../src/engine/owners';
import { parse } from 'yaml';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const people = `people:
  - {id: amina.khan, name: Amina Khan, email: amina.khan@justice.gov.uk, active: true}
  - {id: old.owner, name: Olive Older, email: olive.older@justice.gov.uk, active: false}
`;
const catalogue = buildSnapshot([parsePeopleDirectory(people, 'catalogue/people.yaml')]);
const team = (username: string, extra = '') =>
  contract(`team:\n  members:\n    - username: ${username}\n      role: Data Owner\n${extra}`);

ruleTester(rule, {
  valid: [
    { name: 'an active member', code: team('amina.khan'), catalogue },
    { name: 'someone the directory does not know', code: team('ben.ode'), catalogue },
    { name: 'no catalogue snapshot: silent', code: team('old.owner') },
    {
      name: 'the contract already records the dateOut',
      code: team('old.owner', '      dateOut: 2025-03-31\n'),
      catalogue,
      today: '2026-01-01',
    },
  ],
  invalid: [
    {
      name: 'still listed after leaving',
      code: team('old.owner'),
      catalogue,
      today: '2026-01-01',
      errors: [
        {
          messageId: 'hasLeft',
          line: 8,
          column: 17,
          message:
            "Mark 'old.owner' (Data Owner) as left, or replace them: 'catalogue/people.yaml' says they have left the organisation.",
        },
      ],
      output: null,
      // recording the leaving date is a suggestion (the team is a promise), never a safe fix
      suggestions: ["Mark 'old.owner' as left (dateOut: 2026-01-01)"],
      suggestionOutput: team('old.owner', '      dateOut: "2026-01-01"\n'),
    },
    {
      name: 'the catalogue knows who owns the neighbouring contracts: replacing with them comes first, name included',
      code: contract(
        'domain: courts\nteam:\n  members:\n    - username: old.owner\n      name: Olive Older\n      role: Data Owner\n',
      ),
      catalogue: buildSnapshot([
        parsePeopleDirectory(
          `${people}  - {id: rachel.adeyemi, name: Rachel Adeyemi, active: true}\n`,
          'catalogue/people.yaml',
        ),
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
      ]),
      today: '2026-01-01',
      errors: [{ messageId: 'hasLeft', line: 9, column: 17 }],
      output: null,
      suggestions: ['Replace with Rachel Adeyemi (rachel.adeyemi)', "Mark 'old.owner' as left (dateOut: 2026-01-01)"],
      suggestionOutput: contract(
        'domain: courts\nteam:\n  members:\n    - username: rachel.adeyemi\n      name: Rachel Adeyemi\n      role: Data Owner\n',
      ),
    },
    {
      name: 'found by email, dateOut still in the future',
      code: team('olive.older@justice.gov.uk', '      dateOut: 2027-01-01\n'),
      catalogue,
      today: '2026-01-01',
      errors: [{ messageId: 'hasLeft', line: 8, column: 17 }],
    },
  ],
});

// The documentation's examples need a catalogue, which the page gives in its own section.
describe('docs/rules/owner-has-left.md with its example catalogue', () => {
  const page = readFileSync('docs/rules/owner-has-left.md', 'utf8');
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
