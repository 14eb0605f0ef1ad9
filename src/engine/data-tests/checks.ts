// A contract → the checks it makes about its data: schema (tables, columns, types, required, unique, keys, options),
// quality rules and the SLA's latency/freshness. What cannot run here is listed as skipped with the reason.
import { isObject } from '../detect';
import { objects, str, type Obj } from '../contract-nodes';
import { buildContractIndex } from '../contract-index';
import { parseYamlFile } from '../parse/yaml-file';
import { rangeOfPath } from '../parse/locate';
import type { JsonPath, Range } from '../types';
import { MAX_PATTERN_LENGTH, qualityCheck } from './quality-check';
import { slaCheck } from './sla-check';
import type { ContractTests, DataCheck, DataObject, DataProperty, DataServer, Measure } from './types';

const rows = (value: number) => ({ operator: 'mustBe' as const, value, unit: 'rows' as const });

export function contractChecks(text: string): ContractTests {
  const file = parseYamlFile(text);
  const document = file.documents.find(
    (d) => isObject(d.value) && (d.value.kind === 'DataContract' || 'schema' in d.value),
  );
  if (!document || !isObject(document.value))
    return { objects: [], checks: [], servers: [], problem: 'This file is not a data contract that can be read.' };
  const contract = document.value;
  const rangeOf = (path: JsonPath): Range => rangeOfPath(file, document.doc, path, 'key');
  const objectsOut: DataObject[] = [];
  const checks: DataCheck[] = [];
  for (const [o, i] of objects(contract.schema)) {
    const built = objectChecks(o, ['schema', i], rangeOf);
    if (built.object) objectsOut.push(built.object);
    checks.push(...built.checks);
  }
  const index = buildContractIndex(contract);
  const defaultElement = str(contract.slaDefaultElement);
  for (const [s, i] of objects(contract.slaProperties)) {
    checks.push(slaCheck(s, `slaProperties[${i}]`, rangeOf(['slaProperties', i]), index, defaultElement));
  }
  // In the order of the contract, as a reader meets them (a primary key is collected after its properties).
  const ordered = checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.range.start.line - b.c.range.start.line || a.i - b.i)
    .map(({ c }) => c);
  // Two properties (or objects) with one name would share ids, and one result would hide the other.
  const seen = new Map<string, number>();
  for (const check of ordered) {
    const count = (seen.get(check.id) ?? 0) + 1;
    seen.set(check.id, count);
    if (count > 1) check.id = `${check.id}#${count}`;
  }
  return { objects: objectsOut, checks: ordered, servers: serversOf(contract) };
}

function objectChecks(
  o: Obj,
  path: JsonPath,
  rangeOf: (path: JsonPath) => Range,
): { object?: DataObject; checks: DataCheck[] } {
  const name = str(o.name)?.trim() || str(o.physicalName)?.trim();
  const checks: DataCheck[] = [];
  const objectRange = rangeOf(path);
  if (!name) {
    checks.push({
      id: `${path.join('.')}`,
      schema: '',
      property: null,
      type: 'objectExists',
      range: objectRange,
      measure: { kind: 'none' },
      subject: '',
      skipped: 'the schema object has no name, so its table cannot be found',
    });
    return { checks };
  }
  const table = str(o.physicalName)?.trim() || name;
  const properties: DataProperty[] = [];
  const nameRange = 'name' in o ? rangeOf([...path, 'name']) : objectRange;
  checks.push({
    id: `${name}.objectExists`,
    schema: name,
    property: null,
    type: 'objectExists',
    range: nameRange,
    measure: { kind: 'none' },
    subject: name,
  });
  const keys: Array<{ column: string; name: string; position: number; range: Range }> = [];
  const columnOf = (n: string) => {
    const lower = n.toLowerCase();
    return (properties.find((p) => p.name === n) ?? properties.find((p) => p.name.toLowerCase() === lower))?.column;
  };
  const propertyList = objects(o.properties);
  // Columns first, so a quality rule on the object can name any of them.
  for (const [p] of propertyList) {
    const pName = str(p.name)?.trim() || str(p.physicalName)?.trim();
    if (pName)
      properties.push({ name: pName, column: str(p.physicalName)?.trim() || pName, logicalType: str(p.logicalType) });
  }
  for (const [p, j] of propertyList) {
    const pPath = [...path, 'properties', j];
    const pName = str(p.name)?.trim() || str(p.physicalName)?.trim();
    if (!pName) continue;
    const column = str(p.physicalName)?.trim() || pName;
    const base = { schema: name, property: pName, subject: pName, column };
    const at = (key: string) => rangeOf([...pPath, key]);
    const add = (suffix: string, type: string, range: Range, measure: Measure, extra: Partial<DataCheck> = {}) =>
      checks.push({ ...base, id: `${name}.${pName}.${suffix}`, type, range, measure, ...extra });
    add('propertyExists', 'propertyExists', 'name' in p ? at('name') : rangeOf(pPath), { kind: 'none' });
    const logicalType = str(p.logicalType);
    if (logicalType) add('logicalType', 'logicalType', at('logicalType'), { kind: 'none' }, { logicalType });
    if (p.required === true)
      add('required', 'required', at('required'), { kind: 'nulls', columns: [column] }, { expected: rows(0) });
    if (p.unique === true)
      add('unique', 'unique', at('unique'), { kind: 'duplicates', columns: [column] }, { expected: rows(0) });
    if (p.primaryKey === true) {
      const position = typeof p.primaryKeyPosition === 'number' ? p.primaryKeyPosition : Number.MAX_SAFE_INTEGER;
      keys.push({ column, name: pName, position, range: at('primaryKey') });
    }
    if (isObject(p.logicalTypeOptions)) {
      for (const c of optionChecks(p.logicalTypeOptions, column, logicalType)) {
        add(`logicalTypeOptions.${c.key}`, c.key, rangeOf([...pPath, 'logicalTypeOptions', c.key]), c.measure, {
          expected: c.skipped || c.invalid ? undefined : rows(0),
          skipped: c.skipped,
          invalid: c.invalid,
        });
      }
    }
    for (const [q, k] of objects(p.quality)) {
      const qPath = [...pPath, 'quality', k];
      checks.push(
        qualityCheck({ ...base, id: `${name}.${pName}.quality[${k}]`, range: rangeOf(qPath) }, q, { column, columnOf }),
      );
    }
    if (objects(p.properties).some(([c]) => objects(c.quality).length > 0) || isObject(p.items)) {
      const nested = objects(p.properties).flatMap(([c, k]) =>
        objects(c.quality).map(([, m]) => ({
          path: [...pPath, 'properties', k, 'quality', m],
          child: str(c.name) ?? `#${k + 1}`,
        })),
      );
      for (const n of nested) {
        checks.push({
          ...base,
          id: `${name}.${pName}.${n.child}.${String(n.path.at(-2))}[${String(n.path.at(-1))}]`,
          property: `${pName}.${n.child}`,
          type: 'nested',
          range: rangeOf(n.path),
          measure: { kind: 'none' },
          skipped: 'quality rules on nested properties are not tested yet',
        });
      }
    }
  }
  keys.sort((a, b) => a.position - b.position);
  if (keys.length === 1) {
    const k = keys[0];
    checks.push({
      id: `${name}.${k.name}.primaryKey`,
      schema: name,
      property: k.name,
      subject: k.name,
      type: 'primaryKey',
      range: k.range,
      measure: { kind: 'keyBroken', columns: [k.column] },
      expected: rows(0),
    });
  } else if (keys.length > 1) {
    checks.push({
      id: `${name}.primaryKey`,
      schema: name,
      property: null,
      subject: keys.map((k) => k.name).join(', '),
      type: 'primaryKey',
      range: keys[0].range,
      measure: { kind: 'keyBroken', columns: keys.map((k) => k.column) },
      expected: rows(0),
    });
  }
  for (const [q, k] of objects(o.quality)) {
    checks.push(
      qualityCheck(
        {
          id: `${name}.quality[${k}]`,
          schema: name,
          property: null,
          subject: name,
          range: rangeOf([...path, 'quality', k]),
        },
        q,
        { columnOf },
      ),
    );
  }
  return { object: { name, table, properties }, checks };
}

interface OptionCheck {
  key: string;
  measure: Measure;
  skipped?: string;
  invalid?: string;
}

const NUMERIC_TYPES = new Set(['integer', 'number']);

function optionChecks(options: Obj, column: string, logicalType: string | undefined): OptionCheck[] {
  const out: OptionCheck[] = [];
  const numeric = logicalType !== undefined && NUMERIC_TYPES.has(logicalType);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  for (const key of Object.keys(options)) {
    const value = options[key];
    switch (key) {
      case 'pattern': {
        const pattern = str(value);
        if (pattern === undefined) continue;
        out.push(
          pattern.length > MAX_PATTERN_LENGTH
            ? {
                key,
                measure: { kind: 'none' },
                invalid: `Shorten the pattern: it is over ${MAX_PATTERN_LENGTH} characters long.`,
              }
            : { key, measure: { kind: 'notMatching', column, pattern } },
        );
        break;
      }
      case 'minimum':
      case 'maximum': {
        const bound = num(value);
        if (bound === undefined || !numeric) {
          out.push({ key, measure: { kind: 'none' }, skipped: 'only numeric bounds are checked against data so far' });
          continue;
        }
        // v3.0: `exclusiveMinimum: true` makes the bound itself invalid.
        const exclusive = options[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true;
        out.push({
          key,
          measure: { kind: key === 'minimum' ? 'below' : 'above', column, bound, inclusive: exclusive },
        });
        break;
      }
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const bound = num(value);
        if (typeof value === 'boolean') continue; // v3.0 flag, read with minimum/maximum
        if (bound === undefined || !numeric) {
          out.push({ key, measure: { kind: 'none' }, skipped: 'only numeric bounds are checked against data so far' });
          continue;
        }
        out.push({
          key,
          measure: { kind: key === 'exclusiveMinimum' ? 'below' : 'above', column, bound, inclusive: true },
        });
        break;
      }
      case 'minLength':
      case 'maxLength': {
        const length = num(value);
        if (length === undefined) continue;
        out.push({ key, measure: { kind: key === 'minLength' ? 'shorter' : 'longer', column, length } });
        break;
      }
      case 'format':
        out.push({
          key,
          measure: { kind: 'none' },
          skipped: `the format '${String(value)}' is not checked against data yet`,
        });
        break;
      default:
        break;
    }
  }
  return out;
}

function serversOf(contract: Obj): DataServer[] {
  const out: DataServer[] = [];
  const list: Obj[] = Array.isArray(contract.servers)
    ? objects(contract.servers).map(([s]) => s)
    : isObject(contract.servers) // Data Contract Specification style: a map of name → server
      ? Object.entries(contract.servers).flatMap(([k, s]) => (isObject(s) ? [{ server: k, ...s }] : []))
      : [];
  for (const s of list) {
    const fields: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[k] = v;
    }
    out.push({ server: str(s.server) ?? str(s.id) ?? '', type: (str(s.type) ?? '').trim().toLowerCase(), fields });
  }
  return out;
}
