import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/retention-unit-ambiguous';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';

const sla = (property: string, unit: string) =>
  contract(`slaProperties:\n  - property: ${property}\n    value: 6\n    unit: ${unit}\n`);

ruleTester(rule, {
  valid: [
    { name: 'years', code: sla('retention', 'y') },
    { name: 'months in full', code: sla('retention', 'month') },
    { name: 'minutes on a latency are clear enough', code: sla('latency', 'm') },
  ],
  invalid: [
    {
      name: "retention in 'm'",
      code: sla('retention', 'm # months?'),
      errors: [
        {
          messageId: 'ambiguous',
          line: 9,
          column: 11,
          message: "Write the unit of SLA property 'retention' in full, 'month' or 'min': 'm' could mean either.",
        },
      ],
      output: null,
      suggestions: ["Change the unit to 'month' (months)", "Change the unit to 'min' (minutes)"],
    },
    { name: 'capital M', code: sla('Retention', 'M'), errors: [{ messageId: 'ambiguous', line: 9, column: 11 }] },
  ],
});

describe('retention-unit-ambiguous suggestions', () => {
  it('each suggestion rewrites only the unit, keeping the comment', () => {
    const code = sla('retention', 'm # months?');
    const [finding] = lintWithRule(rule, { code });
    assert.equal(applyEdits(code, finding.suggestions![0].edits), sla('retention', 'month # months?'));
    assert.equal(applyEdits(code, finding.suggestions![1].edits), sla('retention', 'min # months?'));
  });
});
