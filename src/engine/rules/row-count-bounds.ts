// A table cannot have fewer than zero rows: a negative or impossible row-count bound is a typo or a misunderstanding.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'negative' | 'impossible'>({
  meta: {
    id: 'row-count-bounds',
    code: 'DCL167',
    group: 'data-quality',
    dimension: 'completeness',
    severity: 'warning',
    description: "A 'rowCount' quality rule compares with row counts that can exist (zero or more).",
    messages: {
      negative: 'Use 0 or more in {operator} of {label}: a row count is never negative.',
      impossible: 'Fix {operator}: {value} in {label}: no row count can meet it.',
    },
  },
  create(context) {
    return {
      quality(node) {
        if (node.value.metric !== 'rowCount') return;
        const report = (
          operator: string,
          value: number,
          messageId: 'negative' | 'impossible',
          path = [...node.path, operator],
        ) => context.report({ path, target: 'value', messageId, data: { label: node.label, operator, value } });
        for (const [operator, raw] of Object.entries(node.value)) {
          if (Array.isArray(raw) && (operator === 'mustBeBetween' || operator === 'mustNotBeBetween')) {
            const low = raw.find((v): v is number => typeof v === 'number' && v < 0);
            if (low !== undefined) report(operator, low, 'negative', [...node.path, operator, raw.indexOf(low)]);
            continue;
          }
          if (typeof raw !== 'number') continue;
          // Upper bounds below zero (or "less than 0") can never be met; other negative bounds are always met.
          if (
            (operator === 'mustBeLessThan' && raw <= 0) ||
            (operator === 'mustBeLessOrEqualTo' && raw < 0) ||
            (operator === 'mustBe' && raw < 0)
          ) {
            report(operator, raw, 'impossible');
          } else if (raw < 0 && ['mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustNotBe'].includes(operator)) {
            report(operator, raw, 'negative');
          }
        }
      },
    };
  },
});
