// Hand-picked contracts around the tricky parts of the v3.1.0 schema (if/then without a
// discriminator, oneOf operators, formats, team forms), each appended to a minimal contract.
export const EDGE_HEAD = 'apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n';
const P = (p: string) => `schema:\n  - name: t\n    properties:\n      - name: p\n${p.split('\n').map((l) => '        ' + l).join('\n')}\n`;
const Q = (q: string) => `schema:\n  - name: t\n    quality:\n      - ${q.split('\n').join('\n        ')}\n`;
const S = (s: string) => `servers:\n  - server: s\n    ${s.split('\n').join('\n    ')}\n`;
export const EDGE_CASES: string[] = [
  P('logicalTypeOptions: {}'), P('logicalTypeOptions: {minLength: 1}'), P('logicalType: boolean\nlogicalTypeOptions: {anything: 1}'),
  P('logicalType: boolean\nlogicalTypeOptions: []'), P('items: {logicalType: string}\nproperties: [{name: a}]'),
  P('logicalType: integer\nlogicalTypeOptions: {format: i33}'), P('logicalType: number\nlogicalTypeOptions: {multipleOf: 0}'),
  P('logicalType: object\nlogicalTypeOptions: {required: []}'), P('logicalType: object\nlogicalTypeOptions: {required: [a, a]}'),
  P('primaryKeyPosition: 1.5'), P('primaryKeyPosition: 1.0'), P('examples: []'), P('logicalType: timestamp\nlogicalTypeOptions: {timezone: "yes"}'),
  P('relationships: [{to: a.b}]'), P('relationships: [{to: [a.b, schema/x/properties/y]}]'), P('relationships: [{to: []}]'), P('relationships: [{to: "a b"}]'),
  P('relationships: [{to: a.b, type: foreignKey, customProperties: [{property: x, value: null}]}]'),
  Q('type: sql\nmetric: rowCount\nquery: q\nmustBe: 1'), Q('type: sql\nmetric: rowCount\nmustBe: 1'), Q('type: text\nmetric: 5'),
  Q('rule: nullCheck'), Q('description: d'), Q('type: custom\nengine: soda\nimplementation: []'), Q('type: custom\nengine: soda\nimplementation: {a: 1}'),
  Q('metric: rowCount\nmustBe: null'), Q('metric: rowCount\nmustBe: 1\nmustBeGreaterThan: x'), Q('metric: rowCount\nmustBeBetween: [1, 2, 3]'),
  Q('metric: rowCount\nmustBeBetween: [2, 1]'), Q('metric: rowCount\nmustBe: 0\narguments: []'), Q('metric: rowCount\nmustBe: 0\nrule: x'),
  'team: [{role: x}]', 'team: []', 'team: {members: []}', 'team: {}', 'team: [{username: a, members: []}]',
  'schema:\n  - name: t\n    relationships: [{from: [a.b], to: [c.d]}]', 'schema:\n  - name: t\n    relationships: [{from: [], to: []}]',
  'schema:\n  - name: t\n    relationships: [{from: a.b, to: c.d}]', 'schema:\n  - name: t\n    logicalType: Object', 'schema:\n  - name: t\n    id: "a b"',
  'customProperties: [{property: x, value: null}]', 'customProperties: [{property: x}]', 'slaProperties: [{property: x, value: null}]', 'slaProperties: [{property: x, value: {a: 1}}]',
  'contractCreatedTs: "2025-01-01 10:00:00Z"', 'contractCreatedTs: "2025-01-01T10:00:00"', 'contractCreatedTs: "2025-02-30T10:00:00Z"', 'contractCreatedTs: 2025-01-01T10:00:00+01:00',
  S('type: custom\nstagingDir: notauri'), S('type: sftp\nlocation: sftp://x'), S('type: sftp\nlocation: s3://x'), S('type: kinesis'), S('type: s3\nlocation: "s3://b/p"\nendpointUrl: "http://x"'),
  S('type: api\nlocation: "foo:bar"'), S('type: api\nlocation: "http://"'), S('type: athena\nstagingDir: s3://x\nschema: s\nstaging_dir: x'),
  'description: text', 'description: {usage: u, foo: 1}', 'description: {authoritativeDefinitions: [{url: u}]}', 'apiVersion2: x', 'price: {priceAmount: "1"}',
  'support: [{channel: c}]', 'support: [{url: u}]', 'roles: [{role: r, id: "x y"}]', 'tags: [1]', 'authoritativeDefinitions: [{url: u, type: t, description: d, id: i}]',
  'team: {members: [{username: u, dateIn: "2024-02-29", dateOut: "2023-02-29"}]}', 'dataProduct: x\nslaDefaultElement: y',
];

// Hand-picked contracts around what ODCS v3.2.0 adds, each with the verdict of the ODCS v3.2.0 schema
// (`true` = valid). The v3.1.0 cases above are also run as v3.2.0 contracts.
export const EDGE_HEAD_V32 = EDGE_HEAD.replace('v3.1.0', 'v3.2.0');
const PG = 'type: postgresql\nhost: db\ndatabase: d\nschema: public';
const MAP = 'map:\n  key: {logicalType: string}\n  value: {logicalType: integer}';
export const EDGE_CASES_V32: Array<[body: string, valid: boolean]> = [
  // ${VAR} variables: only the server port accepts text instead of a number
  [S(`${PG}\nport: \${DB_PORT}`), true], [S(`${PG}\nport: \${DB_PORT:-5432}`), true], [S(`${PG}\nport: "5432"`), true],
  [S(`${PG}\nport: 5432`), true], [S(`${PG}\nport: 54.32`), false], [S(`${PG}\nport: true`), false], [S(PG), false],
  [P('primaryKey: true\nprimaryKeyPosition: ${KEY_POS}'), false], [S('type: postgresql\nhost: ${DB_HOST}\nport: 1\ndatabase: ${DB}\nschema: s'), true],
  // maps
  [P(`logicalType: map\n${MAP}`), true], [P('logicalType: map'), false], [P(MAP), false], [P('logicalType: map\nmap: {key: {logicalType: string}}'), false],
  [P('logicalType: map\nmap: {value: {logicalType: string}}'), false], [P(`logicalType: map\n${MAP}\n  extra: 1`), false], [P(`logicalType: string\n${MAP}`), false],
  [P('logicalType: map\nmap: {key: {logicalType: string}, value: {logicalType: array, items: {logicalType: number}}}'), true],
  // vectors
  [P('logicalType: vector\nlogicalTypeOptions: {dimensions: 768}'), true], [P('logicalType: vector'), true],
  [P('logicalType: vector\nlogicalTypeOptions: {elementType: float32}'), false], [P('logicalType: vector\nlogicalTypeOptions: {dimensions: 0}'), false],
  [P('logicalType: vector\nlogicalTypeOptions: {dimensions: 3, elementType: float33}'), false], [P('logicalType: vector\nlogicalTypeOptions: {dimensions: 3, distanceMetric: cosine, normalized: true}'), true],
  [P('logicalType: vector\nlogicalTypeOptions: {dimensions: 3, maxLength: 3}'), false], [P('logicalType: string\nlogicalTypeOptions: {dimensions: 3}'), false],
  // enumerations
  [P('logicalType: string\nenum: []'), false], [P('logicalType: string\nenum: [{value: a}, {value: a}]'), false], [P('logicalType: string\nenum: [{value: a}, {value: b}]'), true],
  [P('logicalType: string\nenum: [{value: a, label: A}, {value: a, label: B}]'), true], [P('logicalType: integer\nenum: [{value: 1, label: One, description: d, tags: [t]}]'), true],
  [P('logicalType: string\nenum: [{label: A}]'), false], [P('logicalType: string\nenum: [a, b]'), false], [P('logicalType: string\nenum: [{value: {a: 1}}]'), false],
  [P('logicalType: string\nenum: [{value: a, colour: red}]'), false], [P('enum: [{value: a}]'), true],
  // the schema object's logicalType: 'object' only ('blob' is a datacontract-cli addition, not ODCS)
  ['schema:\n  - name: t\n    logicalType: blob\n', false], ['schema:\n  - name: t\n    logicalType: object\n', true], [P('logicalType: blob'), false],
  // logicalTypeOptions without a logicalType: every unguarded type branch applies at once
  [P('logicalTypeOptions: {maxLength: 10}'), false], [P('logicalTypeOptions: {}'), true], [P('physicalType: varchar'), true],
  // relationships with an id
  // (its description denies '.', '#', '/' … as in a stable id, but the schema has no pattern for it)
  [P('relationships: [{to: a.b, id: r1}]'), true], [P('relationships: [{to: a.b, id: "r.1"}]'), true], [P('relationships: [{to: a.b, id: 1}]'), false],
  ['schema:\n  - name: t\n    relationships: [{id: r1, from: a.b, to: c.d}]\n', true],
  // synonyms, semanticType and deprecated
  [P('synonyms: [{synonym: revenue}]'), true], [P('synonyms: [{description: d}]'), false], [P('synonyms: [revenue]'), false], [P('synonyms: []'), true],
  ['schema:\n  - name: t\n    synonyms: [{synonym: sales}]\n', true], [P('semanticType: measure\nlogicalType: number\ntransformLogic: SUM(x)'), true],
  [P('semanticType: metric'), false], [P('semanticType: dimension'), true],
  [P('deprecated: "yes"'), false], [P('deprecated: true'), true], ['schema:\n  - name: t\n    deprecated: false\n', true],
  // context: a text or an object of instructions, verified statements and constraints
  ['context: Use for monthly reporting only.\n', true], ['context: {instructions: i, verifiedStatements: [{question: q, answer: a}], constraints: [{constraint: c}]}\n', true],
  ['context: {verifiedStatements: [{answer: a}]}\n', false], ['context: {constraints: [{id: c1}]}\n', false], ['context: {hints: x}\n', false], ['context: []\n', false],
  ['schema:\n  - name: t\n    context: {instructions: Rows are orders.}\n', true], [P('context: Amounts are in cents.'), false],
  // server encoding, custom property vendor
  [S('type: s3\nlocation: s3://b/p\nencoding: UTF-8'), true], [S('type: s3\nlocation: s3://b/p\nencoding: 65001'), false],
  ['customProperties: [{property: x, value: 1, vendor: acme}]\n', true], ['customProperties: [{property: x, value: 1, vendor: 12}]\n', false],
  // the new server types and what each requires
  [S('type: hana\nhost: h'), true], [S('type: hana\nport: 30015\ndatabase: d'), false],
  [S('type: iceberg\ncatalog: c\ncatalogUrl: https://c'), true], [S('type: iceberg\ncatalog: c'), false],
  [S('type: exasol\nhost: h'), true], [S('type: exasol\nport: 8563'), false],
  [S('type: teradata\nhost: h'), true], [S('type: teradata\ndatabase: d'), false],
  [S('type: ingres\nhost: h\ndatabase: d'), true], [S('type: ingres\ndatabase: d'), false],
  [S('type: vectorwise\nhost: h\ndatabase: d'), true], [S('type: vectorwise\nhost: h'), false],
  [S('type: versant\ndatabase: d'), true], [S('type: versant\nhost: h'), false],
  [S('type: poet\ndatabase: d'), true], [S('type: poet\nhost: h'), false],
  [S('type: fastobjects\ndatabase: d'), true], [S('type: fastobjects\nhost: h'), false],
  [S('type: btrieve\nhost: h\ndatabase: d'), true], [S('type: btrieve\ndatabase: d'), false], [S('type: zen\nhost: h\ndatabase: d'), true],
  [S('type: hana\nhost: h\ncatalog: c'), false], [S('type: mongodb\nhost: h'), false],
  // athena: 'workgroup' is new and 'stagingDir' became optional
  [S('type: athena\nschema: s\nworkgroup: primary'), true], [S('type: athena\nschema: s'), true], [S('type: athena\nworkgroup: primary'), false],
  [S('type: athena\nschema: s\nstagingDir: s3://b/p\nworkgroup: wg\nregionName: eu-west-1'), true],
  // 'rule' is gone from library quality rules only as a deprecated alias: still accepted there
  [Q('metric: rowCount\nmustBe: 1\nrule: rowCount'), true], [Q('rule: nullCheck'), false],
];
