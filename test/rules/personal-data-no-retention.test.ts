import rule from '../../src/engine/rules/personal-data-no-retention';
import { contract, ruleTester } from '../helpers/rule-tester';

const people =
  'schema:\n  - name: people\n    properties:\n      - name: person_id\n      - name: email\n        classification: restricted\n';

ruleTester(rule, {
  valid: [
    {
      name: 'retention stated',
      code: contract(`${people}slaProperties:\n  - property: retention\n    value: 6\n    unit: y\n`),
    },
    {
      name: 'retention key matched case-insensitively',
      code: contract(`${people}slaProperties:\n  - property: Retention\n    value: 30\n    unit: d\n`),
    },
    {
      name: 'no personal data',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: order_id\n'),
    },
    { name: 'ignored word', code: contract(people), options: { ignoreWords: ['email'] } },
    {
      name: 'odd shapes do not throw',
      code: contract(`${people}slaProperties: 7\n`).replace(
        'slaProperties: 7\n',
        'slaProperties:\n  - 7\n  - property: retention\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'suggests a retention skeleton in the existing SLA list (never a safe fix), keeping comments',
      code: contract(`${people}# service levels\nslaProperties:\n  - property: latency\n    value: 4\n    unit: d\n`),
      errors: [{ messageId: 'noRetention', line: 13, column: 1, message: "personal data ('email')" }],
      output: null,
      suggestions: ['Add a retention SLA property to fill in'],
      suggestionOutput: contract(
        `${people}# service levels\nslaProperties:\n  - property: latency\n    value: 4\n    unit: d\n  - property: retention\n    value: TODO\n    unit: d\n`,
      ),
    },
    {
      name: 'the suggestion creates the SLA list when there is none; the message counts the other properties',
      code: contract(
        'schema:\n  - name: people\n    properties:\n      - name: email\n      - name: dob\n      - name: ethnicity\n',
      ),
      errors: [{ messageId: 'noRetention', line: 1, column: 1, message: "personal data ('email' and 2 more)" }],
      output: null,
      suggestionOutput: contract(
        'schema:\n  - name: people\n    properties:\n      - name: email\n      - name: dob\n      - name: ethnicity\nslaProperties:\n  - property: retention\n    value: TODO\n    unit: d\n',
      ),
    },
    {
      name: 'flow-style SLA list: nothing offered',
      code: contract(`${people}slaProperties: [{property: latency, value: 4}]\n`),
      errors: [{ messageId: 'noRetention', line: 12, column: 1 }],
      output: null,
      suggestions: [],
    },
    {
      name: 'extra words',
      code: contract('schema:\n  - name: staff\n    properties:\n      - name: badge_number\n'),
      options: { extraWords: ['badge number'] },
      errors: [{ messageId: 'noRetention', line: 1, column: 1, message: "'badge_number'" }],
    },
  ],
});
