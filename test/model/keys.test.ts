import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { allKeyPaths, enumValuesAt, keysAt } from '../../src/engine/model';

const doc = parse(`apiVersion: v3.1.0
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        logicalTypeOptions: {}
      - name: lines
        logicalType: array
        items:
          logicalType: object
    quality:
      - type: sql
servers:
  - server: lake
    type: s3
team:
  - username: jdoe
`);

const names = (keys: ReturnType<typeof keysAt>) => keys?.map((k) => k.name) ?? [];

describe('model: keysAt / enumValuesAt / allKeyPaths', () => {
  it('offers the keys of the contract with required ones marked', () => {
    const keys = keysAt(doc, []);
    assert.ok(keys);
    const required = keys
      .filter((k) => k.required)
      .map((k) => k.name)
      .sort();
    assert.deepEqual(required, ['apiVersion', 'id', 'kind', 'version']);
    assert.equal(keys.find((k) => k.name === 'dataProduct')?.deprecated, true);
  });

  it('follows the logicalType: string options for a string, items only for an array', () => {
    assert.deepEqual(names(keysAt(doc, ['schema', 0, 'properties', 0, 'logicalTypeOptions'])), [
      'minLength',
      'maxLength',
      'pattern',
      'format',
    ]);
    assert.ok(!names(keysAt(doc, ['schema', 0, 'properties', 0])).includes('items'));
    assert.ok(names(keysAt(doc, ['schema', 0, 'properties', 1])).includes('items'));
    assert.ok(names(keysAt(doc, ['schema', 0, 'properties', 1, 'items'])).includes('properties'));
  });

  it('follows the quality type and the server type', () => {
    const sql = names(keysAt(doc, ['schema', 0, 'quality', 0]));
    assert.ok(sql.includes('query') && sql.includes('mustBe') && !sql.includes('engine'));
    const fresh = names(keysAt({ schema: [{ quality: [{}] }] }, ['schema', 0, 'quality', 0]));
    assert.ok(fresh.includes('metric'), 'a rule without a type is offered the library keys');
    const s3 = keysAt(doc, ['servers', 0])!;
    assert.deepEqual(
      s3.filter((k) => k.required).map((k) => k.name),
      ['server', 'type', 'location'],
    );
    assert.ok(!s3.some((k) => k.name === 'host'));
  });

  it('knows the legacy team list and the team object', () => {
    assert.ok(names(keysAt(doc, ['team', 0])).includes('username'));
    assert.ok(names(keysAt({ team: { members: [] } }, ['team'])).includes('members'));
  });

  it('returns undefined outside the model', () => {
    assert.equal(keysAt(doc, ['nope']), undefined);
    assert.equal(keysAt(doc, ['schema']), undefined);
  });

  it('lists the allowed values of enums and booleans', () => {
    assert.deepEqual(enumValuesAt(doc, ['schema', 0, 'properties', 0, 'logicalType']), [
      'string',
      'date',
      'timestamp',
      'time',
      'number',
      'integer',
      'object',
      'array',
      'boolean',
      'map',
      'vector',
    ]);
    assert.equal(enumValuesAt(doc, ['servers', 0, 'type'])?.length, 44);
    assert.equal(enumValuesAt(doc, ['servers', 0, 'type'], 'v3.1.0')?.length, 34);
    assert.deepEqual(enumValuesAt(doc, ['schema', 0, 'properties', 0, 'required']), ['true', 'false']);
    assert.equal(enumValuesAt(doc, ['schema', 0, 'name']), undefined);
    assert.deepEqual(
      enumValuesAt(doc, ['schema', 0, 'properties', 0, 'logicalType'], 'v3.0.2')?.includes('timestamp'),
      false,
    );
  });

  it('lists every key of the model once, by its shortest pattern', () => {
    const patterns = allKeyPaths().map((p) => p.pattern);
    assert.equal(new Set(patterns).size, patterns.length);
    for (const p of [
      'apiVersion',
      'schema[].properties[].logicalType',
      'schema[].properties[].logicalTypeOptions.maxLength',
      'schema[].quality[].mustBeBetween',
      'servers[].stagingDir',
      'team.members[].username',
      'slaProperties[].element',
      'schema[].relationships[].to',
    ])
      assert.ok(patterns.includes(p), p);
    assert.ok(allKeyPaths().every((p) => p.info.description.length > 0));
  });
});
