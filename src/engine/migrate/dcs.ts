// Data Contract Specification (0.9.x–1.2.x) to ODCS v3.1/v3.2: info, terms, servers, models and their fields
// (definitions resolved), quality, service levels, tags and links. Whatever ODCS has no key for is kept under
// customProperties of the nearest object and listed in the notes; nothing is invented (no owner, no classification).
import { serverTypeKeys } from '../model/model-server';
import { serviceLevels } from './dcs-service-levels';
import { list, logicalTypeOf, Notes, put, record, statusOf, text, type Json } from './shared';

export interface DcsOptions {
  /** v3.2.0 has `enum` and `map`; v3.1.0 expresses an enum as an invalidValues check. */
  v32: boolean;
}

const SERVER_COMMON = new Set(['type', 'description', 'environment', 'roles']);
const OPERATORS: Record<string, string> = {
  mustBe: 'mustBe',
  mustNotBe: 'mustNotBe',
  mustBeGreaterThan: 'mustBeGreaterThan',
  mustBeGreaterThanOrEqualTo: 'mustBeGreaterOrEqualTo',
  mustBeGreaterOrEqualTo: 'mustBeGreaterOrEqualTo',
  mustBeLessThan: 'mustBeLessThan',
  mustBeLessThanOrEqualTo: 'mustBeLessOrEqualTo',
  mustBeLessOrEqualTo: 'mustBeLessOrEqualTo',
  mustBeBetween: 'mustBeBetween',
  mustNotBeBetween: 'mustNotBeBetween',
};
const QUALITY_KEYS = new Set([
  'type',
  'description',
  'query',
  'engine',
  'implementation',
  'metric',
  'arguments',
  'dimension',
  'unit',
  'severity',
  'businessImpact',
  'schedule',
  'scheduler',
  'name',
  'tags',
  ...Object.keys(OPERATORS),
]);
const FIELD_HANDLED = new Set([
  'type',
  'title',
  'description',
  'required',
  'unique',
  'primaryKey',
  'primary',
  'classification',
  'enum',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'example',
  'examples',
  'tags',
  'references',
  'fields',
  'items',
  'keys',
  'values',
  'quality',
  'precision',
  'scale',
  'config',
  '$ref',
]);

export function dcsToOdcs(dcs: Json, notes: Notes, options: DcsOptions): Json {
  const info = record(dcs.info);
  const out: Json = {};
  put(out, 'id', text(dcs.id) ?? 'TODO-id');
  if (!text(dcs.id)) notes.changed.push("the file has no id: 'TODO-id' stands in until you choose one");
  put(out, 'name', info.title);
  put(out, 'version', text(info.version) ?? (typeof info.version === 'number' ? String(info.version) : undefined));
  const status = statusOf(info.status);
  out.status = status.status;
  if (status.changed) notes.keep(out, 'dcsStatus', info.status, `info.status '${String(info.status)}'`);

  put(
    out,
    'tags',
    list(dcs.tags).filter((t) => typeof t === 'string'),
  );
  const description: Json = {};
  const terms = record(dcs.terms);
  put(description, 'purpose', text(info.description)?.trim() ?? text(terms.description)?.trim());
  put(description, 'usage', text(terms.usage)?.trim());
  put(description, 'limitations', text(terms.limitations)?.trim());
  if (text(info.description) && text(terms.description))
    notes.keep(description, 'termsDescription', terms.description, 'terms.description');
  const policies = list(terms.policies).map(record);
  if (policies.length > 0) {
    const definitions = policies.filter((p) => text(p.url));
    put(
      description,
      'authoritativeDefinitions',
      definitions.map((p) => ({
        type: text(p.name) ?? 'policy',
        url: p.url,
        ...(text(p.description) ? { description: p.description } : {}),
      })),
    );
    for (const p of policies.filter((p) => !text(p.url)))
      notes.keep(description, `policy ${text(p.name) ?? ''}`.trim(), p.description ?? p, 'terms.policies');
  }
  notes.keep(description, 'billing', terms.billing, 'terms.billing');
  notes.keep(description, 'noticePeriod', terms.noticePeriod, 'terms.noticePeriod');
  for (const [key, value] of Object.entries(terms))
    if (!['description', 'usage', 'limitations', 'policies', 'billing', 'noticePeriod'].includes(key))
      notes.keep(description, key, value, `terms.${key}`);
  if (Object.keys(description).length > 0) out.description = description;

  if (text(info.owner)) out.team = { name: info.owner };
  const contact = record(info.contact);
  const support: Json[] = [];
  if (text(contact.email))
    support.push({ channel: text(contact.name) ?? 'email', tool: 'email', url: `mailto:${String(contact.email)}` });
  if (text(contact.url)) support.push({ channel: text(contact.name) ?? 'contact', url: contact.url });
  if (support.length > 0) out.support = support;
  else notes.keep(out, 'contactName', contact.name, 'info.contact.name');
  for (const [key, value] of Object.entries(info))
    if (!['title', 'version', 'status', 'description', 'owner', 'contact'].includes(key))
      notes.keep(out, key, value, `info.${key}`);

  const servers = Object.entries(record(dcs.servers)).map(([name, s]) => server(name, record(s), notes));
  if (servers.length > 0) out.servers = servers;

  const definitions = record(dcs.definitions);
  const used = new Set<string>();
  const resolve = (field: Json): Json => resolveRef(field, definitions, used, notes);
  const schema = Object.entries(record(dcs.models)).map(([name, m]) =>
    schemaObject(name, record(m), resolve, notes, options),
  );
  if (schema.length > 0) out.schema = schema;
  for (const [name, value] of Object.entries(definitions))
    if (!used.has(name)) notes.keep(out, `definition ${name}`, value, `definitions.${name} (not used by any field)`);

  // Top-level quality (DCS before 1.0: SodaCL or Monte Carlo specifications) belongs to the objects it names.
  const topQuality = record(dcs.quality);
  if (Object.keys(topQuality).length > 0) {
    const rule = {
      type: 'custom',
      engine:
        String(topQuality.type ?? 'custom').toLowerCase() === 'sodacl' ? 'soda' : String(topQuality.type ?? 'custom'),
      implementation:
        typeof topQuality.specification === 'string'
          ? topQuality.specification
          : JSON.stringify(topQuality.specification ?? topQuality),
    };
    const target = schema[0];
    if (target) {
      target.quality = [...(Array.isArray(target.quality) ? target.quality : []), rule];
      notes.changed.push(
        `the contract-wide quality specification is a custom check of schema '${String(target.name)}'`,
      );
    } else notes.keep(out, 'quality', topQuality, 'quality');
  }

  const slas = serviceLevels(record(dcs.servicelevels), out, notes);
  if (slas.length > 0) out.slaProperties = slas;

  const links = Object.entries(record(dcs.links)).filter(([, url]) => typeof url === 'string');
  if (links.length > 0) out.authoritativeDefinitions = links.map(([type, url]) => ({ type, url }));
  notes.keep(out, 'examples', dcs.examples, 'examples');
  for (const [key, value] of Object.entries(dcs))
    if (
      ![
        'dataContractSpecification',
        'id',
        'info',
        'servers',
        'terms',
        'models',
        'definitions',
        'servicelevels',
        'quality',
        'links',
        'tags',
        'examples',
      ].includes(key)
    )
      notes.keep(out, key, value, key);
  return out;
}

function server(name: string, s: Json, notes: Notes): Json {
  const type = String(s.type ?? 'custom').toLowerCase();
  const known = serverTypeKeys()[type];
  const out: Json = { server: name, type: known ? type : 'custom' };
  if (!known) notes.keep(out, 'serverType', s.type, `servers.${name}.type '${String(s.type)}'`);
  put(out, 'description', text(s.description));
  put(out, 'environment', text(s.environment));
  const roles = list(s.roles)
    .map(record)
    .map((r) => ({ role: r.name ?? r.role, ...(text(r.description) ? { description: r.description } : {}) }))
    .filter((r) => typeof r.role === 'string');
  if (roles.length > 0) out.roles = roles;
  const allowed = new Set((known ?? serverTypeKeys().custom).keys);
  for (const [key, value] of Object.entries(s)) {
    if (SERVER_COMMON.has(key)) continue;
    if (key === 'location' && typeof value === 'string' && value.includes('{')) {
      // A URI cannot hold '{model}': the location is the part before it; the template is kept beside it.
      out.location = value.slice(0, value.indexOf('{'));
      notes.keep(out, 'locationTemplate', value, `servers.${name}.location (one location per model)`);
    } else if (allowed.has(key) && value !== null && typeof value !== 'object') out[key] = value;
    else notes.keep(out, key, value, `servers.${name}.${key}`);
  }
  return out;
}

function resolveRef(field: Json, definitions: Json, used: Set<string>, notes: Notes): Json {
  const ref = text(field.$ref);
  if (!ref) return field;
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  const definition = name === undefined ? undefined : definitions[name];
  if (name === undefined || definition === undefined) {
    notes.changed.push(`the reference '${ref}' could not be resolved; it is kept on the property`);
    return field;
  }
  used.add(name);
  const { $ref: _ref, ...rest } = field;
  void _ref;
  // The field's own keys win over the definition's; a definition value they replace is kept beside them.
  const merged: Json = { ...record(definition), ...rest };
  for (const [key, value] of Object.entries(record(definition)))
    if (key in rest && JSON.stringify(rest[key]) !== JSON.stringify(value)) merged[`definition ${key}`] = value;
  return merged;
}

function schemaObject(
  name: string,
  model: Json,
  resolve: (field: Json) => Json,
  notes: Notes,
  options: DcsOptions,
): Json {
  const out: Json = { name, physicalName: name, logicalType: 'object' };
  put(out, 'physicalType', text(model.type));
  put(out, 'businessName', text(model.title));
  put(out, 'description', text(model.description)?.trim());
  put(
    out,
    'tags',
    list(model.tags).filter((t) => typeof t === 'string'),
  );
  const keyColumns = list(model.primaryKey).filter((k): k is string => typeof k === 'string');
  const properties = Object.entries(record(model.fields)).map(([fieldName, f]) =>
    property(fieldName, resolve(record(f)), `models.${name}.${fieldName}`, resolve, notes, options),
  );
  keyColumns.forEach((column, i) => {
    const p = properties.find((x) => x.name === column);
    if (!p) return;
    p.primaryKey = true;
    if (keyColumns.length > 1) p.primaryKeyPosition = i + 1;
  });
  if (properties.length > 0) out.properties = properties;
  const quality = list(model.quality).map((q) => qualityRule(record(q), `models.${name}.quality`, notes));
  if (quality.length > 0) out.quality = quality;
  for (const [key, value] of Object.entries(model))
    if (!['type', 'title', 'description', 'tags', 'primaryKey', 'fields', 'quality'].includes(key))
      notes.keep(out, key, value, `models.${name}.${key}`);
  return out;
}

function property(
  name: string | undefined,
  field: Json,
  where: string,
  resolve: (field: Json) => Json,
  notes: Notes,
  options: DcsOptions,
): Json {
  const out: Json = {};
  if (name !== undefined) out.name = name;
  const type = text(field.type);
  const logical = logicalTypeOf(type) ?? (type === 'map' && options.v32 ? 'map' : undefined);
  put(out, 'businessName', text(field.title));
  put(out, 'logicalType', logical ?? (type ? 'string' : undefined));
  const config = record(field.config);
  const configured = Object.entries(config).find(([k]) => /Type$/.test(k) && typeof config[k] === 'string');
  const precise =
    field.precision !== undefined && logical === 'number'
      ? `${type ?? 'decimal'}(${String(field.precision)}${field.scale !== undefined ? `,${String(field.scale)}` : ''})`
      : undefined;
  put(out, 'physicalType', configured?.[1] ?? precise ?? (type && logicalTypeOf(type) !== type ? type : undefined));
  put(out, 'description', text(field.description)?.trim());
  // Written as the original wrote them, `false` included.
  if (typeof field.required === 'boolean') out.required = field.required;
  if (typeof field.unique === 'boolean') out.unique = field.unique;
  if (field.primaryKey === true || field.primary === true) out.primaryKey = true;
  else if (field.primaryKey === false || field.primary === false) out.primaryKey = false;
  put(out, 'classification', text(field.classification));
  const options_: Json = {};
  for (const key of [
    'pattern',
    'format',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
  ])
    put(options_, key, field[key]);
  if (Object.keys(options_).length > 0) out.logicalTypeOptions = options_;
  const examples =
    field.examples !== undefined ? list(field.examples) : field.example !== undefined ? [field.example] : [];
  put(out, 'examples', examples);
  put(
    out,
    'tags',
    list(field.tags).filter((t) => typeof t === 'string'),
  );
  const references = text(field.references);
  if (references) out.relationships = [{ to: references }];

  const nested = Object.entries(record(field.fields));
  if (nested.length > 0)
    out.properties = nested.map(([n, f]) => property(n, resolve(record(f)), `${where}.${n}`, resolve, notes, options));
  if (field.items !== undefined)
    out.items = property(undefined, resolve(record(field.items)), `${where}.items`, resolve, notes, options);
  if (type === 'map' && options.v32) {
    out.map = {
      key: property(undefined, record(field.keys), `${where}.keys`, resolve, notes, options),
      value: property(undefined, record(field.values), `${where}.values`, resolve, notes, options),
    };
  } else {
    notes.keep(out, 'keys', field.keys, `${where}.keys`);
    notes.keep(out, 'values', field.values, `${where}.values`);
  }

  const quality = list(field.quality).map((q) => qualityRule(record(q), `${where}.quality`, notes));
  const allowed = list(field.enum).filter((v) => v !== null && typeof v !== 'object');
  if (allowed.length > 0) {
    if (options.v32) out.enum = allowed.map((value) => ({ value }));
    else {
      quality.push({
        type: 'library',
        metric: 'invalidValues',
        arguments: { validValues: allowed },
        mustBe: 0,
        description: 'Only the values the enum lists.',
      });
      notes.changed.push(`${where}.enum became an invalidValues check (ODCS v3.1 has no enum on a property)`);
    }
  }
  if (quality.length > 0) out.quality = quality;

  if (type && !logical)
    notes.changed.push(`${where}: type '${type}' has no ODCS logicalType; it is a string with that physicalType`);
  if (field.pii !== undefined) notes.keep(out, 'pii', field.pii, `${where}.pii`);
  for (const [key, value] of Object.entries(config))
    if (!configured || key !== configured[0]) notes.keep(out, key, value, `${where}.config.${key}`);
  if (configured && field.precision !== undefined) notes.keep(out, 'precision', field.precision, `${where}.precision`);
  if (configured && field.scale !== undefined) notes.keep(out, 'scale', field.scale, `${where}.scale`);
  for (const [key, value] of Object.entries(field))
    if (!FIELD_HANDLED.has(key) && key !== 'pii') notes.keep(out, key, value, `${where}.${key}`);
  return out;
}

function qualityRule(q: Json, where: string, notes: Notes): Json {
  const type = String(q.type ?? 'text').toLowerCase();
  const out: Json = {};
  if (type === 'sql' || type === 'text' || type === 'library' || type === 'custom') out.type = type;
  else {
    // Older DCS: a rule of a tool (SodaCL, montecarlo, great-expectations) with its specification.
    out.type = 'custom';
    out.engine = type === 'sodacl' ? 'soda' : type;
    out.implementation = typeof q.specification === 'string' ? q.specification : JSON.stringify(q.specification ?? {});
  }
  for (const [key, value] of Object.entries(q)) {
    if (key === 'type' || (key === 'specification' && out.type === 'custom' && type !== 'custom')) continue;
    if (OPERATORS[key]) out[OPERATORS[key]] = value;
    else if (QUALITY_KEYS.has(key)) out[key] = value;
    else notes.keep(out, key, value, `${where}.${key}`);
  }
  if (out.type === 'text' && !text(out.description)) out.description = 'TODO: describe the expectation.';
  return out;
}
