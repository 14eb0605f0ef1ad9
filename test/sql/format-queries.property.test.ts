import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { formatQueries } from '../../src/engine/sql/format-queries';

const queries = [
  'select count(*) from {object} where {property} is null',
  "SELECT COUNT(*) FROM ${table} WHERE ${column} NOT IN ('a', 'b')",
  "select max(amount) from orders where created_at > now() - interval '1 day'",
  'SELECT COUNT(*) FROM (SELECT id, COUNT(*) c FROM orders GROUP BY id) t WHERE c > 1',
];
const styles = [
  (q: string) => q,
  (q: string) => JSON.stringify(q),
  (q: string) => `'${q.replace(/'/g, "''")}'`,
  (q: string, pad: string) => `|\n${pad}  ${q.replace(/ where /i, `\n${pad}  where `)}`,
];
const comments = ['', ' # note', '   #  odd   spacing'];

describe('formatQueries (property)', () => {
  it('changes only query values, keeps every other line, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            query: fc.constantFrom(...queries),
            style: fc.nat(styles.length - 1),
            comment: fc.constantFrom(...comments),
            spaces: fc.constantFrom(' ', '   '),
            blank: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (rules) => {
          const pad = '          ';
          const body = rules
            .map((r) => {
              const value = styles[r.style](r.query, pad);
              const comment = r.style === 3 ? '' : r.comment;
              return `        - type: sql${r.comment}\n          query:${r.spaces}${value}${comment}\n${r.blank ? '\n' : ''}          mustBe:${r.spaces}0${r.comment}\n`;
            })
            .join('');
          const text = `apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n  - name: orders # c\n    properties:\n      - name: amount\n        quality:\n${body.replace(/^ {8}/gm, '          ')}`;
          const once = applyEdits(text, formatQueries(text));
          assert.deepEqual(formatQueries(once), [], 'formatting twice changed more');
          // Every line that is not part of a query survives unchanged and in order.
          const kept = text.split('\n').filter((l) => !/query:|^ {14}/.test(l));
          let j = 0;
          const out = once.split('\n');
          for (const line of kept) {
            const found = out.indexOf(line, j);
            assert.ok(found !== -1, `lost line: ${JSON.stringify(line)}\n---\n${once}`);
            j = found + 1;
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
