import rule from '../../src/engine/rules/primary-key-quality-checks';
import { contract, ruleTester } from '../helpers/rule-tester';

const orders = (props: string, objectTail = '') => contract(`schema:\n  - name: orders\n    properties:\n${props}${objectTail}`);
const NULLS = '          - type: library\n            metric: nullValues\n            mustBe: 0\n            dimension: completeness\n';
const DUPES = '          - type: library\n            metric: duplicateValues\n            mustBe: 0\n            dimension: uniqueness\n';

ruleTester(rule, {
  valid: [
    { name: 'both checks present', code: orders(`      - name: order_id\n        primaryKey: true\n        quality:\n${NULLS}${DUPES}`) },
    {
      name: 'sql rules with completeness and uniqueness dimensions count',
      code: orders('      - name: order_id\n        primaryKey: true\n        quality:\n          - type: sql\n            query: SELECT COUNT(*) FROM orders WHERE order_id IS NULL\n            mustBe: 0\n            dimension: completeness\n          - type: sql\n            query: SELECT COUNT(*) - COUNT(DISTINCT order_id) FROM orders\n            mustBe: 0\n            dimension: uniqueness\n'),
    },
    {
      name: 'composite key with per-column null checks and a schema-level duplicate check',
      code: orders(
        `      - name: order_id\n        primaryKey: true\n        quality:\n${NULLS}      - name: line_no\n        primaryKey: true\n        quality:\n${NULLS}`,
        '    quality:\n      - metric: duplicateValues\n        mustBe: 0\n        arguments:\n          properties: [order_id, line_no]\n',
      ),
    },
    { name: 'not a key', code: orders('      - name: note\n') },
  ],
  invalid: [
    {
      name: 'no quality at all: both checks added, comment kept',
      code: orders('      - name: order_id # key\n        primaryKey: true\n      - name: total\n'),
      errors: [{ messageId: 'noNullOrDuplicateCheck', line: 10, message: "Property 'order_id' in schema 'orders' is the primary key" }],
      output: orders(`      - name: order_id # key\n        primaryKey: true\n        quality:\n${NULLS}${DUPES}      - name: total\n`),
    },
    {
      name: 'existing list gets the missing duplicate check appended',
      code: orders(`      - name: order_id\n        primaryKey: true\n        quality:\n          # completeness\n${NULLS}`),
      errors: [{ messageId: 'noDuplicateCheck', line: 10 }],
      output: orders(`      - name: order_id\n        primaryKey: true\n        quality:\n          # completeness\n${NULLS}${DUPES}`),
    },
    {
      name: 'composite key: null checks per column and one duplicate check on the object',
      code: orders('      - name: order_id\n        primaryKey: true\n      - name: line_no\n        primaryKey: true\n', '    description: One row per order line.\n'),
      errors: [
        { messageId: 'noCompositeDuplicateCheck', line: 7, message: 'order_id, line_no' },
        { messageId: 'noNullCheck', line: 10 },
        { messageId: 'noNullCheck', line: 12 },
      ],
      output: orders(
        `      - name: order_id\n        primaryKey: true\n        quality:\n${NULLS}      - name: line_no\n        primaryKey: true\n        quality:\n${NULLS}`,
        '    description: One row per order line.\n    quality:\n      - type: library\n        metric: duplicateValues\n        mustBe: 0\n        dimension: uniqueness\n        arguments:\n          properties:\n            - "order_id"\n            - "line_no"\n',
      ),
    },
    {
      name: 'composite key whose properties come last: per-column fixes only',
      code: orders('      - name: order_id\n        primaryKey: true\n        quality:\n' + NULLS + '      - name: line_no\n        primaryKey: true\n        quality:\n' + NULLS),
      errors: [{ messageId: 'noCompositeDuplicateCheck', line: 7 }],
      output: null,
    },
    {
      name: 'flow-style quality list: no fix',
      code: orders('      - name: order_id\n        primaryKey: true\n        quality: []\n'),
      errors: [{ messageId: 'noNullOrDuplicateCheck', line: 10 }],
      output: null,
    },
  ],
});
