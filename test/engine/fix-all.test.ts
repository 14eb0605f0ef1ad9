import assert from 'node:assert/strict';
import { fixAll } from '../../src/engine/fix/fix-all';
import { lintText } from '../../src/engine/lint';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';

describe('fix all', () => {
  const text = [
    '# Orders, first draft',
    'apiVersion: v3.1.0',
    'kind: DataContract',
    'id: orders',
    'version: 1.0.0',
    'status: active',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: order_id # the key',
    '        logicalType: string',
    '        primaryKey: true',
    '',
  ].join('\n');

  it('applies fixes that insert at the same point in separate passes, so the file stays valid', () => {
    const { text: fixed, applied } = fixAll(text, (t) => lintText(t));
    assert.ok(applied >= 2, `applied ${applied}`);
    const problems = parseYamlFile(fixed).documents.flatMap((d) => d.problems);
    assert.deepEqual(problems.map((p) => p.message), []);
    assert.ok(fixed.includes('      - name: order_id # the key\n'), 'keeps the comment');
    assert.match(fixed, /\nteam:\n/, 'the team skeleton is a top-level key');
    assert.match(fixed, /\n {8}required: true\n/, 'required is added to the property');
  });

  it('reaches a fixed point: fixing the fixed text changes nothing', () => {
    const once = fixAll(text, (t) => lintText(t)).text;
    assert.equal(fixAll(once, (t) => lintText(t)).text, once);
  });
});

describe('fix all on a file with a byte-order mark', () => {
  it('indents inserted root keys at column 0 and applies each fix once', () => {
    const text = '\uFEFFapiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n';
    const { text: fixed } = fixAll(text, (t) => lintText(t));
    assert.equal(parseYamlFile(fixed).documents.flatMap((d) => d.problems).length, 0);
    assert.equal(fixed.match(/^team:/gm)?.length, 1);
  });
});
