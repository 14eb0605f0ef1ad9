import assert from 'node:assert/strict';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { scalarOffsetMap } from '../../src/engine/sql/scalar-map';
import { findPlaceholders, protectPlaceholders } from '../../src/engine/sql/placeholders';
import { dialectsForServers } from '../../src/engine/sql/dialect';

/** The file text at which each character of the value of `key` comes from must be that same character. */
function assertMapsBack(text: string) {
  const doc = parseDocument(text);
  assert.ok(isMap(doc.contents));
  const node = doc.contents.items[0].value as Scalar;
  assert.ok(isScalar(node));
  const map = scalarOffsetMap(text, node);
  assert.ok(map, `no map for ${node.type}`);
  const value = String(node.value).replace(/\n+$/, '');
  assert.equal(map.length, value.length);
  [...value].forEach((ch, i) => {
    if (ch === ' ' || ch === '\n') return; // folded line breaks map to the break
    assert.equal(text[map[i]] === ch || text[map[i]] === '\\', true, `char ${i} '${ch}' maps to '${text[map[i]]}'`);
  });
}

describe('scalarOffsetMap', () => {
  it('maps literal and folded blocks, with chomping and header comments', () => {
    assertMapsBack('q: | # c\n  select 1\n\n    from x\n');
    assertMapsBack('q: >-\n  select 1\n  from x\n\n  where y\n');
    assertMapsBack('q: |+\n  a\n\n');
  });
  it('maps plain, single- and double-quoted scalars, with escapes and folding', () => {
    assertMapsBack('q: select 1\n  from   x\n\n  where y\n');
    assertMapsBack("q: 'it''s\n   here'\n");
    assertMapsBack('q: "a \\"b\\" \\u00e9\n  c\\\n  d"\n');
  });
  it('gives up rather than guess on forms it does not rebuild', () => {
    const text = 'q: |2\n    select\n';
    const node = (parseDocument(text).contents as { items: Array<{ value: Scalar }> }).items[0].value;
    const map = scalarOffsetMap(text, node);
    if (map) assert.equal(text[map[0]], ' '); // indentation indicator: content keeps two spaces
  });
});

describe('placeholders', () => {
  it('finds the families, but not inside strings or comments', () => {
    const found = findPlaceholders(
      "select {object}, ${property}, {{ column }}, {objet} from t where a = '{table}' -- {x}\n/* {y} */",
    );
    assert.deepEqual(
      found.map((p) => [p.text, p.known]),
      [
        ['{object}', true],
        ['${property}', true],
        ['{{ column }}', true],
        ['{objet}', false],
      ],
    );
  });
  it('protects and restores them with same-length stand-ins', () => {
    const sql = 'select {property} from ${table}';
    const guarded = protectPlaceholders(sql);
    assert.equal(guarded.sql.length, sql.length);
    assert.doesNotMatch(guarded.sql, /[{}$]/);
    assert.equal(guarded.restore(guarded.sql), sql);
  });
});

describe('dialectsForServers', () => {
  it('maps server types, drops duplicates and falls back to standard SQL', () => {
    assert.deepEqual(
      dialectsForServers([{ type: 'postgres' }, { type: 'athena' }, { type: 'postgres' }, { type: 'kafka' }]),
      ['postgresql', 'trino'],
    );
    assert.deepEqual(dialectsForServers([{ type: 'databricks' }, { type: 'sqlserver' }, { type: 'oracle' }]), [
      'spark',
      'transactsql',
      'plsql',
    ]);
    assert.deepEqual(dialectsForServers(undefined), ['sql']);
    assert.deepEqual(dialectsForServers('nonsense'), ['sql']);
  });
});
