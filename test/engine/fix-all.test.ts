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
