import rule from '../../src/engine/rules/naming-convention';
import assert from 'node:assert/strict';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const schema = (objectName: string, ...properties: string[]) =>
  contract(
    `schema:\n  - name: ${objectName}\n    properties:\n${properties.map((p) => `      - name: ${p}\n`).join('')}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'snake_case names', code: schema('orders', 'order_id', 'line_2_total') },
    {
      name: 'a schema without names is left to other rules',
      code: contract('schema:\n  - properties:\n      - logicalType: string\n'),
    },
    {
      name: 'a custom pattern (camelCase)',
      code: schema('orders', 'orderId', 'createdAt'),
      options: { pattern: '^[a-z][A-Za-z0-9]*$' },
    },
  ],
  invalid: [
    {
      name: 'CamelCase object and property names, renames only suggested',
      code: schema('Air_Quality', 'DataValue', 'ok_name', 'order-date'),
      errors: [
        {
          messageId: 'badName',
          line: 7,
          column: 11,
          message: "Rename schema 'Air_Quality': 'Air_Quality' does not match ^[a-z][a-z0-9_]*$.",
        },
        {
          messageId: 'badName',
          line: 9,
          column: 15,
          message: "Rename property 'DataValue' in schema 'Air_Quality': 'DataValue' does not match ^[a-z][a-z0-9_]*$.",
        },
        { messageId: 'badName', line: 11, column: 15, message: "'order-date' does not match ^[a-z][a-z0-9_]*$" },
      ],
      output: null,
      suggestions: ["Rename to 'air_quality'"],
    },
    {
      name: 'a nested property',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: address\n        properties:\n          - name: PostCode\n',
      ),
      errors: [
        {
          messageId: 'badName',
          line: 11,
          column: 19,
          message:
            "Rename property 'PostCode' of 'address' in schema 'orders': 'PostCode' does not match ^[a-z][a-z0-9_]*$.",
        },
      ],
      suggestions: ["Rename to 'post_code'"],
    },
    {
      name: 'a custom pattern (upper case only)',
      code: schema('ORDERS', 'order_id'),
      options: { pattern: '^[A-Z][A-Z0-9_]*$' },
      errors: [{ messageId: 'badName', line: 9, column: 15, message: "'order_id' does not match ^[A-Z][A-Z0-9_]*$" }],
    },
  ],
});

// The pattern comes from .dclens.yaml, which a pull request can change: it must not stall a CI run.
describe('naming-convention on a hostile pattern', () => {
  it('checks names in linear time', () => {
    const started = performance.now();
    const findings = lintWithRule(rule, {
      code: schema('orders', `${'a'.repeat(28)}!`),
      options: { pattern: '^(a+)+$' },
    });
    const ms = performance.now() - started;
    assert.deepEqual(
      findings.map((f) => f.messageId),
      ['badName', 'badName'],
    );
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('refuses a pattern it cannot check safely, saying why', () => {
    const parsed = rule.meta.options?.safeParse({ pattern: '^(?!tmp_)\\w+$' });
    assert.equal(parsed?.success, false);
    assert.match(parsed?.error?.issues[0].message ?? '', /uses a lookahead, which cannot be checked safely/);
  });
});
