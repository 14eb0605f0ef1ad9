import rule from '../../src/engine/rules/no-granularity-description';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'granularity stated',
      code: contract(
        'schema:\n  - name: orders\n    dataGranularityDescription: One row per order line\n    properties:\n      - name: order_id\n',
      ),
    },
    {
      name: 'an object without properties is not asked',
      code: contract('schema:\n  - name: raw_files\n    physicalType: folder\n'),
    },
  ],
  invalid: [
    {
      name: 'missing',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: order_id\n'),
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 3,
          message: "Add 'dataGranularityDescription' to schema 'orders': say what one row is.",
        },
      ],
    },
    {
      name: 'blank',
      code: contract(
        'schema:\n  - name: orders\n    dataGranularityDescription: " "\n    properties:\n      - name: order_id\n',
      ),
      errors: [{ messageId: 'missing', line: 7, column: 3 }],
    },
  ],
});
