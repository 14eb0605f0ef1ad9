import rule from '../../src/engine/rules/unique-ids';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'the same id in different lists is fine',
      code: contract(
        'schema:\n  - id: orders\n    name: orders\n    properties:\n      - id: id\n        name: id\n  - id: customers\n    name: customers\n    properties:\n      - id: id\n        name: id\n',
      ),
    },
    {
      name: 'free-form custom values are not structure',
      code: contract('customProperties:\n  - property: x\n    value:\n      - id: a\n      - id: a\n'),
    },
  ],
  invalid: [
    {
      name: 'two schema objects share an id',
      code: contract('schema:\n  - id: orders_obj\n    name: orders\n  - id: orders_obj\n    name: order_lines\n'),
      errors: [
        {
          messageId: 'duplicateId',
          line: 9,
          column: 9,
          message: "Give schema 'order_lines' another id: schema 'orders' already uses 'orders_obj'.",
        },
      ],
      output: null,
    },
    {
      name: 'properties of one object',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - id: p1\n        name: a\n      - id: p1\n        name: b\n',
      ),
      errors: [
        {
          messageId: 'duplicateId',
          line: 11,
          column: 13,
          message:
            "Give property 'b' in schema 'orders' another id: property 'a' in schema 'orders' already uses 'p1'.",
        },
      ],
    },
    {
      name: 'SLA properties and servers',
      code: contract(
        'servers:\n  - id: s\n    server: prod\n    type: postgres\n  - id: s\n    server: dev\n    type: postgres\nslaProperties:\n  - id: lat\n    property: latency\n    value: 1\n  - id: lat\n    property: retention\n    value: 1\n',
      ),
      errors: [
        { messageId: 'duplicateId', line: 10, column: 9 },
        { messageId: 'duplicateId', line: 17, column: 9 },
      ],
    },
    {
      name: 'an alias that holds itself does not stop the lists beside it being checked',
      code: contract(
        'description: &d\n  purpose: Orders placed online.\n  more: *d\nschema:\n  - id: o\n    name: a\n  - id: o\n    name: b\n',
      ),
      errors: [
        {
          messageId: 'duplicateId',
          line: 12,
          column: 9,
          message: "Give schema 'b' another id: schema 'a' already uses 'o'.",
        },
      ],
    },
  ],
});
