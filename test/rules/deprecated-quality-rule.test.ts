import rule from '../../src/engine/rules/deprecated-quality-rule';
import { contract, ruleTester } from '../helpers/rule-tester';

const declaring = (apiVersion: string) => (body: string) =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
const v302 = declaring('v3.0.2');
const onProperty = (quality: string) =>
  `schema:\n  - name: orders\n    properties:\n      - name: order_id\n        quality:\n${quality}`;

ruleTester(rule, {
  valid: [
    { name: 'metric', code: contract(onProperty('          - metric: nullValues\n            mustBe: 0\n')) },
    { name: 'an sql rule', code: contract(onProperty('          - type: sql\n            query: SELECT 1\n')) },
    {
      name: 'a v3.0.2 rule name with no known v3.1.0 metric',
      code: v302(onProperty('          - rule: validValues\n            validValues: [a]\n')),
    },
    // 'rule' is the current key before v3.1.0: a deprecation finding there would be wrong.
    {
      name: 'v3.0.2: a rule name with a v3.1.0 metric',
      code: v302(onProperty('          - rule: duplicateCount\n            mustBe: 0\n')),
    },
    {
      name: 'v3.0.0: rule is current',
      code: declaring('v3.0.0')(onProperty('          - rule: nullCheck\n            mustBe: 0\n')),
    },
    {
      name: "'3.0.0' written without the v is still v3.0.0",
      code: declaring('3.0.0')(onProperty('          - rule: rowCount\n            mustBeGreaterThan: 0\n')),
    },
  ],
  invalid: [
    {
      name: 'renamed name: key and value change, comments stay',
      code: contract(
        onProperty('          # no duplicates\n          - rule: duplicateCount # v3.0 name\n            mustBe: 0\n'),
      ),
      errors: [
        {
          messageId: 'useMetric',
          line: 12,
          column: 13,
          message:
            "Replace deprecated 'rule' with 'metric: duplicateValues' in quality rule #1 of property 'order_id' in schema 'orders'.",
        },
      ],
      output: contract(
        onProperty(
          '          # no duplicates\n          - metric: duplicateValues # v3.0 name\n            mustBe: 0\n',
        ),
      ),
    },
    {
      name: 'same name: only the key changes',
      code: contract('schema:\n  - name: orders\n    quality:\n      - rule: rowCount\n        mustBeGreaterThan: 0\n'),
      errors: [{ messageId: 'useMetric', line: 9, column: 9 }],
      output: contract(
        'schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n',
      ),
    },
    {
      name: 'nullCheck becomes nullValues',
      code: contract(onProperty('          - name: not null\n            rule: nullCheck\n            mustBe: 0\n')),
      errors: [
        {
          messageId: 'useMetric',
          line: 12,
          column: 13,
          message:
            "Replace deprecated 'rule' with 'metric: nullValues' in quality rule 'not null' of property 'order_id' in schema 'orders'.",
        },
      ],
      output: contract(
        onProperty('          - name: not null\n            metric: nullValues\n            mustBe: 0\n'),
      ),
    },
    {
      name: 'validValues: the list moves under arguments (flow list)',
      code: contract(
        onProperty('          - rule: validValues\n            validValues: [a, b] # units\n            mustBe: 0\n'),
      ),
      errors: [{ messageId: 'validValues', line: 11, column: 13 }],
      output: contract(
        onProperty(
          '          - metric: invalidValues\n            arguments:\n              validValues: [a, b] # units\n            mustBe: 0\n',
        ),
      ),
    },
    {
      name: 'validValues: a block list keeps its lines and comments',
      code: contract(
        onProperty(
          '          - validValues:\n              # metric units\n              - kg\n              - lb\n            rule: validValues\n',
        ),
      ),
      errors: [{ messageId: 'validValues', line: 15, column: 13 }],
      output: contract(
        onProperty(
          '          - arguments:\n              validValues:\n              # metric units\n              - kg\n              - lb\n            metric: invalidValues\n',
        ),
      ),
    },
    {
      name: 'validValues with arguments already present: explained, not fixed',
      code: contract(
        onProperty('          - rule: validValues\n            arguments: {}\n            validValues: [a]\n'),
      ),
      errors: [{ messageId: 'validValues', line: 11, column: 13 }],
      output: null,
    },
    {
      name: 'an unknown rule name',
      code: contract(onProperty('          - rule: EXISTS IN customers.id\n')),
      errors: [{ messageId: 'unknownRule', line: 11, column: 13 }],
      output: null,
    },
    {
      name: 'both rule and metric: suggest removing rule',
      code: contract(onProperty('          - metric: rowCount\n            rule: rowCount\n')),
      errors: [{ messageId: 'bothKeys', line: 12, column: 13 }],
      output: null,
      suggestions: ["Remove 'rule'"],
    },
    {
      name: 'a version newer than this tool still has rule deprecated',
      code: declaring('v3.3.0')(onProperty('          - rule: nullCheck\n            mustBe: 0\n')),
      errors: [{ messageId: 'useMetric', line: 11, column: 13 }],
    },
  ],
});
