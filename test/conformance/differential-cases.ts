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
