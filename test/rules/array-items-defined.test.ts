import rule from '../../src/engine/rules/array-items-defined';
import { contract, ruleTester } from '../helpers/rule-tester';

/** Schema `orders` with the given property list (YAML lines at 6 spaces); the first property starts on line 9. */
const props = (lines: string) => contract(`schema:\n  - name: orders\n    properties:\n${lines}`);

ruleTester(rule, {
  valid: [
    {
      name: 'an array with items',
      code: props('      - name: tags\n        logicalType: array\n        items:\n          logicalType: string\n'),
    },
    { name: 'a property that is not an array', code: props('      - name: tags\n        logicalType: string\n') },
    { name: 'no logicalType at all', code: props('      - name: tags\n') },
    {
      name: 'the physical type names the elements (Spark)',
      code: props('      - name: tags\n        logicalType: array\n        physicalType: array<string>\n'),
    },
    {
      name: 'the physical type names the elements (PostgreSQL)',
      code: props('      - name: tags\n        logicalType: array\n        physicalType: text[]\n'),
    },
    {
      name: 'the physical type names the elements (Trino)',
      code: props('      - name: tags\n        logicalType: array\n        physicalType: ARRAY(VARCHAR)\n'),
    },
    {
      name: 'nested arrays with items all the way down',
      code: props(
        '      - name: matrix\n        logicalType: array\n        items:\n          logicalType: array\n          items:\n            logicalType: number\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'an array without items',
      code: props('      - name: tags\n        logicalType: array\n'),
      errors: [
        {
          messageId: 'noItems',
          line: 10,
          column: 22,
          message: "Add 'items' with a logicalType to property 'tags' in schema 'orders'.",
          detail: 'Say what the elements of the array are.',
        },
      ],
      output: null,
    },
    {
      name: 'a physical type that does not name the elements',
      code: props('      - name: tags\n        logicalType: array\n        physicalType: array\n'),
      errors: [{ messageId: 'noItems', line: 10, column: 22 }],
    },
    {
      name: 'an array inside an object',
      code: props(
        '      - name: address\n        logicalType: object\n        properties:\n          - name: lines\n            logicalType: array\n',
      ),
      errors: [
        {
          messageId: 'noItems',
          line: 13,
          column: 26,
          message: "Add 'items' with a logicalType to property 'lines' of 'address' in schema 'orders'.",
          detail: 'Say what the elements of the array are.',
        },
      ],
    },
    {
      name: 'array items that are arrays without items',
      code: props('      - name: matrix\n        logicalType: array\n        items:\n          logicalType: array\n'),
      errors: [
        {
          messageId: 'noNestedItems',
          line: 12,
          column: 24,
          message: "Add 'items' with a logicalType under the items of property 'matrix' in schema 'orders'.",
          detail: 'Say what the elements of the inner array are.',
        },
      ],
    },
    {
      name: 'an array in the properties of array items',
      code: props(
        '      - name: lines\n        logicalType: array\n        items:\n          logicalType: object\n          properties:\n            - name: codes\n              logicalType: array\n',
      ),
      errors: [
        {
          messageId: 'noItems',
          line: 15,
          column: 28,
          message: "Add 'items' with a logicalType to property 'codes' of 'lines[]' in schema 'orders'.",
          detail: 'Say what the elements of the array are.',
        },
      ],
    },
  ],
});
