// ODCS v2.2.x to v3: the `dataset` tables and their `columns` become schema objects and properties, stakeholders
// the team, the flat product fields support channels and one server. Credentials are never carried over.
import { list, logicalTypeOf, Notes, put, record, statusOf, text, type Json } from './shared';

const COLUMN_RENAMES: Record<string, string> = {
  column: 'name',
  isPrimaryKey: 'primaryKey',
  isUnique: 'unique',
  partitionStatus: 'partitioned',
  encryptedColumnName: 'encryptedName',
  transformSourceTables: 'transformSourceObjects',
  sampleValues: 'examples',
  criticalDataElementStatus: 'criticalDataElement',
};
const COLUMN_KEPT = new Set([
  'primaryKeyPosition',
  'businessName',
  'physicalType',
  'description',
  'partitionKeyPosition',
  'classification',
  'authoritativeDefinitions',
  'transformLogic',
  'transformDescription',
  'tags',
  'customProperties',
]);
const SECRET = new Set(['password', 'username']);

export function odcsV2ToV3(v2: Json, notes: Notes): Json {
  const out: Json = {};
  put(out, 'id', text(v2.uuid) ?? text(v2.id) ?? 'TODO-id');
  put(out, 'name', text(v2.datasetName) ?? text(v2.quantumName));
  put(out, 'version', typeof v2.version === 'number' ? String(v2.version) : text(v2.version));
  const status = statusOf(v2.status);
  out.status = status.status;
  if (status.changed) notes.keep(out, 'v2Status', v2.status, `status '${String(v2.status)}'`);
  put(out, 'domain', text(v2.datasetDomain));
  put(out, 'dataProduct', text(v2.quantumName));
  put(out, 'tenant', text(v2.tenant));
  put(
    out,
    'tags',
    list(v2.tags).filter((t) => typeof t === 'string'),
  );
  const description = record(v2.description);
  if (Object.keys(description).length > 0) out.description = description;

  const members = list(v2.stakeholders)
    .map(record)
    .filter((s) => text(s.username))
    .map((s) => {
      const member: Json = { username: s.username };
      for (const key of ['role', 'dateIn', 'dateOut', 'replacedByUsername']) put(member, key, s[key]);
      return member;
    });
  if (members.length > 0) out.team = { members };

  const support: Json[] = [];
  if (text(v2.productDl))
    support.push({ channel: 'email', tool: 'email', url: `mailto:${String(v2.productDl).replace(/^mailto:/, '')}` });
  if (text(v2.productSlackChannel)) support.push({ channel: String(v2.productSlackChannel), tool: 'slack' });
  if (text(v2.productFeedbackUrl)) support.push({ channel: 'feedback', url: v2.productFeedbackUrl });
  if (support.length > 0) out.support = support;

  if (text(v2.server) || text(v2.sourcePlatform) || text(v2.database)) {
    const server: Json = { server: text(v2.sourceSystem) ?? 'production', type: 'custom' };
    put(server, 'host', text(v2.server));
    put(server, 'database', text(v2.database));
    put(server, 'project', text(v2.project));
    notes.keep(server, 'sourcePlatform', v2.sourcePlatform, 'sourcePlatform');
    notes.keep(server, 'driver', v2.driver, 'driver');
    notes.keep(server, 'driverVersion', v2.driverVersion, 'driverVersion');
    out.servers = [server];
  }
  for (const key of SECRET)
    if (v2[key] !== undefined)
      notes.dropped.push(`${key}: credentials do not belong in a contract and were not copied`);

  const schema = list(v2.dataset).map((d) => schemaObject(record(d), notes));
  out.schema = schema;

  const slas = list(v2.slaProperties)
    .map(record)
    .map((s) => {
      const sla: Json = {};
      for (const key of ['property', 'value', 'valueExt', 'unit', 'driver']) put(sla, key, s[key]);
      put(sla, 'element', s.column);
      return sla;
    });
  if (slas.length > 0) out.slaProperties = slas;
  put(out, 'slaDefaultElement', text(v2.slaDefaultColumn));
  const price = record(v2.price);
  if (Object.keys(price).length > 0) out.price = price;
  const roles = list(v2.roles).map(record);
  if (roles.length > 0) out.roles = roles;
  if (Array.isArray(v2.customProperties))
    out.customProperties = [...v2.customProperties, ...list(out.customProperties)];
  const handled = new Set([
    'apiVersion',
    'kind',
    'uuid',
    'id',
    'datasetName',
    'quantumName',
    'version',
    'status',
    'datasetDomain',
    'tenant',
    'tags',
    'description',
    'stakeholders',
    'productDl',
    'productSlackChannel',
    'productFeedbackUrl',
    'server',
    'sourcePlatform',
    'sourceSystem',
    'database',
    'project',
    'driver',
    'driverVersion',
    'dataset',
    'slaProperties',
    'slaDefaultColumn',
    'price',
    'roles',
    'customProperties',
    ...SECRET,
  ]);
  for (const [key, value] of Object.entries(v2)) if (!handled.has(key)) notes.keep(out, key, value, key);
  return out;
}

function schemaObject(d: Json, notes: Notes): Json {
  const name = text(d.table) ?? 'TODO-table';
  const out: Json = { name, logicalType: 'object' };
  put(out, 'physicalName', text(d.physicalName));
  put(out, 'physicalType', 'table');
  put(out, 'description', text(d.description));
  put(out, 'dataGranularityDescription', text(d.dataGranularity));
  put(out, 'authoritativeDefinitions', list(d.authoritativeDefinitions));
  notes.keep(out, 'priorTableName', d.priorTableName, `dataset '${name}'.priorTableName`);
  const properties = list(d.columns).map((c) => property(record(c), name, notes));
  if (properties.length > 0) out.properties = properties;
  const quality = list(d.quality).map((q) => qualityRule(record(q), `dataset '${name}'`, notes));
  if (quality.length > 0) out.quality = quality;
  return out;
}

function property(c: Json, table: string, notes: Notes): Json {
  const out: Json = {};
  const where = `dataset '${table}' column '${String(c.column)}'`;
  for (const [key, value] of Object.entries(c)) {
    if (COLUMN_RENAMES[key]) put(out, COLUMN_RENAMES[key], value);
    else if (COLUMN_KEPT.has(key)) put(out, key, value);
  }
  const logical = logicalTypeOf(c.logicalType);
  put(out, 'logicalType', logical ?? (text(c.logicalType) ? 'string' : undefined));
  if (text(c.logicalType) && !logical) notes.keep(out, 'v2LogicalType', c.logicalType, `${where}.logicalType`);
  if (c.isNullable === false) out.required = true;
  if (c.isNullable === true && c.isPrimaryKey === true)
    notes.changed.push(`${where} is a nullable primary key; required is left unset`);
  notes.keep(out, 'clusterStatus', c.clusterStatus, `${where}.clusterStatus`);
  notes.keep(out, 'clusterKeyPosition', c.clusterKeyPosition, `${where}.clusterKeyPosition`);
  const quality = list(c.quality).map((q) => qualityRule(record(q), where, notes));
  if (quality.length > 0) out.quality = quality;
  const handled = new Set([
    ...Object.keys(COLUMN_RENAMES),
    ...COLUMN_KEPT,
    'logicalType',
    'isNullable',
    'clusterStatus',
    'clusterKeyPosition',
    'quality',
  ]);
  for (const [key, value] of Object.entries(c)) if (!handled.has(key)) notes.keep(out, key, value, `${where}.${key}`);
  return out;
}

/** A v2 rule names a tool and its rule; in v3 that is a custom check run by that engine. */
function qualityRule(q: Json, where: string, notes: Notes): Json {
  const out: Json = {
    type: 'custom',
    engine: text(q.toolName) ?? 'custom',
    implementation: text(q.toolRuleName) ?? text(q.code) ?? text(q.templateName) ?? 'TODO: the rule this tool runs',
  };
  for (const key of ['description', 'dimension', 'severity', 'businessImpact']) put(out, key, q[key]);
  if (text(q.scheduleCronExpression)) {
    out.scheduler = 'cron';
    out.schedule = q.scheduleCronExpression;
  }
  for (const key of ['code', 'templateName', 'columns', 'column', 'type'])
    if (q[key] !== undefined && out.implementation !== q[key]) notes.keep(out, key, q[key], `${where} quality.${key}`);
  if (Array.isArray(q.customProperties)) out.customProperties = [...q.customProperties, ...list(out.customProperties)];
  return out;
}
