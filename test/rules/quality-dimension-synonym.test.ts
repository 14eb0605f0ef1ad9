import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/quality-dimension-synonym';
import { contract, ruleTester } from '../helpers/rule-tester';
import { lintText } from '../../src/engine/lint';

const q = (dimension: string) =>
  contract(
    `schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n        dimension: ${dimension}\n`,
  );

ruleTester(rule, {
  valid: [
    { name: 'the standard word', code: q('completeness') },
    { name: 'an unrelated word is left to the schema check', code: q('freshness') },
    { name: 'not a text', code: q('3') },
  ],
  invalid: [
    {
      name: 'abbreviation, comment kept',
      code: q('cp # completeness'),
      errors: [
        {
          messageId: 'synonym',
          line: 11,
          column: 20,
          message: "Write dimension 'completeness' instead of 'cp' in quality rule #1 of schema 'orders'.",
        },
      ],
      output: q('completeness # completeness'),
    },
    {
      name: 'capitalised',
      code: q('Timeliness'),
      errors: [
        {
          messageId: 'synonym',
          line: 11,
          column: 20,
          message: "Write dimension 'timeliness' instead of 'Timeliness' in quality rule #1 of schema 'orders'.",
        },
      ],
      output: q('timeliness'),
    },
    {
      name: 'quoted upper-case code',
      code: q('"UQ"'),
      errors: [{ messageId: 'synonym', line: 11, column: 20 }],
      output: q('uniqueness'),
    },
    {
      name: 'the GDQF word validity',
      code: q('validity'),
      errors: [
        {
          messageId: 'synonym',
          line: 11,
          column: 20,
          message: "Write dimension 'conformity' instead of 'validity' in quality rule #1 of schema 'orders'.",
        },
      ],
      output: q('conformity'),
    },
    { name: 'tm', code: q('tm'), errors: [{ messageId: 'synonym', line: 11, column: 20 }], output: q('timeliness') },
  ],
});

describe('quality-dimension-synonym', () => {
  it('replaces the schema error at the same place', () => {
    const result = lintText(q('cs'), { rules: [rule] });
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['quality-dimension-synonym'],
    );
  });
});
