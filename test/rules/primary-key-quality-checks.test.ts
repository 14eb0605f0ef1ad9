import rule from '../../src/engine/rules/primary-key-quality-checks';
import { contract, ruleTester } from '../helpers/rule-tester';

const orders = (props: string, objectTail = '') =>
  contract(`schema:\n  - name: orders\n    properties:\n${props}${objectTail}`);
const NULLS =
  '          - type: library\n            metric: nullValues\n            mustBe: 0\n            dimension: completeness\n';
const DUPES =
  '          - type: library\n            metric: duplicateValues\n            mustBe: 0\n            dimension: uniqueness\n';

ruleTester(rule, {
  valid: [
    {
      name: 'both checks present',
      code: orders(`      - name: order_id\n        primaryKey: true\n        quality:\n${NULLS}${DUPES}`),
    },
    {
      name: 'sql rules with completeness and uniqueness dimensions count',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        quality:\n          - type: sql\n            query: SELECT COUNT(*) FROM orders WHERE order_id IS NULL\n            mustBe: 0\n            dimension: completeness\n          - type: sql\n            query: SELECT COUNT(*) - COUNT(DISTINCT order_id) FROM orders\n            mustBe: 0\n            dimension: uniqueness\n',
      ),
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
      name: 'no quality at all: both checks suggested (a check is a new promise, never a safe fix), comment kept',
      code: orders('      - name: order_id # key\n        primaryKey: true\n      - name: total\n'),
      errors: [
        {
          messageId: 'noNullOrDuplicateCheck',
          line: 10,
          column: 9,
          message: "Add a null and duplicate check on property 'order_id' in schema 'orders', the primary key.",
        },
      ],
      output: null,
      suggestions: ['Add nullValues and duplicateValues checks'],
      suggestionOutput: orders(
        `      - name: order_id # key\n        primaryKey: true\n        quality:\n${NULLS}${DUPES}      - name: total\n`,
      ),
    },
    {
      name: 'existing list: the suggested duplicate check is appended',
      code: orders(
        `      - name: order_id\n        primaryKey: true\n        quality:\n          # completeness\n${NULLS}`,
      ),
      errors: [{ messageId: 'noDuplicateCheck', line: 10, column: 9 }],
      output: null,
      suggestions: ['Add a duplicateValues check'],
      suggestionOutput: orders(
        `      - name: order_id\n        primaryKey: true\n        quality:\n          # completeness\n${NULLS}${DUPES}`,
      ),
    },
    {
      name: 'composite key: null checks per column and one duplicate check on the object, each suggested',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n      - name: line_no\n        primaryKey: true\n',
        '    description: One row per order line.\n',
      ),
      errors: [
        {
          messageId: 'noCompositeDuplicateCheck',
          line: 7,
          column: 5,
          message: "Add a duplicate check on the primary key of schema 'orders'.",
          detail: 'The primary key is order_id, line_no',
        },
        { messageId: 'noNullCheck', line: 10, column: 9 },
        { messageId: 'noNullCheck', line: 12, column: 9 },
      ],
      output: null,
      suggestions: ['Add a duplicateValues check on the whole key'],
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n      - name: line_no\n        primaryKey: true\n',
        '    description: One row per order line.\n    quality:\n      - type: library\n        metric: duplicateValues\n        mustBe: 0\n        dimension: uniqueness\n        arguments:\n          properties:\n            - "order_id"\n            - "line_no"\n',
      ),
    },
    {
      name: 'a v3.0.x contract is offered checks with rule, the key its version accepts (metric arrived in v3.1.0)',
      code: orders('      - name: order_id\n        primaryKey: true\n').replace('v3.1.0', 'v3.0.2'),
      errors: [{ messageId: 'noNullOrDuplicateCheck', line: 10, column: 9 }],
      output: null,
      suggestions: ['Add nullCheck and duplicateCount checks'],
      suggestionOutput: orders(
        '      - name: order_id\n        primaryKey: true\n        quality:\n' +
          '          - type: library\n            rule: nullCheck\n            mustBe: 0\n            dimension: completeness\n' +
          '          - type: library\n            rule: duplicateCount\n            mustBe: 0\n            dimension: uniqueness\n',
      ).replace('v3.1.0', 'v3.0.2'),
    },
    {
      name: 'a v3.0.x composite key: the whole-key check uses rule too',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        quality:\n' +
          NULLS.replace('metric', 'rule') +
          '      - name: line_no\n        primaryKey: true\n        quality:\n' +
          NULLS.replace('metric', 'rule'),
        '    description: One row per order line.\n',
      ).replace('v3.1.0', 'v3.0.0'),
      errors: [{ messageId: 'noCompositeDuplicateCheck', line: 7, column: 5 }],
      suggestions: ['Add a duplicateCount check on the whole key'],
    },
    {
      name: 'a v3.0.x duplicateCount rule counts; the missing null check is suggested as nullCheck',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        quality:\n          - rule: duplicateCount\n            mustBe: 0\n',
      ).replace('v3.1.0', 'v3.0.2'),
      errors: [{ messageId: 'noNullCheck', line: 10, column: 9 }],
      suggestions: ['Add a nullCheck check'],
    },
    {
      name: 'composite key whose properties come last: nothing offered for the whole key',
      code: orders(
        '      - name: order_id\n        primaryKey: true\n        quality:\n' +
          NULLS +
          '      - name: line_no\n        primaryKey: true\n        quality:\n' +
          NULLS,
      ),
      errors: [{ messageId: 'noCompositeDuplicateCheck', line: 7, column: 5 }],
      output: null,
      suggestions: [],
    },
    {
      name: 'flow-style quality list: nothing offered',
      code: orders('      - name: order_id\n        primaryKey: true\n        quality: []\n'),
      errors: [{ messageId: 'noNullOrDuplicateCheck', line: 10, column: 9 }],
      output: null,
      suggestions: [],
    },
  ],
});
