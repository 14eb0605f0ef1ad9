import rule from '../../src/engine/rules/special-category-no-dpia';
import { contract, ruleTester } from '../helpers/rule-tester';

const offences =
  'schema:\n  - name: offences\n    properties:\n      - name: case_id\n      - name: offence_code\n        classification: restricted\n';
const dpia = (value: string) => `customProperties:\n  - property: dpia\n    value: ${value}\n`;

ruleTester(rule, {
  valid: [
    { name: 'DPIA recorded', code: contract(`${offences}${dpia('https://intranet.example.gov.uk/dpia/123')}`) },
    {
      name: 'DPIA key matched case-insensitively',
      code: contract(`${offences}customProperties:\n  - property: DPIA\n    value: DPIA-2024-17\n`),
    },
    {
      name: 'configured DPIA property',
      code: contract(`${offences}customProperties:\n  - property: dpiaReference\n    value: DPIA-17\n`),
      settings: { dpiaProperty: 'dpiaReference' },
    },
    {
      name: 'ordinary personal data is left to personal-data-no-dpia',
      code: contract('schema:\n  - name: people\n    properties:\n      - name: email\n'),
    },
    {
      name: 'no personal data',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: order_id\n'),
    },
  ],
  invalid: [
    {
      name: 'criminal-offence data: suggests a DPIA entry in the existing list (never a safe fix), keeping comments',
      code: contract(`${offences}# extras\ncustomProperties:\n  - property: domain\n    value: justice\n`),
      errors: [{ messageId: 'noDpia', line: 13, column: 1, message: "criminal-offence data ('offence_code')" }],
      output: null,
      suggestions: ['Add a DPIA custom property to fill in'],
      suggestionOutput: contract(
        `${offences}# extras\ncustomProperties:\n  - property: domain\n    value: justice\n  - property: dpia\n    value: TODO\n    description: Link to the data protection impact assessment (DPIA)\n`,
      ),
    },
    {
      name: 'special-category data found through the description; the list is created',
      code: contract(
        'schema:\n  - name: people\n    properties:\n      - name: code_b\n        description: The sexual orientation the person chose to declare\n',
      ),
      errors: [{ messageId: 'noDpia', line: 1, column: 1, message: 'special-category data' }],
      output: null,
      suggestionOutput: contract(
        'schema:\n  - name: people\n    properties:\n      - name: code_b\n        description: The sexual orientation the person chose to declare\ncustomProperties:\n  - property: dpia\n    value: TODO\n    description: Link to the data protection impact assessment (DPIA)\n',
      ),
    },
    {
      name: 'an empty or false marker does not count',
      code: contract(`${offences}${dpia('false')}`),
      errors: [{ messageId: 'noDpia', line: 12, column: 1 }],
      output: null,
      suggestions: [],
    },
    {
      name: 'extra special-category words',
      code: contract('schema:\n  - name: people\n    properties:\n      - name: asylum_claim\n'),
      options: { extraSpecialCategoryWords: ['asylum'] },
      errors: [{ messageId: 'noDpia', line: 1, column: 1, message: "'asylum_claim'" }],
    },
  ],
});
