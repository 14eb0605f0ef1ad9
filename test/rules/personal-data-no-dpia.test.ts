import rule from '../../src/engine/rules/personal-data-no-dpia';
import { contract, ruleTester } from '../helpers/rule-tester';

const people =
  'schema:\n  - name: people\n    properties:\n      - name: person_id\n      - name: postcode\n        classification: restricted\n';

ruleTester(rule, {
  valid: [
    {
      name: 'DPIA recorded as not required',
      code: contract(
        `${people}customProperties:\n  - property: dpia\n    value: not-required\n    description: Screening found low risk.\n`,
      ),
    },
    {
      name: 'special-category data is left to special-category-no-dpia',
      code: contract('schema:\n  - name: people\n    properties:\n      - name: email\n      - name: religion\n'),
    },
    {
      name: 'no personal data',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: order_id\n'),
    },
    { name: 'ignored word', code: contract(people), options: { ignoreWords: ['postcode'] } },
  ],
  invalid: [
    {
      name: 'personal data without a DPIA decision: the entry is a suggestion, never a safe fix',
      code: contract(people),
      errors: [{ messageId: 'noDpia', line: 1, column: 1, message: "('postcode')" }],
      output: null,
      suggestions: ['Add a DPIA custom property to fill in'],
      suggestionOutput: contract(
        `${people}customProperties:\n  - property: dpia\n    value: TODO\n    description: Link to the data protection impact assessment (DPIA)\n`,
      ),
    },
    {
      name: 'configured key is used in the message and the suggestion',
      code: contract(people),
      settings: { dpiaProperty: 'dpiaRequired' },
      errors: [{ messageId: 'noDpia', line: 1, column: 1, message: "custom property 'dpiaRequired'" }],
      output: null,
      suggestionOutput: contract(
        `${people}customProperties:\n  - property: dpiaRequired\n    value: TODO\n    description: Link to the data protection impact assessment (DPIA)\n`,
      ),
    },
  ],
});
