import assert from 'node:assert/strict';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { Fixer } from '../../src/engine/fix/fixer';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import type { TextEdit } from '../../src/engine/types';

const run = (text: string, make: (f: Fixer) => TextEdit | null): string | null => {
  const file = parseYamlFile(text);
  const edit = make(new Fixer(file, file.documents[0].doc));
  return edit ? applyEdits(text, [edit]) : null;
};

const base = [
  'schema:',
  '  - name: orders # the table',
  '    properties:',
  '      - name: order_id',
  '        primaryKey: true # key',
  '',
  '      - name: qty',
  'status: active',
  '',
].join('\n');

describe('fixer', () => {
  it('inserts entries after the last key of a nested map, matching its indentation and keeping comments', () => {
    const out = run(base, (f) => f.insertEntries(['schema', 0, 'properties', 0], 'required: true\nunique: true'));
    assert.equal(
      out,
      base.replace(
        'primaryKey: true # key\n',
        'primaryKey: true # key\n        required: true\n        unique: true\n',
      ),
    );
  });

  it('adds a sequence under a new key', () => {
    const out = run(base, (f) =>
      f.addSequenceItem(['schema', 0, 'properties', 1], 'quality', 'metric: nullValues\nmustBe: 0'),
    );
    assert.equal(
      out,
      base.replace(
        '      - name: qty\n',
        '      - name: qty\n        quality:\n          - metric: nullValues\n            mustBe: 0\n',
      ),
    );
  });

  it('appends an item to an existing block sequence', () => {
    const out = run(base, (f) => f.appendToSequence(['schema', 0, 'properties'], 'name: total'));
    assert.equal(out, base.replace('      - name: qty\n', '      - name: qty\n      - name: total\n'));
  });

  it('renames a key and replaces a value in place', () => {
    assert.equal(
      run('a:\n  dimension: cp # short\n', (f) => f.replaceValue(['a', 'dimension'], 'completeness')),
      'a:\n  dimension: completeness # short\n',
    );
    assert.equal(
      run('a:\n  rule: nullCheck\n', (f) => f.renameKey(['a', 'rule'], 'metric')),
      'a:\n  metric: nullCheck\n',
    );
  });

  it('removes a whole entry, block value included, and nothing else: its comments stay on their own lines', () => {
    const text = 'a: 1\nslaDefaultElement: orders.ts # old\nb:\n  c: 2\n';
    assert.equal(
      run(text, (f) => f.removeEntry(['slaDefaultElement'])),
      'a: 1\n# old\nb:\n  c: 2\n',
    );
    assert.equal(
      run(text, (f) => f.removeEntry(['b'])),
      'a: 1\nslaDefaultElement: orders.ts # old\n',
    );
  });

  it('keeps Windows line endings', () => {
    const text = 'a:\r\n  b: 1\r\nc: 2\r\n';
    assert.equal(
      run(text, (f) => f.insertEntries(['a'], 'd: 3')),
      'a:\r\n  b: 1\r\n  d: 3\r\nc: 2\r\n',
    );
  });

  it('offers no edit on flow style rather than a risky one', () => {
    assert.equal(
      run('a: {b: 1}\n', (f) => f.insertEntries(['a'], 'c: 2')),
      null,
    );
    assert.equal(
      run('a: [1]\n', (f) => f.appendToSequence(['a'], '2')),
      null,
    );
  });
});
