import rule from '../../src/engine/rules/invalid-values-arguments';
import { contract, ruleTester } from '../helpers/rule-tester';

const rule1 = (body: string) =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: status\n        quality:\n          - metric: invalidValues\n            mustBe: 0\n${body}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'validValues', code: rule1('            arguments:\n              validValues: [open, closed]\n') },
    { name: 'pattern', code: rule1("            arguments:\n              pattern: '^[A-Z]{2}$'\n") },
    {
      name: 'other metrics need no arguments',
      code: contract(
        'schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no arguments',
      code: rule1(''),
      errors: [
        {
          messageId: 'noValidValuesOrPattern',
          line: 11,
          column: 13,
          message:
            "Add 'arguments.validValues' or 'arguments.pattern' to quality rule #1 of property 'status' in schema 'orders'.",
        },
      ],
      output: null,
    },
    {
      name: 'arguments without either',
      code: rule1('            arguments:\n              missingValues: [null]\n'),
      errors: [{ messageId: 'noValidValuesOrPattern', line: 13, column: 13 }],
    },
    {
      name: 'arguments is not a mapping',
      code: rule1('            arguments: open\n'),
      errors: [{ messageId: 'noValidValuesOrPattern', line: 11, column: 13 }],
    },
  ],
});
