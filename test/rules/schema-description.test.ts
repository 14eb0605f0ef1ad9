import rule from '../../src/engine/rules/schema-description';
import { contract, ruleTester } from '../helpers/rule-tester';

const schema = (lines: string) => contract(`schema:\n  - name: order_lines\n${lines}`);

ruleTester(rule, {
  valid: [
    {
      name: 'a useful description',
      code: schema('    description: Lines of customer orders placed on the website.\n'),
    },
    { name: 'shorter minimum', code: schema('    description: Web order lines\n'), options: { minLength: 5 } },
    { name: 'a non-string description is left to the schema check', code: schema('    description: [a, b]\n') },
  ],
  invalid: [
    {
      name: 'no description',
      code: schema('    physicalType: table\n'),
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 3,
          message: "Describe schema 'order_lines': what it holds.",
        },
      ],
    },
    {
      name: 'repeats the name',
      code: schema('    description: Order lines.\n'),
      errors: [{ messageId: 'repeatsName', line: 8, column: 18 }],
    },
    {
      name: 'repeats a run-together physical name',
      code: contract('schema:\n  - name: employeepayhistory\n    description: Employee pay history table\n'),
      errors: [{ messageId: 'repeatsName', line: 8, column: 18 }],
    },
    {
      name: 'too short',
      code: schema('    description: Sales lines\n'),
      errors: [
        {
          messageId: 'tooShort',
          line: 8,
          column: 18,
          message: 'Expand the description of schema \'order_lines\': "Sales lines" is under 15 characters.',
        },
      ],
    },
    {
      name: 'longer minimum',
      code: schema('    description: Lines of customer orders.\n'),
      options: { minLength: 40 },
      errors: [{ messageId: 'tooShort', line: 8, column: 18 }],
    },
  ],
});
