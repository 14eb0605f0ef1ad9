import rule from '../../src/engine/rules/min-max-order';
import { contract, ruleTester } from '../helpers/rule-tester';

const prop = (type: string, options: string) =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: p\n        logicalType: ${type}\n        logicalTypeOptions:\n${options}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'lengths in order', code: prop('string', '          minLength: 2\n          maxLength: 10\n') },
    { name: 'a fixed length', code: prop('string', '          minLength: 2\n          maxLength: 2\n') },
    {
      name: 'dates in order',
      code: prop('date', '          minimum: "2020-01-01"\n          maximum: "2030-12-31"\n'),
    },
    {
      name: 'v3.0 boolean exclusive flags are not bounds',
      code: prop(
        'number',
        '          minimum: 1\n          exclusiveMinimum: true\n          exclusiveMaximum: true\n          maximum: 5\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'minLength above maxLength',
      code: prop('string', '          minLength: 12\n          maxLength: 10\n'),
      errors: [
        {
          messageId: 'reversed',
          line: 12,
          column: 22,
          message:
            "Check the bounds of property 'p' in schema 'orders': minLength (12) is greater than maxLength (10).",
        },
      ],
      output: null,
    },
    {
      name: 'dates reversed',
      code: prop('date', '          minimum: "2030-01-01"\n          maximum: "2020-01-01"\n'),
      errors: [{ messageId: 'reversed', line: 12, column: 20 }],
    },
    {
      name: 'exclusive bounds that meet',
      code: prop('number', '          exclusiveMinimum: 5\n          exclusiveMaximum: 5\n'),
      errors: [{ messageId: 'empty', line: 12, column: 29 }],
    },
    {
      name: 'items',
      code: prop('array', '          maxItems: 1\n          minItems: 3\n'),
      errors: [{ messageId: 'reversed', line: 13, column: 21 }],
    },
  ],
});
