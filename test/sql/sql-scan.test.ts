import assert from 'node:assert/strict';
import { scanSql, type SqlSyntax } from '../../src/engine/sql/sql-scan';

const POSTGRES: SqlSyntax = {
  backslashInStrings: false,
  backslashInDoubleQuotes: false,
  doubleQuotes: 'quoted',
  backtickNames: false,
  bracketNames: false,
  dollarQuotes: true,
  nestedComments: true,
  hashComments: false,
  slashComments: false,
  wordExtra: '$',
};

/** Each token as kind:text, with a '!' when it never closes. */
const read = (sql: string, syntax: SqlSyntax = POSTGRES) =>
  scanSql(sql, syntax).map((t) => `${t.kind}:${sql.slice(t.start, t.end)}${t.closed ? '' : '!'}`);

describe('SQL tokens shared by the custom SQL guard and the formatter', () => {
  it("reads backslash escapes in E'…' only after a lone E, never after a name ending in e", () => {
    assert.deepEqual(read("E'it\\'s' x"), ['word:E', "string:'it\\'s'", 'word:x']);
    assert.deepEqual(read("name'\\'; x"), ['word:name', "string:'\\'", 'symbol:;', 'word:x']);
    assert.deepEqual(read("x$e'\\' y"), ['word:x$e', "string:'\\'", 'word:y']);
    assert.deepEqual(read("$$a$$e'\\'' y"), ['string:$$a$$', 'word:e', "string:'\\''", 'word:y']);
  });

  it('runs a quote or block comment that never closes to the end, and says so', () => {
    assert.deepEqual(read("select 'abc"), ['word:select', "string:'abc!"]);
    assert.deepEqual(read('select /* a /* b */ c'), ['word:select', 'comment:/* a /* b */ c!']);
    assert.deepEqual(read('select $x$ body'), ['word:select', 'string:$x$ body!']);
  });

  it('reads quotes and comments as the syntax says', () => {
    const spark = {
      ...POSTGRES,
      backslashInStrings: true,
      backtickNames: true,
      dollarQuotes: false,
      hashComments: true,
    };
    assert.deepEqual(read("`a b` 'x\\'y' $$ # c", spark), ['quoted:`a b`', "string:'x\\'y'", 'word:$$', 'comment:# c']);
    assert.deepEqual(read('`a b` [c]', { ...POSTGRES, bracketNames: true }), [
      'symbol:`',
      'word:a',
      'word:b',
      'symbol:`',
      'quoted:[c]',
    ]);
    assert.deepEqual(read('"a""b" "c"', { ...POSTGRES, doubleQuotes: 'string' }), ['string:"a""b"', 'string:"c"']);
  });
});
