import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { formatQueries } from '../../src/engine/sql/format-queries';
import { findSqlProblem } from '../../src/engine/sql/check-sql';
import { readReferences } from '../../src/engine/sql/references';

const EXAMPLES = 'test/fixtures/odcs/';
const header =
  'apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nschema:\n  - name: t\n    quality:\n      - type: sql\n        query: ';

describe('SQL services on hostile input', () => {
  it('never throw, and formatting always leaves YAML that parses, for random queries and surroundings', () => {
    const sqlish = fc.stringMatching(/^[ -~\n\t'"`{}$()#|>:-]{0,60}$/);
    fc.assert(
      fc.property(sqlish, fc.constantFrom('', '|\n          ', '"', "'"), (sql, style) => {
        const text = `${header}${style}${style === '|\n          ' ? sql.replace(/\n/g, '\n          ') : sql}${style.length === 1 ? style : ''}\n        mustBe: 0\n`;
        findSqlProblem(sql, ['sql', 'postgresql']);
        readReferences(sql);
        const formatted = applyEdits(text, formatQueries(text));
        if (formatted !== text) {
          const docs = parseAllDocuments(formatted);
          assert.ok(Array.isArray(docs) && docs.every((d) => d.errors.length === 0), formatted);
        }
      }),
      { numRuns: 300, seed: 2026 },
    );
  });

  it('leave an alias bomb alone', () => {
    const bomb = `${header}select 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    assert.deepEqual(formatQueries(bomb), []);
  });

  it('leave the official examples byte-identical except for their queries, and are idempotent on them', () => {
    for (const name of readdirSync(EXAMPLES).filter((f) => f.endsWith('.odcs.yaml'))) {
      const text = readFileSync(EXAMPLES + name, 'utf8');
      const once = applyEdits(text, formatQueries(text));
      assert.deepEqual(formatQueries(once), [], name);
      const untouched = (t: string) => t.split('\n').filter((l) => !/query:|^ {10,}\S/.test(l));
      assert.deepEqual(untouched(once), untouched(text), name);
    }
  });
});
