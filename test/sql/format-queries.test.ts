import assert from 'node:assert/strict';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { formatQueries, formatSql } from '../../src/engine/sql/format-queries';

const formatText = (text: string) => applyEdits(text, formatQueries(text));

const header = 'apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n';

describe('formatQueries', () => {
  it('turns a one-line query into an indented | block and changes nothing else, byte for byte', () => {
    const before = [
      header.trimEnd(),
      '# quality checks below',
      'schema:',
      '  - name: orders   # the table',
      '    properties:',
      '      - name: amount',
      '',
      '        quality:',
      '          # negative amounts are refunds gone wrong',
      '          - type:   sql',
      '            query:    "select count(*) from {object} where {property} < 0"    # keep me',
      '            mustBe:    0',
      '',
      '          - type: text',
      "            description: 'odd   spacing stays'",
      '',
    ].join('\n');
    const after = [
      header.trimEnd(),
      '# quality checks below',
      'schema:',
      '  - name: orders   # the table',
      '    properties:',
      '      - name: amount',
      '',
      '        quality:',
      '          # negative amounts are refunds gone wrong',
      '          - type:   sql',
      '            query:    |    # keep me',
      '              select',
      '                count(*)',
      '              from',
      '                {object}',
      '              where',
      '                {property} < 0',
      '            mustBe:    0',
      '',
      '          - type: text',
      "            description: 'odd   spacing stays'",
      '',
    ].join('\n');
    assert.equal(formatText(before), after);
  });

  it('rewrites an existing block in place, keeping its header comment and the blank lines after it', () => {
    const before = `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: >- # counted nightly\n          SELECT COUNT(*)   FROM ${'${object}'}\n          WHERE   status = 'open'\n\n\n        mustBeLessThan: 10 # hm\n`;
    const after = `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: | # counted nightly\n          SELECT\n            COUNT(*)\n          FROM\n            ${'${object}'}\n          WHERE\n            status = 'open'\n\n\n        mustBeLessThan: 10 # hm\n`;
    assert.equal(formatText(before), after);
  });

  it('is idempotent: formatting twice is formatting once', () => {
    const before = `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM {{ object }} WHERE x IN (SELECT id FROM other WHERE y = 'a{b}') -- trailing\n        mustBe: 0\n      - type: sql\n        query: |\n          select 1\n`;
    const once = formatText(before);
    assert.notEqual(once, before);
    assert.deepEqual(formatQueries(once), []);
    assert.match(once, /\{\{ object \}\}/);
    assert.match(once, /'a\{b\}'/);
  });

  it('leaves queries it cannot read, queries in flow collections and other documents alone', () => {
    const broken = `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM orders WHERE (a\n      - { type: sql, query: select 1 }\n`;
    assert.deepEqual(formatQueries(broken), []);
    assert.deepEqual(formatQueries('just: text\nquery: select 1\n'), []);
  });

  it('uses the dialect of the servers (BigQuery back-ticks)', () => {
    const before = `${header}servers:\n  - server: prod\n    type: bigquery\nschema:\n  - name: orders\n    quality:\n      - type: sql\n        query: select count(*) from \`p.d.orders\`\n`;
    assert.equal(
      formatText(before),
      `${header}servers:\n  - server: prod\n    type: bigquery\nschema:\n  - name: orders\n    quality:\n      - type: sql\n        query: |\n          select\n            count(*)\n          from\n            \`p.d.orders\`\n`,
    );
  });

  it('keeps Windows line endings', () => {
    const before =
      `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: select 1 from t\n        mustBe: 1\n`.replace(
        /\n/g,
        '\r\n',
      );
    const after = formatText(before);
    assert.equal(
      after,
      `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: |\n          select\n            1\n          from\n            t\n        mustBe: 1\n`.replace(
        /\n/g,
        '\r\n',
      ),
    );
    assert.deepEqual(formatQueries(after), []);
  });

  it('formats queries of every document of a multi-document file', () => {
    const doc = `${header}schema:\n  - name: orders\n    quality:\n      - query: select 1\n        type: sql\n`;
    const edits = formatQueries(`${doc}---\n${doc}`);
    assert.equal(edits.length, 2);
  });
});

describe('formatSql', () => {
  it('keeps every placeholder family as written', () => {
    const out = formatSql('select {column}, ${property} from ${table} join {{object}} on a = b', 'postgresql');
    assert.ok(out);
    for (const p of ['{column}', '${property}', '${table}', '{{object}}'])
      assert.ok(out.includes(p), `${p} lost in:\n${out}`);
  });
});
