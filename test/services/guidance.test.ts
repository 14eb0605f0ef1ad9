import assert from 'node:assert/strict';
import { allKeyPaths, keysAt, ODCS_VERSIONS } from '../../src/engine/model';
import { ruleById } from '../../src/engine/rules';
import { guidanceAt, guidanceForPath } from '../../src/engine/services/guidance';
import { allGuidanceEntries, guidanceEntry, kindAndKey, patternToPath } from '../../src/engine/guidance';
import { caret } from './caret';
import { WELL_SPECIFIED } from './contracts';

describe('guidance', () => {
  it('covers every key of the ODCS model', () => {
    const missing = allKeyPaths()
      .filter(({ pattern }) => guidanceForPath(pattern) === undefined)
      .map((k) => k.pattern);
    assert.deepEqual(missing, []);
  });

  it('covers the keys of every supported ODCS version and branch (server types, logical types, rule types)', () => {
    const places: Array<[unknown, Array<string | number>]> = [
      [{}, []],
      [{}, ['description']],
      [{ schema: [{}] }, ['schema', 0]],
      [{ team: {} }, ['team']],
      [{ team: [{}] }, ['team', 0]],
      [{ team: { members: [{}] } }, ['team', 'members', 0]],
      [{ price: {} }, ['price']],
      [{ schema: [{ relationships: [{}] }] }, ['schema', 0, 'relationships', 0]],
      ...['roles', 'support', 'slaProperties', 'customProperties', 'authoritativeDefinitions'].map(
        (k): [unknown, Array<string | number>] => [{ [k]: [{}] }, [k, 0]],
      ),
      [{ context: {} }, ['context']],
      [{ schema: [{ context: { verifiedStatements: [{}], constraints: [{}] } }] }, ['schema', 0, 'context']],
      [{ context: { verifiedStatements: [{}] } }, ['context', 'verifiedStatements', 0]],
      [{ context: { constraints: [{}] } }, ['context', 'constraints', 0]],
      [{ schema: [{ synonyms: [{}] }] }, ['schema', 0, 'synonyms', 0]],
      [{ schema: [{ properties: [{ enum: [{}] }] }] }, ['schema', 0, 'properties', 0, 'enum', 0]],
      [{ schema: [{ properties: [{ synonyms: [{}] }] }] }, ['schema', 0, 'properties', 0, 'synonyms', 0]],
      [{ schema: [{ properties: [{ logicalType: 'map', map: {} }] }] }, ['schema', 0, 'properties', 0, 'map']],
      [
        { schema: [{ properties: [{ logicalType: 'map', map: { value: { logicalType: 'vector' } } }] }] },
        ['schema', 0, 'properties', 0, 'map', 'value'],
      ],
      [{ slaProperties: [{}] }, ['slaProperties', 0]],
      ...[
        'api',
        'athena',
        'bigquery',
        'custom',
        'databricks',
        'kafka',
        'local',
        'oracle',
        's3',
        'snowflake',
        'sftp',
        'trino',
        'hana',
        'iceberg',
        'exasol',
        'teradata',
        'ingres',
        'vectorwise',
        'versant',
        'poet',
        'fastobjects',
        'btrieve',
        'glue',
        'azure',
      ].map((type): [unknown, Array<string | number>] => [{ servers: [{ type }] }, ['servers', 0]]),
      ...['string', 'date', 'timestamp', 'number', 'integer', 'object', 'array', 'boolean', 'map', 'vector'].flatMap(
        (logicalType): Array<[unknown, Array<string | number>]> => [
          [{ schema: [{ properties: [{ logicalType }] }] }, ['schema', 0, 'properties', 0]],
          [
            { schema: [{ properties: [{ logicalType, logicalTypeOptions: {} }] }] },
            ['schema', 0, 'properties', 0, 'logicalTypeOptions'],
          ],
        ],
      ),
      ...['text', 'library', 'sql', 'custom'].map((type): [unknown, Array<string | number>] => [
        { schema: [{ quality: [{ type }] }] },
        ['schema', 0, 'quality', 0],
      ]),
    ];
    const missing: string[] = [];
    for (const version of ODCS_VERSIONS) {
      for (const [doc, path] of places) {
        for (const k of keysAt(doc, path, version) ?? [])
          if (!guidanceForPath([...path, k.name])) missing.push(`${version} ${[...path, k.name].join('.')}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('gives each key a meaning in plain sentences and an example that mentions it', () => {
    for (const { pattern, info } of allKeyPaths()) {
      const g = guidanceForPath(pattern);
      assert.ok(g, pattern);
      assert.match(g.meaning, /^[A-Z].*[.)]$/s, `${pattern}: meaning should be a sentence`);
      assert.doesNotMatch(
        g.meaning,
        /\b(schema\[|properties\[|\$ref|JSON Schema)/,
        `${pattern}: written for an analyst`,
      );
      assert.ok(g.example.length > 0, pattern);
      if (!info.deprecated)
        assert.ok(
          g.example.includes(`${info.name}:`) || g.example.includes(`${info.name}\n`),
          `${pattern}: example shows the key`,
        );
    }
  });

  it('names only rules that are registered, linked to their documentation', () => {
    const g = guidanceForPath(['schema', 0, 'properties', 0, 'primaryKey']);
    assert.ok(g);
    assert.ok(
      g.rules.some(
        (r) => r.id === 'primary-key-required-unique' && r.docsUrl.endsWith('/primary-key-required-unique.md'),
      ),
    );
    for (const r of g.rules) assert.ok(ruleById.has(r.id));
    assert.equal(g.dimension, 'uniqueness');
  });

  it('links no rule that does not exist', () => {
    const unknown = allGuidanceEntries().flatMap(({ kind, key, entry }) =>
      (entry.rules ?? []).filter((id) => !ruleById.has(id)).map((id) => `${kind}.${key}: ${id}`),
    );
    assert.deepEqual(unknown, []);
  });

  it('explains the ODCS v3.2.0 additions where they are written', () => {
    assert.match(guidanceForPath('schema[].properties[].semanticType')?.meaning ?? '', /measure.*transformLogic/);
    assert.match(guidanceForPath('schema[].properties[].enum[].label')?.meaning ?? '', /shown to people/);
    assert.equal(guidanceForPath('schema[].properties[].enum')?.dimension, 'validity');
    assert.deepEqual(kindAndKey(['schema', 0, 'properties', 2, 'map', 'value', 'logicalType']), {
      kind: 'property',
      key: 'logicalType',
    });
    assert.match(guidanceForPath('schema[].properties[].map.key')?.meaning ?? '', /keys of the map/);
    assert.match(guidanceForPath('schema[].properties[].logicalTypeOptions.dimensions')?.meaning ?? '', /vector/);
    assert.match(guidanceForPath(['schema', 0, 'context', 'constraints', 1, 'constraint'])?.meaning ?? '', /must not/);
    assert.match(guidanceForPath('context.verifiedStatements[].answer')?.title ?? '', /^answer — verified question$/);
    assert.match(guidanceForPath('schema[].synonyms[].locale')?.meaning ?? '', /language/);
    assert.match(guidanceForPath('servers[].encoding')?.meaning ?? '', /UTF-8/);
    assert.match(guidanceForPath('customProperties[].vendor')?.meaning ?? '', /tool or supplier/);
    assert.ok(
      guidanceForPath('schema[].properties[].semanticType')?.rules.some((r) => r.id === 'measure-transform-logic'),
    );
    const v32 = { apiVersion: 'v3.2.0', schema: [{ name: 'o', properties: [{ name: 'x' }] }] };
    assert.deepEqual(guidanceForPath(['schema', 0, 'properties', 0, 'semanticType'], v32)?.enumValues, [
      'column',
      'measure',
      'dimension',
    ]);
    assert.ok(guidanceForPath(['schema', 0, 'properties', 0, 'logicalType'], v32)?.enumValues?.includes('vector'));
    assert.ok(
      !guidanceForPath(['schema', 0, 'properties', 0, 'logicalType'], {
        ...v32,
        apiVersion: 'v3.1.0',
      })?.enumValues?.includes('vector'),
    );
  });

  it('reads the same key differently by where it is', () => {
    assert.match(guidanceForPath('schema[].name')?.meaning ?? '', /table/);
    assert.match(guidanceForPath('team.members[].role')?.meaning ?? '', /Data Owner/);
    assert.match(guidanceForPath('slaProperties[].unit')?.meaning ?? '', /days/);
    assert.match(guidanceForPath('schema[].properties[].logicalTypeOptions.required')?.meaning ?? '', /nested object/);
    assert.deepEqual(
      kindAndKey(['team', 0, 'role']),
      { kind: 'teamMember', key: 'role' },
      'the deprecated list form of team',
    );
    assert.deepEqual(kindAndKey(['schema', 0, 'properties', 1, 'items', 'properties', 0, 'quality', 0, 'metric']), {
      kind: 'quality',
      key: 'metric',
    });
    assert.equal(kindAndKey(['nonsense', 'key']), undefined);
    assert.deepEqual(patternToPath('schema[].quality[].type'), ['schema', 0, 'quality', 0, 'type']);
    assert.ok(guidanceEntry('server', 'host'));
  });

  it('finds the guidance for the key under the cursor, or for the value', () => {
    const onKey = caret(WELL_SPECIFIED.replace('        primaryKey: true', '        primary|Key: true'));
    assert.equal(guidanceAt(onKey.text, onKey.position)?.key, 'primaryKey');
    const onValue = caret(WELL_SPECIFIED.replace('      role: Data Owner', '      role: Data Ow|ner'));
    const g = guidanceAt(onValue.text, onValue.position);
    assert.equal(g?.kind, 'teamMember');
    assert.equal(g?.key, 'role');
    assert.equal(g?.dimension, 'ownership');
  });

  it('reports from the model whether a key is required, and its allowed values', () => {
    const g = guidanceForPath(['schema', 0, 'properties', 0, 'logicalType'], {
      schema: [{ properties: [{ name: 'x' }] }],
    });
    assert.equal(g?.required, false);
    assert.ok(g?.enumValues?.includes('timestamp'));
    assert.equal(guidanceForPath(['apiVersion'], {})?.required, true);
  });

  it('says nothing on a blank line or an unknown key', () => {
    const blank = caret('apiVersion: v3.1.0\n|\n');
    assert.equal(guidanceAt(blank.text, blank.position), undefined);
    const unknown = caret('apiVersion: v3.1.0\nfoo|bar: 1\n');
    assert.equal(guidanceAt(unknown.text, unknown.position), undefined);
  });
});
