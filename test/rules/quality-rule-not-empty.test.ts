import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/quality-rule-not-empty';
import { lintText } from '../../src/engine/lint';
import { contract, ruleTester } from '../helpers/rule-tester';

/** A schema object `orders` with property `order_id` whose quality list is `items` (YAML lines at 8 spaces). */
const onProperty = (items: string, apiVersion = 'v3.1.0') =>
  contract(`schema:\n  - name: orders\n    properties:\n      - name: order_id\n        quality:\n${items}`).replace(
    'v3.1.0',
    apiVersion,
  );

ruleTester(rule, {
  valid: [
    { name: 'a library rule', code: onProperty('          - metric: nullValues\n            mustBe: 0\n') },
    {
      name: 'a text rule with a description',
      code: onProperty('          - type: text\n            description: Every order has an id.\n'),
    },
    {
      name: 'an untyped rule described in words',
      code: onProperty('          - description: Order ids never repeat.\n            dimension: uniqueness\n'),
    },
    {
      name: 'an sql rule',
      code: onProperty(
        '          - type: sql\n            query: SELECT COUNT(*) FROM orders\n            mustBeGreaterThan: 0\n',
      ),
    },
    {
      name: 'a custom rule',
      code: onProperty(
        '          - type: custom\n            engine: soda\n            implementation: "row_count > 0"\n',
      ),
    },
    {
      name: "an sql rule without its query is the schema check's to report",
      code: onProperty('          - type: sql\n            mustBe: 0\n'),
    },
    {
      name: "a library rule without its metric is the schema check's to report",
      code: onProperty('          - type: library\n            dimension: completeness\n'),
    },
    {
      name: "a custom rule without an implementation is the schema check's to report",
      code: onProperty('          - type: custom\n            engine: soda\n'),
    },
    {
      name: 'v3.0.x: an untyped rule needs `rule`, which the schema check reports',
      code: onProperty('          - {}\n', 'v3.0.2'),
    },
    { name: 'v3.0.x: a library rule by its old name', code: onProperty('          - rule: nullCheck\n', 'v3.0.2') },
    { name: "an unknown type is the schema check's to report", code: onProperty('          - type: sometimes\n') },
  ],
  invalid: [
    {
      name: 'an empty mapping in flow style',
      code: contract('schema:\n  - name: orders\n    quality: [ {} ]\n'),
      errors: [
        {
          messageId: 'emptyRule',
          line: 8,
          column: 16,
          message:
            "Say what quality rule #1 of schema 'orders' checks: a metric and an operator, an SQL query, or a description.",
        },
      ],
      output: null,
    },
    {
      name: 'an empty mapping in block style on a property',
      code: onProperty('          - {}\n'),
      errors: [
        {
          messageId: 'emptyRule',
          line: 11,
          column: 11,
          message:
            "Say what quality rule #1 of property 'order_id' in schema 'orders' checks: a metric and an operator, an SQL query, or a description.",
        },
      ],
    },
    {
      name: 'only a dimension and a severity',
      code: onProperty('          - dimension: completeness\n            severity: error\n'),
      errors: [{ messageId: 'emptyRule', line: 11, column: 11 }],
    },
    {
      name: 'a named rule that says nothing else',
      code: onProperty('          - name: order_id_check\n'),
      errors: [
        {
          messageId: 'emptyRule',
          line: 11,
          column: 11,
          message:
            "Say what quality rule 'order_id_check' of property 'order_id' in schema 'orders' checks: a metric and an operator, an SQL query, or a description.",
        },
      ],
    },
    {
      name: 'a text rule with only a type and dimension',
      code: onProperty('          - type: text\n            dimension: accuracy\n'),
      errors: [
        {
          messageId: 'emptyTextRule',
          line: 11,
          column: 11,
          message:
            "Add a description to quality rule #1 of property 'order_id' in schema 'orders' saying in words what is checked.",
        },
      ],
    },
    {
      name: 'a blank description counts as none',
      code: onProperty('          - type: text\n            description: "  "\n'),
      errors: [{ messageId: 'emptyTextRule', line: 11, column: 11 }],
    },
    {
      name: 'a text rule in a v3.0.x contract',
      code: onProperty('          - type: text\n', 'v3.0.2'),
      errors: [{ messageId: 'emptyTextRule', line: 11, column: 11 }],
    },
    {
      name: 'only the empty one of several',
      code: onProperty('          - metric: nullValues\n            mustBe: 0\n          - {}\n'),
      errors: [
        {
          messageId: 'emptyRule',
          line: 13,
          column: 11,
          message:
            "Say what quality rule #2 of property 'order_id' in schema 'orders' checks: a metric and an operator, an SQL query, or a description.",
        },
      ],
    },
  ],
});

describe('quality-rule-not-empty with the schema check', () => {
  const at = (code: string) =>
    lintText(code)
      .findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.ruleId !== 'no-team')
      .map((f) => `${f.range.start.line + 1} ${f.ruleId}`);

  it('one finding per empty rule, whichever of the two reports it', () => {
    assert.deepEqual(at(onProperty('          - {}\n')), ['11 quality-rule-not-empty']);
    // v3.0.x requires `rule`, which v3.1.0 dropped: the schema check reports it once, on apiVersion.
    assert.deepEqual(at(onProperty('          - {}\n', 'v3.0.2')), ['1 api-version-feature']);
    assert.deepEqual(at(onProperty('          - type: sql\n            mustBe: 0\n')), ['11 schema-missing-required']);
  });
});
