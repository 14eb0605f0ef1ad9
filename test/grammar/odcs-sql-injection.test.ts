import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tokenize, type Token } from './tokenize';

/** The scopes of the token with exactly `text` on the 0-based `line` (the first one, or the nth). */
function scopesAt(tokens: Token[], line: number, text: string, nth = 0): string[] {
  const found = tokens.filter((t) => t.line === line && t.text === text)[nth];
  assert.ok(
    found,
    `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`,
  );
  return found.scopes;
}
const isSql = (scopes: string[]) => scopes.some((s) => s.startsWith('meta.embedded.') && s.endsWith('.sql'));

describe('TextMate injection: SQL in quality queries', () => {
  it('is an injection into YAML that embeds source.sql', () => {
    const grammar = JSON.parse(readFileSync('syntaxes/odcs-sql.injection.json', 'utf8')) as {
      injectionSelector: string;
      scopeName: string;
    };
    assert.match(grammar.injectionSelector, /^L:source\.yaml\b/);
    assert.equal(grammar.scopeName, 'odcs-sql.injection');
  });

  it('highlights a | block under "- query:" up to the next key, blank lines included', async () => {
    const tokens = await tokenize(
      [
        'schema:', //                                   0
        '  - name: orders', //                          1
        '    quality:', //                              2
        '      - query: | # nightly', //                3
        '          SELECT COUNT(*)', //                 4
        '', //                                          5
        '          FROM {object} -- all rows', //       6
        '        mustBe: 0', //                         7
      ].join('\n'),
    );
    assert.ok(scopesAt(tokens, 3, 'query').includes('entity.name.tag.yaml'));
    assert.ok(scopesAt(tokens, 3, '# nightly').includes('comment.line.number-sign.yaml'));
    assert.deepEqual(scopesAt(tokens, 4, 'SELECT').slice(-2), ['meta.embedded.block.sql', 'keyword.other.DML.sql']);
    assert.ok(scopesAt(tokens, 4, 'COUNT').includes('support.function.aggregate.sql'));
    assert.ok(scopesAt(tokens, 6, 'FROM').includes('keyword.other.DML.sql'), 'the block goes on after a blank line');
    assert.ok(scopesAt(tokens, 6, '{object}').includes('variable.other.placeholder.odcs'));
    assert.ok(scopesAt(tokens, 6, '--').includes('comment.line.double-dash.sql'));
    const after = scopesAt(tokens, 7, ':');
    assert.ok(
      !isSql(after) && after.includes('punctuation.separator.key-value.mapping.yaml'),
      'the next key is YAML again',
    );
  });

  it('highlights "query: >-" blocks that are not in a list item', async () => {
    const tokens = await tokenize(
      'quality:\n  - type: sql\n    query: >-\n      select ${column} from t\n    mustBe: 0\n',
    );
    assert.ok(scopesAt(tokens, 3, 'select').includes('keyword.other.DML.sql'));
    assert.ok(scopesAt(tokens, 3, '${column}').includes('variable.other.placeholder.odcs'));
    assert.ok(!isSql(scopesAt(tokens, 4, ':')));
  });

  it('highlights one-line plain, double- and single-quoted queries, leaving a trailing comment to YAML', async () => {
    const tokens = await tokenize(
      [
        'quality:',
        '  - query: SELECT 2 FROM t # why',
        '  - query: "SELECT \\"a\\" FROM {{ object }}"',
        "  - query: 'SELECT ''x'' FROM t'",
        '    mustBe: 1',
      ].join('\n'),
    );
    assert.ok(scopesAt(tokens, 1, 'SELECT').includes('meta.embedded.line.sql'));
    assert.ok(scopesAt(tokens, 1, '#').includes('comment.line.number-sign.yaml'));
    assert.ok(!isSql(scopesAt(tokens, 1, '#')));
    assert.ok(scopesAt(tokens, 2, 'SELECT').includes('keyword.other.DML.sql'));
    assert.ok(scopesAt(tokens, 2, '\\"').includes('constant.character.escape.yaml'));
    assert.ok(scopesAt(tokens, 2, '{{ object }}').includes('variable.other.placeholder.odcs'));
    assert.ok(
      scopesAt(tokens, 2, '"', 1).includes('punctuation.definition.string.end.yaml'),
      'the closing quote ends the SQL',
    );
    assert.ok(scopesAt(tokens, 3, "''").includes('constant.character.escape.yaml'));
    assert.ok(scopesAt(tokens, 3, "'", 1).includes('punctuation.definition.string.end.yaml'));
    assert.ok(!isSql(scopesAt(tokens, 4, ':')));
  });

  it('leaves other keys, and "query:" written inside another text block, alone', async () => {
    const tokens = await tokenize('description: |\n  query: select 1\nsubquery: select 1\nimplementation: select 1\n');
    assert.ok(!tokens.some((t) => isSql(t.scopes)), JSON.stringify(tokens.filter((t) => isSql(t.scopes))));
  });
});
