import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { collectParts, type Obj } from '../../src/engine/contract-nodes';
import { walkValues, type ValueNode } from '../../src/engine/contract-values';
import { lintText } from '../../src/engine/lint';
import { contract32 } from '../helpers/rule-tester';

const valueOf = (yaml: string): Obj => parseDocument(yaml).toJS({ maxAliasCount: 100 }) as Obj;
const paths = (nodes: readonly ValueNode[]) => nodes.map((n) => n.path.join('.'));

describe('the shared walk of a contract’s values', () => {
  it('walks the contract once, and only when a rule first asks', () => {
    let reads = 0;
    const value: Obj = { apiVersion: 'v3.2.0', kind: 'DataContract' };
    Object.defineProperty(value, 'notes', {
      enumerable: true,
      get: () => {
        reads++;
        return ['TODO'];
      },
    });
    const parts = collectParts(value);
    assert.equal(reads, 0, 'collecting the parts does not walk every value');
    assert.deepEqual(
      parts.values.texts.map((t) => t.value),
      ['v3.2.0', 'DataContract', 'TODO'],
    );
    assert.equal(reads, 1);
    assert.deepEqual(
      parts.values.items.map((t) => t.path),
      [['notes', 0]],
    );
    assert.equal(reads, 1, 'asking again reuses the walk');
  });

  it('gives list items in document order, each before anything inside it', () => {
    const values = walkValues(
      valueOf('schema:\n  - id: a\n    properties:\n      - id: b\n      - id: c\n  - id: d\nservers:\n  - id: e\n'),
    );
    assert.deepEqual(paths(values.items), [
      'schema.0',
      'schema.0.properties.0',
      'schema.0.properties.1',
      'schema.1',
      'servers.0',
    ]);
    assert.deepEqual(paths(values.lists), ['schema', 'schema.0.properties', 'servers']);
  });

  it('leaves lists inside free-form values out of the structure, but keeps their texts', () => {
    const values = walkValues(
      valueOf(
        'customProperties:\n  - property: x\n    value:\n      - id: a\n' +
          'schema:\n  - name: t\n    quality:\n      - mustBe: [1, 2]\n        arguments: {list: [TODO]}\n',
      ),
    );
    assert.deepEqual(paths(values.lists), ['customProperties', 'schema', 'schema.0.quality']);
    assert.ok(paths(values.texts).includes('customProperties.0.value.0.id'));
    assert.ok(paths(values.texts).includes('schema.0.quality.0.arguments.list.0'));
    const custom = values.items.find((n) => n.path.join('.') === 'customProperties.0');
    assert.equal(custom?.inCustomProperties, true);
    assert.equal(values.items.find((n) => n.path.join('.') === 'schema.0')?.inCustomProperties, false);
  });

  it('walks a list an alias repeats at each place, but gives its texts once', () => {
    const values = walkValues(valueOf('a: &l\n  - id: x\nb: *l\n'));
    assert.deepEqual(paths(values.items), ['a.0', 'b.0']);
    assert.deepEqual(paths(values.texts), ['a.0.id']);
  });

  it('ends the walk where an alias holds itself', () => {
    const values = walkValues(
      valueOf('description: &d\n  purpose: orders\n  more: *d\n  list: &l\n    - x\n    - *l\n'),
    );
    assert.deepEqual(paths(values.texts), ['description.purpose', 'description.list.0']);
    assert.deepEqual(paths(values.items), ['description.list.0', 'description.list.1']);
  });

  it('lints a contract whose alias holds itself without an internal error, and checks the lists beside it', () => {
    const result = lintText(
      contract32(
        'description: &d\n  purpose: Orders placed online.\n  more: *d\n  list: &l\n    - id: a\n    - id: a\n    - *l\n',
      ),
      { fileName: 'orders.odcs.yaml' },
    );
    assert.deepEqual(result.internalErrors ?? [], []);
    const duplicate = result.findings.filter((f) => f.ruleId === 'unique-ids');
    assert.equal(duplicate.length, 1);
    assert.equal(duplicate[0].range.start.line, 10);
  });
});
