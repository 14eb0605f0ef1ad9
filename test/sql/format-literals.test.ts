import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { formatQueries, formatSql } from '../../src/engine/sql/format-queries';
import { sameSql } from '../../src/engine/sql/sql-tokens';

const formatText = (text: string) => applyEdits(text, formatQueries(text));
const header = 'apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\n';
const contract = (...queries: string[]) =>
  `${header}schema:\n  - name: orders\n    quality:\n${queries.map((q) => `      - type: sql\n        query: ${q}\n        mustBe: 0\n`).join('')}`;
const queriesOf = (text: string): string[] =>
  (parse(text) as { schema: Array<{ quality: Array<{ query: string }> }> }).schema[0].quality.map((q) => q.query);

describe('format keeps SQL string literals', () => {
  it('keeps trailing spaces inside a literal that spans lines', () => {
    const before = contract(`"select count(*) from t where note = 'a   \\nb'"`);
    const after = formatText(before);
    assert.notEqual(after, before, 'the query is formatted');
    const [query] = queriesOf(after);
    assert.ok(query.includes("'a   \nb'"), `literal changed:\n${JSON.stringify(query)}`);
    assert.deepEqual(formatQueries(after), [], 'formatting twice changes nothing more');
  });

  it('keeps the literal of a | block byte for byte, spaces at line ends included', () => {
    const before = `${header}schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: |\n          select count(*) from t where note in ('x  \n            y ', 'z\t')\n`;
    const [query] = queriesOf(formatText(before));
    assert.ok(query.includes("'x  \n  y '"), `literal changed:\n${JSON.stringify(query)}`);
  });

  it('keeps literals and quoted names of every quoting style of the dialect', () => {
    const cases: Array<[string, Parameters<typeof formatSql>[1], string]> = [
      ["select 'it\\'s   \n x' from t", 'mysql', "'it\\'s   \n x'"],
      ['select $$a   \n b$$ from t', 'postgresql', '$$a   \n b$$'],
      ["select E'a\\'   \n' from t", 'postgresql', "E'a\\'   \n'"],
      ['select "col   \nx" from t', 'sql', '"col   \nx"'],
      ["select '''a   \nb''' from t", 'bigquery', "'''a   \nb'''"],
      ['select [a   \nb] from t', 'transactsql', '[a   \nb]'],
    ];
    for (const [sql, language, literal] of cases) {
      const out = formatSql(sql, language);
      assert.ok(out?.includes(literal), `${language}: ${JSON.stringify(out)}`);
    }
  });

  it('still removes spaces at line ends outside literals', () => {
    assert.equal(formatSql('select x -- note   \nfrom t', 'sql'), 'select\n  x -- note\nfrom\n  t');
  });

  it('leaves a query unformatted when formatting would change one of its literals', () => {
    // The literal spells the stand-in the formatter uses for {object}: restoring the placeholder would rewrite it.
    assert.equal(formatSql("select 'dclph0xx' from {object}", 'sql'), undefined);
    const before = contract(`"select 'dclph0xx' from {object}"`, 'select 1 from t');
    const after = formatText(before);
    const [first, second] = queriesOf(after);
    assert.equal(first, "select 'dclph0xx' from {object}");
    assert.equal(second, 'select\n  1\nfrom\n  t\n', 'the other query is still formatted');
  });

  it('leaves a query whose literal holds a carriage return in its quotes (a line break to YAML readers), and formats the others', () => {
    const before = contract(`"select 'a\\rb' from t"`, 'select 1 from t');
    const after = formatText(before);
    const [first, second] = queriesOf(after);
    assert.equal(first, "select 'a\rb' from t");
    assert.equal(second, 'select\n  1\nfrom\n  t\n');
  });
});

describe('sameSql', () => {
  it('ignores layout outside literals and comments, and nothing inside literals', () => {
    assert.ok(sameSql("select a,b from t where x='q'", "select\n  a,\n  b\nfrom\n  t\nwhere\n  x = 'q'", 'sql'));
    assert.ok(sameSql('select 1 /* a   \n   b */ -- c  ', 'select\n  1\n  /* a\n  b */ -- c', 'sql'));
    assert.ok(!sameSql("select 'a   \nb'", "select 'a\nb'", 'sql'));
    assert.ok(!sameSql('select "a  b"', 'select "a b"', 'sql'));
    assert.ok(!sameSql('select ab', 'select a b', 'sql'));
    assert.ok(!sameSql('select a', 'select A', 'sql'));
  });

  it('reads a quote that never closes as literal text to the end', () => {
    assert.ok(!sameSql("select 'a   b", "select 'a b", 'sql'));
  });
});
