import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/quality-single-operator';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { lintText } from '../../src/engine/lint';

const q = (body: string) => contract(`schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n${body}`);

ruleTester(rule, {
  valid: [
    { name: 'one operator', code: q('        mustBeGreaterThan: 0\n') },
    {
      name: 'custom rules have no operator',
      code: contract(
        'schema:\n  - name: orders\n    quality:\n      - type: custom\n        engine: soda\n        implementation: x\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'two equality operators',
      code: q('        mustBe: 5\n        mustNotBe: 0\n'),
      errors: [
        {
          messageId: 'tooMany',
          line: 11,
          column: 9,
          message: "Keep one of mustBe, mustNotBe in quality rule #1 of schema 'orders', or split the rule.",
          detail: 'exactly one operator',
        },
      ],
      output: null,
    },
    {
      name: 'an inclusive range written as two bounds',
      code: q('        mustBeGreaterOrEqualTo: 10 # at least\n        mustBeLessOrEqualTo: 100\n        unit: rows\n'),
      errors: [{ messageId: 'tooManyRange', line: 11, column: 9 }],
      suggestions: ["Replace with 'mustBeBetween: [10, 100]'"],
    },
    {
      name: 'an exclusive range: no suggestion, still one finding',
      code: q('        mustBeGreaterThan: 10\n        mustBeLessThan: 100\n        mustNotBe: 50\n'),
      errors: [
        {
          messageId: 'tooManyRange',
          line: 10,
          column: 9,
          message: "Use one 'mustBeBetween: [low, high]' in quality rule #1 of schema 'orders' instead of 3 operators.",
          detail: 'It has mustNotBe, mustBeGreaterThan, mustBeLessThan;',
        },
      ],
    },
  ],
});

describe('quality-single-operator', () => {
  it('the suggestion rewrites the pair as mustBeBetween, keeping the comment', () => {
    const code = q(
      '        mustBeGreaterOrEqualTo: 10 # at least\n        mustBeLessOrEqualTo: 100\n        unit: rows\n',
    );
    const [finding] = lintWithRule(rule, { code });
    assert.equal(
      applyEdits(code, finding.suggestions![0].edits),
      q('        mustBeBetween: [10, 100] # at least\n        unit: rows\n'),
    );
  });
  it('replaces the schema finding for the same problem, so it is reported once', () => {
    const result = lintText(q('        mustBe: 5\n        mustNotBe: 0\n'), { rules: [rule] });
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['quality-single-operator'],
    );
  });
});
