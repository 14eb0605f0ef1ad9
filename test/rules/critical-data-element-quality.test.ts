import rule from '../../src/engine/rules/critical-data-element-quality';
import { contract, ruleTester } from '../helpers/rule-tester';

const orders = (props: string, objectTail = '') =>
  contract(`schema:\n  - name: orders\n    properties:\n${props}${objectTail}`);

ruleTester(rule, {
  valid: [
    {
      name: 'critical with a rule',
      code: orders(
        '      - name: amount\n        criticalDataElement: true\n        quality:\n          - metric: nullValues\n            mustBe: 0\n',
      ),
    },
    { name: 'not critical', code: orders('      - name: note\n        criticalDataElement: false\n') },
    {
      name: 'an object-level rule naming it in arguments.properties',
      code: orders(
        '      - name: amount\n        criticalDataElement: true\n',
        '    quality:\n      - metric: duplicateValues\n        mustBe: 0\n        arguments:\n          properties: [amount]\n',
      ),
    },
    {
      name: 'odd shapes',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - criticalDataElement: true\n        quality: nope\n    quality: 5\n',
      ).replace('quality: nope', 'quality:\n          - metric: rowCount\n            mustBe: 1'),
    },
  ],
  invalid: [
    {
      name: 'critical without any rule',
      code: orders('      - name: amount\n        criticalDataElement: true\n'),
      errors: [
        {
          messageId: 'noQualityRule',
          line: 10,
          column: 9,
          message:
            "Add a quality rule to property 'amount' in schema 'orders': it is marked as a critical data element.",
        },
      ],
      output: null,
    },
    {
      name: 'an empty list does not count',
      code: orders('      - name: amount\n        criticalDataElement: true\n        quality: []\n'),
      errors: [{ messageId: 'noQualityRule', line: 10, column: 9 }],
    },
    {
      name: 'nested property',
      code: orders(
        '      - name: customer\n        logicalType: object\n        properties:\n          - name: email\n            criticalDataElement: true\n',
      ),
      errors: [
        {
          messageId: 'noQualityRule',
          line: 13,
          column: 13,
          message:
            "Add a quality rule to property 'email' of 'customer' in schema 'orders': it is marked as a critical data element.",
        },
      ],
    },
  ],
});
