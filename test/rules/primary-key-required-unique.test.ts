import rule from '../../src/engine/rules/primary-key-required-unique';
import { contract, ruleTester } from '../helpers/rule-tester';

const orders = (props: string) => contract(`schema:\n  - name: orders\n    properties:\n${props}`);

ruleTester(rule, {
  valid: [
    {
      name: 'single key required and unique',
      code: orders('      - name: order_id\n        primaryKey: true\n        required: true\n        unique: true\n'),
    },
    {
      name: 'composite key parts need only be required',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        required: true\n      - name: line_no\n        primaryKey: true\n        required: true\n',
      ),
    },
    { name: 'not a key', code: orders('      - name: note\n        primaryKey: false\n') },
    { name: 'odd shapes do not throw', code: contract('schema:\n  - name: orders\n    properties: 3\n  - 7\n') },
  ],
  invalid: [
    {
      name: 'key with neither flag: both suggested after its keys (a new promise, never a safe fix), comment kept',
      code: orders(
        '      - name: order_id # the order\n        primaryKey: true\n        logicalType: string\n      - name: total\n',
      ),
      errors: [
        {
          messageId: 'notRequiredNorUnique',
          line: 10,
          column: 9,
          message:
            "Mark property 'order_id' in schema 'orders' 'required: true' and 'unique: true': it is the primary key.",
        },
      ],
      output: null,
      suggestions: ["Mark it 'required: true' and 'unique: true'"],
      suggestionOutput: orders(
        '      - name: order_id # the order\n        primaryKey: true\n        logicalType: string\n        required: true\n        unique: true\n      - name: total\n',
      ),
    },
    {
      name: 'required: false may be deliberate: turning it to true is only a suggestion',
      code: orders('      - name: order_id\n        primaryKey: true\n        required: false\n        unique: true\n'),
      errors: [{ messageId: 'notRequired', line: 10, column: 9 }],
      output: null,
      suggestions: ["Mark it 'required: true'"],
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n        required: true\n        unique: true\n',
      ),
    },
    {
      name: 'a single key that is required but not unique',
      code: orders('      - name: order_id\n        primaryKey: true\n        required: true\n'),
      errors: [
        {
          messageId: 'notUnique',
          line: 10,
          column: 9,
          message: "Mark property 'order_id' in schema 'orders' 'unique: true': it is the primary key.",
        },
      ],
      output: null,
      suggestions: ["Mark it 'unique: true'"],
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n        required: true\n        unique: true\n',
      ),
    },
    {
      name: 'one false, one absent',
      code: orders('      - name: order_id\n        primaryKey: true\n        unique: false\n'),
      errors: [{ messageId: 'notRequiredNorUnique', line: 10, column: 9 }],
      output: null,
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n        unique: true\n        required: true\n',
      ),
    },
    {
      name: 'composite key part without required',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        required: true\n      - name: line_no\n        primaryKey: true\n',
      ),
      errors: [{ messageId: 'notRequired', line: 13, column: 9 }],
      output: null,
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n        required: true\n      - name: line_no\n        primaryKey: true\n        required: true\n',
      ),
    },
    {
      name: 'a non-boolean value is left to the schema check',
      code: orders('      - name: order_id\n        primaryKey: true\n        required: "yes"\n        unique: true\n'),
      errors: [{ messageId: 'notRequired', line: 10, column: 9 }],
      output: null,
      suggestions: [],
    },
  ],
});
