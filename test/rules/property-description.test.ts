import rule from '../../src/engine/rules/property-description';
import { contract, ruleTester } from '../helpers/rule-tester';

const prop = (lines: string) =>
  contract(`schema:\n  - name: orders\n    properties:\n      - name: order_id\n${lines}`);

ruleTester(rule, {
  valid: [
    {
      name: 'a useful description',
      code: prop('        description: Identifier the web shop gives an order when it is placed.\n'),
    },
    {
      name: 'array items are not asked for their own description',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: tags\n        description: Labels the customer chose for the order.\n        logicalType: array\n        items:\n          logicalType: string\n',
      ),
    },
    {
      name: 'missing descriptions can be allowed',
      code: prop('        logicalType: string\n'),
      options: { requireDescription: false },
    },
  ],
  invalid: [
    {
      name: 'missing',
      code: prop('        logicalType: string\n'),
      errors: [
        {
          messageId: 'missing',
          line: 9,
          column: 7,
          message: "Describe property 'order_id' in schema 'orders': what the value means.",
        },
      ],
    },
    {
      name: 'repeats the name',
      code: prop('        description: Order id\n'),
      errors: [{ messageId: 'repeatsName', line: 10, column: 22, message: '"Order id"' }],
    },
    {
      name: 'repeats the name with filler words',
      code: prop('        description: The order ID column\n'),
      errors: [{ messageId: 'repeatsName', line: 10, column: 22 }],
    },
    {
      name: 'repeats the business name',
      code: prop('        businessName: Web order number\n        description: web order number\n'),
      errors: [{ messageId: 'repeatsName', line: 11, column: 22 }],
    },
    {
      name: 'too short',
      code: prop('        description: Web key\n'),
      errors: [
        {
          messageId: 'tooShort',
          line: 10,
          column: 22,
          message:
            "Expand the description of property 'order_id' in schema 'orders': \"Web key\" is under 10 characters.",
        },
      ],
    },
    {
      name: 'unhelpful descriptions are reported even when missing ones are allowed',
      code: prop('        description: Order id\n'),
      options: { requireDescription: false },
      errors: [{ messageId: 'repeatsName', line: 10, column: 22 }],
    },
  ],
});
