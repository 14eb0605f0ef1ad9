// Servers: common keys plus the keys and required keys of each of the server types.
import * as L from './leaves';
import type { Leaf } from './leaves';
import { child, customProps, field, idField, pick, type VersionFlags } from './model-shared';
import type { FieldSpec, NodeSpec, Shape } from './spec';

type TypeSpec = { keys: string[]; required: string[] };

// Key sets per server type (ODCS ServerSource). The leaf of each key is in KEY_LEAVES.
const SERVER_TYPES: Record<string, TypeSpec> = {
  api: { keys: ['location'], required: ['location'] },
  athena: { keys: ['stagingDir', 'schema', 'catalog', 'regionName'], required: ['stagingDir', 'schema'] },
  azure: { keys: ['location', 'format', 'delimiter'], required: ['location', 'format'] },
  bigquery: { keys: ['project', 'dataset'], required: ['project', 'dataset'] },
  clickhouse: { keys: ['host', 'port', 'database'], required: ['host', 'port', 'database'] },
  databricks: { keys: ['host', 'catalog', 'schema'], required: ['catalog', 'schema'] },
  denodo: { keys: ['host', 'port', 'database'], required: ['host', 'port'] },
  dremio: { keys: ['host', 'port', 'schema'], required: ['host', 'port'] },
  duckdb: { keys: ['database', 'schema'], required: ['database'] },
  glue: { keys: ['account', 'database', 'location', 'format'], required: ['account', 'database'] },
  cloudsql: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'port', 'database', 'schema'] },
  db2: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'port', 'database'] },
  hive: { keys: ['host', 'port', 'database'], required: ['host', 'database'] },
  impala: { keys: ['host', 'port', 'database'], required: ['host', 'database'] },
  informix: { keys: ['host', 'port', 'database'], required: ['host', 'database'] },
  kafka: { keys: ['host', 'format'], required: ['host'] },
  kinesis: { keys: ['region', 'format'], required: [] },
  local: { keys: ['path', 'format'], required: ['path', 'format'] },
  mysql: { keys: ['host', 'port', 'database'], required: ['host', 'port', 'database'] },
  oracle: { keys: ['host', 'port', 'serviceName'], required: ['host', 'port', 'serviceName'] },
  postgresql: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'port', 'database', 'schema'] },
  postgres: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'port', 'database', 'schema'] },
  presto: { keys: ['host', 'catalog', 'schema'], required: ['host'] },
  pubsub: { keys: ['project'], required: ['project'] },
  redshift: { keys: ['host', 'database', 'schema', 'region', 'account'], required: ['database', 'schema'] },
  s3: { keys: ['location', 'endpointUrl', 'format', 'delimiter'], required: ['location'] },
  sftp: { keys: ['location', 'format', 'delimiter'], required: ['location'] },
  snowflake: {
    keys: ['host', 'port', 'account', 'database', 'schema', 'warehouse'],
    required: ['account', 'database', 'schema'],
  },
  sqlserver: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'database', 'schema'] },
  synapse: { keys: ['host', 'port', 'database'], required: ['host', 'port', 'database'] },
  trino: { keys: ['host', 'port', 'catalog', 'schema'], required: ['host', 'port', 'catalog', 'schema'] },
  vertica: { keys: ['host', 'port', 'database', 'schema'], required: ['host', 'port', 'database', 'schema'] },
  zen: { keys: ['host', 'port', 'database'], required: ['host', 'database'] },
  btrieve: { keys: ['host', 'port', 'database'], required: ['host', 'database'] },
  exasol: { keys: ['host', 'port', 'schema'], required: ['host'] },
  fastobjects: { keys: ['host', 'port', 'database'], required: ['database'] },
  poet: { keys: ['host', 'port', 'database'], required: ['database'] },
  hana: { keys: ['host', 'port', 'database', 'schema'], required: ['host'] },
  iceberg: { keys: ['catalog', 'catalogUrl', 'namespace', 'warehouse'], required: ['catalog', 'catalogUrl'] },
  ingres: { keys: ['host', 'port', 'database'], required: ['database', 'host'] },
  teradata: { keys: ['host', 'port', 'database'], required: ['host'] },
  vectorwise: { keys: ['host', 'port', 'database'], required: ['database', 'host'] },
  versant: { keys: ['host', 'port', 'database'], required: ['database'] },
  custom: {
    keys: [
      'account',
      'catalog',
      'database',
      'dataset',
      'delimiter',
      'endpointUrl',
      'format',
      'host',
      'location',
      'path',
      'port',
      'project',
      'region',
      'regionName',
      'schema',
      'serviceName',
      'stagingDir',
      'warehouse',
      'stream',
    ],
    required: [],
  },
};
const ONLY_IN_31 = new Set(['hive', 'impala', 'zen']);
const ONLY_IN_32 = new Set([
  'btrieve',
  'exasol',
  'fastobjects',
  'poet',
  'hana',
  'iceberg',
  'ingres',
  'teradata',
  'vectorwise',
  'versant',
]);
/** Servers of serialized payloads, which declare the character encoding from ODCS v3.2.0 on. */
const ENCODED = new Set(['azure', 'custom', 'glue', 'kafka', 'kinesis', 'local', 's3', 'sftp']);

const KEY_TEXT: Record<string, string> = {
  location: 'Location of the data, a URI such as s3://bucket/path/.',
  stagingDir: 'Amazon S3 location for query results, a URI.',
  schema: 'Name of the database schema.',
  catalog: 'Name of the catalog.',
  regionName: 'Cloud region name.',
  format: 'File or message format, e.g. parquet, json, csv.',
  delimiter: 'How records are delimited, e.g. new_line, array.',
  project: 'Cloud project name.',
  dataset: 'Dataset name.',
  host: 'Host name or address of the server.',
  port: 'Port number of the server.',
  database: 'Name of the database.',
  account: 'Account name or id.',
  path: 'Path to the data.',
  serviceName: 'Oracle service name.',
  region: 'Cloud region.',
  endpointUrl: 'Endpoint URL of an S3-compatible service.',
  warehouse: 'Name of the warehouse.',
  stream: 'Name of the data stream.',
  catalogUrl: 'URL of the Iceberg REST catalog.',
  namespace: 'Iceberg namespace of the tables.',
  workgroup: 'Athena workgroup that runs the queries.',
  encoding: 'Character encoding of the data, e.g. UTF-8.',
};

function keyLeaf(type: string, key: string, f: VersionFlags): Leaf {
  const { v31 } = f;
  if (key === 'port') return f.v32 ? L.port32 : L.integer;
  if (key === 'catalogUrl') return L.uri;
  if (key === 'location' && type === 'sftp') return L.sftpUri;
  if (key === 'stagingDir' && type === 'custom') return L.text;
  if (key === 'location' || key === 'endpointUrl' || key === 'stagingDir') return L.uri;
  if (!v31 && (type === 'azure' || type === 's3' || type === 'sftp')) {
    if (key === 'format') return L.oneOf(['parquet', 'delta', 'json', 'csv']);
    if (key === 'delimiter') return L.oneOf(['new_line', 'array']);
  }
  if (!v31 && type === 'duckdb' && key === 'schema') return L.integer;
  return L.text;
}

/** The keys of a server type in one version: v3.2.0 adds encoding to file and stream servers and workgroup to Athena. */
function keysOf(type: string, f: VersionFlags): string[] {
  const keys = SERVER_TYPES[type].keys;
  if (!f.v32) return keys;
  if (type === 'athena') return [...keys, 'workgroup'];
  return ENCODED.has(type) ? [...keys, 'encoding'] : keys;
}

function requiredOf(type: string, f: VersionFlags): string[] {
  // v3.2.0 made the Athena staging directory optional
  if (type === 'athena' && f.v32) return ['schema'];
  return SERVER_TYPES[type].required;
}

export function serverNode(f: VersionFlags, athenaLegacyRequired: boolean): NodeSpec {
  const { v31 } = f;
  const types = Object.keys(SERVER_TYPES).filter((t) => (v31 || !ONLY_IN_31.has(t)) && (f.v32 || !ONLY_IN_32.has(t)));
  const base = pick([
    ['id', idField, v31],
    ['server', field(L.text, 'Identifier of the server, e.g. production.')],
    ['type', field(L.oneOf(types), 'Type of the server, e.g. postgresql, snowflake, s3, kafka.')],
    ['description', field(L.text, 'Description of the server.')],
    ['environment', field(L.text, 'Environment, e.g. prod, preprod, dev, uat.')],
    ['roles', child('role', true, 'Roles that have access to the server.')],
    ['customProperties', customProps],
  ] as Array<[string, FieldSpec, boolean?]>);
  const shapes = new Map<string, Shape>();
  const allFields: Record<string, FieldSpec> = { ...base };
  for (const type of types) {
    const fields: Record<string, FieldSpec> = { ...base };
    for (const key of keysOf(type, f)) {
      fields[key] = field(keyLeaf(type, key, f), KEY_TEXT[key]);
      allFields[key] ??= field(L.text, KEY_TEXT[key]);
    }
    let required = ['server', 'type', ...requiredOf(type, f)];
    if (type === 'athena' && athenaLegacyRequired)
      required = required.map((k) => (k === 'stagingDir' ? 'staging_dir' : k));
    shapes.set(type, { fields, required, open: !v31 });
  }
  const untyped: Shape = { fields: base, required: ['server', 'type'], open: !v31, tolerateOtherBranches: true };
  return {
    kind: 'server',
    allFields,
    discriminator: 'type',
    shape: (obj) => (typeof obj.type === 'string' && shapes.get(obj.type)) || untyped,
    whereAllowed: (key) => {
      const owners = types.filter((t) => keysOf(t, f).includes(key));
      if (owners.length === 0) return undefined;
      const list = owners.length > 4 ? `${owners.slice(0, 4).join(', ')}, …` : owners.join(', ');
      return `a setting of other server types (${list})`;
    },
  };
}

/** Server types and the keys each needs, for documentation and guidance. */
export function serverTypeKeys(): Readonly<Record<string, TypeSpec>> {
  return SERVER_TYPES;
}
