import assert from 'node:assert/strict';
import { pathAtPosition } from '../../src/engine/services/path-at-position';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { BARE_ORDERS, WELL_SPECIFIED } from './contracts';
import { caret } from './caret';

const at = (marked: string, marker = '|') => {
  const { text, position } = caret(marked, marker);
  return pathAtPosition(text, position);
};

describe('pathAtPosition', () => {
  describe('on valid YAML', () => {
    it('finds a top-level key under the cursor and its whole range', () => {
      const r = at('apiVersion: v3.1.0\nsta|tus: active\n');
      assert.equal(r.kind, 'key');
      assert.deepEqual(r.path, ['status']);
      assert.equal(r.prefix, 'sta');
      assert.deepEqual(r.keyRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    });

    it('finds a value in a nested list item', () => {
      const r = at(
        'schema:\n  - name: orders\n    properties:\n      - name: id\n      - name: total\n        logicalType: num|ber\n',
      );
      assert.equal(r.kind, 'value');
      assert.deepEqual(r.path, ['schema', 0, 'properties', 1, 'logicalType']);
      assert.equal(r.prefix, 'num');
      assert.deepEqual(r.range, { start: { line: 5, character: 21 }, end: { line: 5, character: 27 } });
    });

    it('counts list items written without indentation under their key', () => {
      const r = at('schema:\n- name: orders\n  properties:\n  - name: id\n  - name: x\n    lo|\nother: 1\n');
      assert.deepEqual(r.parentPath, ['schema', 0, 'properties', 1]);
      assert.deepEqual(r.existingKeys, ['name']);
    });

    it('lists the keys already present in the mapping, before and after the cursor', () => {
      const r = at('team:\n  name: sales\n  |\n  members:\n    - username: a\n');
      assert.deepEqual(r.parentPath, ['team']);
      assert.deepEqual(r.existingKeys.sort(), ['members', 'name']);
    });

    it('ignores comments and keys in block scalars', () => {
      const s = at('description:\n  purpose: |\n    owner: not a key\n  # comment\n  ^\n', '^');
      assert.deepEqual(s.parentPath, ['description']);
      assert.deepEqual(s.existingKeys, ['purpose']);
    });
  });

  describe('while typing (broken input)', () => {
    it('a key with a colon and nothing after it is a value position', () => {
      const r = at('schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: |');
      assert.equal(r.kind, 'value');
      assert.deepEqual(r.path, ['schema', 0, 'properties', 0, 'logicalType']);
      assert.equal(r.prefix, '');
    });

    it('a half-typed key without a colon is a key position in the right mapping', () => {
      const r = at('schema:\n  - name: orders\n    properties:\n      - name: id\n        logi|\n');
      assert.equal(r.kind, 'key');
      assert.deepEqual(r.parentPath, ['schema', 0, 'properties', 0]);
      assert.equal(r.prefix, 'logi');
      assert.deepEqual(r.range, { start: { line: 4, character: 8 }, end: { line: 4, character: 12 } });
    });

    it('a fresh dash opens the next list item', () => {
      const r = at('team:\n  members:\n    - username: a\n      role: Data Owner\n    - |');
      assert.deepEqual(r.parentPath, ['team', 'members', 1]);
      assert.equal(r.onListItem, true);
      assert.deepEqual(r.existingKeys, []);
    });

    it('a dedented blank line belongs to the outer mapping', () => {
      const r = at('schema:\n  - name: orders\n    properties:\n      - name: id\n    |');
      assert.deepEqual(r.parentPath, ['schema', 0]);
      assert.deepEqual(r.existingKeys.sort(), ['name', 'properties']);
    });

    it('an unclosed quote earlier in the file does not lose the path', () => {
      const r = at('description:\n  purpose: "Orders placed\nschema:\n  - name: orders\n    physicalType: tab|');
      assert.deepEqual(r.path, ['schema', 0, 'physicalType']);
      assert.equal(r.kind, 'value');
    });

    it('tabs and stray text on other lines do not lose the path', () => {
      const r = at('schema:\n\t- broken\n  - name: orders\n    ]]] stray\n    quality:\n      - metric: |');
      assert.deepEqual(r.path, ['schema', 0, 'quality', 0, 'metric']);
    });

    it('inside an SQL block the path is the query, with the word before the cursor', () => {
      const r = at(
        'schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: |\n          SELECT COUNT(*) FROM {obj^\n',
        '^',
      );
      assert.equal(r.inBlockScalar, true);
      assert.deepEqual(r.path, ['schema', 0, 'quality', 0, 'query']);
      assert.equal(r.prefix, 'obj');
    });

    it('inside an unfinished flow list the path is the list key', () => {
      const r = at('schema:\n  - name: orders\n    relationships:\n      - to: [customers.id, cus|');
      assert.equal(r.inFlow, true);
      assert.deepEqual(r.path, ['schema', 0, 'relationships', 0, 'to']);
      assert.equal(r.prefix, 'cus');
    });

    it('an empty document and an empty line at the start are the top level', () => {
      assert.deepEqual(at('|').parentPath, []);
      assert.deepEqual(at('|\napiVersion: v3.1.0\n').existingKeys, ['apiVersion']);
    });

    it('a position past the end of the text is clamped', () => {
      const r = pathAtPosition('team:\n  name: x\n', { line: 99, character: 99 });
      assert.equal(r.kind, 'key');
      assert.deepEqual(r.parentPath, []);
    });

    it('finds the document of a multi-document file', () => {
      const r = at('kind: DataContract\n---\nkind: DataContract\nteam:\n  na|');
      assert.equal(r.documentIndex, 1);
      assert.deepEqual(r.parentPath, ['team']);
      assert.deepEqual(at('---\nkind: DataContract\nsta|').documentIndex, 0);
    });

    it('quoted keys are read without their quotes', () => {
      const r = at('"team":\n  \'name\': x\n  |');
      assert.deepEqual(r.parentPath, ['team']);
      assert.deepEqual(r.existingKeys, ['name']);
    });
  });

  it('never throws and stays on the cursor line for any text', () => {
    const pieces = fc.constantFrom(
      'key: ',
      '- ',
      '  ',
      '\t',
      '|',
      '>',
      '[',
      ']',
      '{',
      '"',
      "'",
      '#',
      ':',
      '\n',
      '---\n',
      'a',
      '-',
      ' x',
      'q: |\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(20), fc.nat(30), (parts, line, character) => {
        const r = pathAtPosition(parts.join(''), { line, character });
        assert.ok(r.range.start.line === r.range.end.line);
        assert.ok(r.range.start.character <= r.range.end.character);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pathAtPosition agrees with the YAML parser on valid contracts', () => {
  const keysOf = (text: string) => {
    const doc = parseDocument(text, { keepSourceTokens: true });
    const found: Array<{ path: Array<string | number>; start: number; valueStart?: number }> = [];
    const walk = (node: unknown, path: Array<string | number>) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isScalar(pair.key) || !pair.key.range) continue;
          const childPath = [...path, String(pair.key.value)];
          const value = pair.value as { range?: [number, number, number] } | null;
          found.push({
            path: childPath,
            start: pair.key.range[0],
            valueStart: isScalar(pair.value) ? value?.range?.[0] : undefined,
          });
          walk(pair.value, childPath);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => walk(item, [...path, i]));
      }
    };
    walk(doc.contents, []);
    return found;
  };
  const positionOf = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  const official = readdirSync('test/fixtures/odcs')
    .filter((f) => f.endsWith('.odcs.yaml'))
    .map((f) => [`official example ${f}`, readFileSync(`test/fixtures/odcs/${f}`, 'utf8')]);
  const contracts = [
    ['well specified', WELL_SPECIFIED],
    ['bare', BARE_ORDERS],
    ['workspace fixture', readFileSync('test/fixtures/workspace/contracts/orders.odcs.yaml', 'utf8')],
    ...official,
  ];
  for (const [name, text] of contracts) {
    it(`finds the parser's path for keys and scalar values (${name})`, function () {
      // 240 lookups in a 5,000-line file take about a second alone; a loaded CI machine can be many times slower.
      this.timeout(120_000);
      const all = keysOf(text);
      assert.ok(all.length > 5);
      // At most about 120 keys per file, spread evenly, so the largest example stays quick.
      const step = Math.max(1, Math.ceil(all.length / 120));
      for (const k of all.filter((_, i) => i % step === 0)) {
        const onKey = pathAtPosition(text, positionOf(text, k.start + 1));
        assert.deepEqual(onKey.path, k.path, `key at ${JSON.stringify(positionOf(text, k.start))}`);
        assert.equal(onKey.kind, 'key');
        if (k.valueStart !== undefined && text[k.valueStart] !== '|' && text[k.valueStart] !== '>') {
          const onValue = pathAtPosition(text, positionOf(text, k.valueStart));
          assert.deepEqual(onValue.path, k.path, `value of ${k.path.join('.')}`);
          assert.equal(onValue.kind, 'value');
        }
      }
    });
  }
});
