// A table cannot have fewer than zero rows: a negative or impossible row-count bound is a typo or a misunderstanding.
import { defineRule } from './define-rule';
import { capitalize } from '../model/naming';

export default defineRule<undefined, 'negative' | 'impossible'>({
  meta: {
    id: 'row-count-bounds',
    code: 'DCL167',
    group: 'data-quality',
    dimension: 'completeness',
    severity: 'warning',
    description: "A 'rowCount' quality rule compares with row counts that can exist (zero or more).",
    messages: {
      negative: '{label} checks the row count with {operator}: {value}, but a row count is never negative, so this bound checks nothing. Use 0 or more.',
      impossible: '{label} requires the row count to be {operator}: {value}, which no table can meet (a row count is never negative).',
    },
  },
  create(context) {
    return {
      quality(node) {
        if (node.value.metric !== 'rowCount') return;
        const report = (operator: string, value: number, messageId: 'negative' | 'impossible', path = [...node.path, operator]) =>
          context.report({ path, target: 'value', messageId, data: { label: capitalize(node.label), operator, value } });
        for (const [operator, raw] of Object.entries(node.value)) {
          if (Array.isArray(raw) && (operator === 'mustBeBetween' || operator === 'mustNotBeBetween')) {
            const low = raw.find((v): v is number => typeof v === 'number' && v < 0);
            if (low !== undefined) report(operator, low, 'negative', [...node.path, operator, raw.indexOf(low)]);
            continue;
          }
          if (typeof raw !== 'number') continue;
          // Upper bounds below zero (or "less than 0") can never be met; other negative bounds are always met.
          if ((operator === 'mustBeLessThan' && raw <= 0) || (operator === 'mustBeLessOrEqualTo' && raw < 0) || (operator === 'mustBe' && raw < 0)) {
            report(operator, raw, 'impossible');
          } else if (raw < 0 && ['mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustNotBe'].includes(operator)) {
            report(operator, raw, 'negative');
          }
        }
      },
    };
  },
});
