import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/quality-arguments-properties-exist';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';

const orders = (names: string) =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: order_id\n      - name: line_no\n        physicalName: line_number\n    quality:\n      - metric: duplicateValues\n        mustBe: 0\n        arguments:\n          properties: ${names}\n`,
  );

ruleTester(rule, {
  valid: [
    { name: 'names that exist', code: orders('[order_id, line_no]') },
    { name: 'physical names count', code: orders('[order_id, line_number]') },
    {
      name: 'an object without properties is not checked',
      code: contract(
        'schema:\n  - name: orders\n    quality:\n      - metric: duplicateValues\n        mustBe: 0\n        arguments:\n          properties: [a]\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a mistyped name',
      code: orders('[order_id, lineno]'),
      errors: [
        {
          messageId: 'missingProperty',
          line: 16,
          column: 34,
          message:
            "Fix 'lineno' in arguments.properties: schema 'orders' has no such property. Did you mean 'line_no'?",
        },
      ],
      output: null,
      suggestions: ["Change to 'line_no'"],
    },
    {
      name: 'an unrelated name',
      code: orders('[customer_id]'),
      errors: [{ messageId: 'missingProperty', line: 16, column: 24 }],
    },
  ],
});

describe('quality-arguments-properties-exist suggestion', () => {
  it('replaces just the mistyped name', () => {
    const code = orders('[order_id, lineno]');
    const [finding] = lintWithRule(rule, { code });
    assert.equal(applyEdits(code, finding.suggestions![0].edits), orders('[order_id, line_no]'));
  });
});
