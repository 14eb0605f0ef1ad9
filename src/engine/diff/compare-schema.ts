// Schema objects and their properties, nested ones included: matched by name, then by id (a rename), and compared
// field by field for what a reader or a writer of the data would notice.
import { isObject } from '../detect';
import { objects, str, type Obj } from '../contract-nodes';
import type { JsonPath } from '../types';
import { capitalize, subjectOf, type Found, type Quote } from './found';
import { otherChanges, type Place } from './generic';
import { matchItems, type Keyed } from './match';
import { compareOptions, fromTo, words } from './compare-options';
import { compareQuality, listOf } from './compare-quality';
import { same, setDifference } from './values';

interface Part extends Keyed {
  value: Obj;
  /** Path in its own file. */
  path: JsonPath;
  name: string;
}

function partsOf(list: unknown, base: JsonPath): Part[] {
  return objects(list).map(([value, i]) => {
    const name = str(value.name)?.trim() || undefined;
    return { value, path: [...base, i], name: name ?? `#${i + 1}`, key: name, id: str(value.id)?.trim() || undefined };
  });
}

/** The line to show for a part: its `name` when it has one. */
const nameAt = (p: Part): JsonPath => ('name' in p.value ? [...p.path, 'name'] : p.path);

const OBJECT_HANDLED = new Set(['name', 'id', 'physicalName', 'physicalType', 'properties', 'quality']);
const PROPERTY_HANDLED = new Set([
  'name',
  'id',
  'physicalName',
  'physicalType',
  'logicalType',
  'logicalTypeOptions',
  'required',
  'unique',
  'primaryKey',
  'primaryKeyPosition',
  'classification',
  'enum',
  'properties',
  'items',
  'quality',
]);

export function compareSchema(before: Obj, after: Obj): Found[] {
  const out: Found[] = [];
  const { pairs, removed, added } = matchItems(partsOf(before.schema, ['schema']), partsOf(after.schema, ['schema']));
  for (const b of removed)
    out.push({
      type: 'object-removed',
      schema: b.name,
      property: null,
      at: ['schema'],
      what: (q) => `Schema ${q(b.name)} was removed`,
      before: b.value,
      after: null,
    });
  for (const a of added)
    out.push({
      type: 'object-added',
      schema: a.name,
      property: null,
      at: nameAt(a),
      what: (q) => `Schema ${q(a.name)} was added`,
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a, renamed } of pairs) {
    if (renamed)
      out.push({
        type: 'object-renamed',
        schema: a.name,
        property: null,
        at: nameAt(a),
        what: (q) => `Schema ${q(b.name)} was renamed to ${q(a.name)}`,
        before: { name: b.name },
        after: { name: a.name },
      });
    const place: Place = { schema: a.name, property: null, at: a.path };
    out.push(...renamedTable(b, a, place, 'object-renamed'));
    out.push(...typeChanges(b.value, a.value, place, false));
    out.push(...compareProperties(b.value.properties, a.value.properties, a.name, '', a.path));
    out.push(...compareQuality(b.value.quality, a.value.quality, place));
    out.push(...otherChanges(b.value, a.value, OBJECT_HANDLED, place));
  }
  return out;
}

/** A changed physicalName: the table or column people query has a new name, whatever the contract calls it. */
function renamedTable(b: Part, a: Part, place: Place, type: 'object-renamed' | 'property-renamed'): Found[] {
  const physical = (p: Part) => str(p.value.physicalName)?.trim() || p.key;
  if (!('physicalName' in b.value) && !('physicalName' in a.value)) return [];
  if (physical(b) === physical(a)) return [];
  const noun = type === 'object-renamed' ? 'table' : 'column';
  return [
    {
      type,
      schema: place.schema,
      property: place.property,
      at: 'physicalName' in a.value ? [...a.path, 'physicalName'] : nameAt(a),
      what: (q) =>
        capitalize(`${noun} of ${subjectOf(q, place.schema, place.property)} renamed`) +
        `: ${q(physical(b) ?? '?')} → ${q(physical(a) ?? '?')}`,
      before: { physicalName: b.value.physicalName ?? null },
      after: { physicalName: a.value.physicalName ?? null },
    },
  ];
}

function typeChanges(before: Obj, after: Obj, place: Place, logical: boolean): Found[] {
  const out: Found[] = [];
  const keys: Array<['logicalType' | 'physicalType', 'logical-type-changed' | 'physical-type-changed']> = [
    ['physicalType', 'physical-type-changed'],
  ];
  if (logical) keys.unshift(['logicalType', 'logical-type-changed']);
  for (const [key, type] of keys) {
    if (same(before[key], after[key])) continue;
    out.push({
      type,
      schema: place.schema,
      property: place.property,
      at: [...place.at, key],
      what: (q) =>
        capitalize(`${subjectOf(q, place.schema, place.property)} changed ${key}`) +
        `: ${fromTo(words(before[key]), words(after[key]))}`,
      before: before[key] ?? null,
      after: after[key] ?? null,
    });
  }
  return out;
}

/** Compares two lists of properties; `parentAt` is the parent's path in the new file (where removals point). */
function compareProperties(
  before: unknown,
  after: unknown,
  schema: string,
  prefix: string,
  parentAt: JsonPath,
): Found[] {
  const out: Found[] = [];
  const { pairs, removed, added } = matchItems(partsOf(before, []), partsOf(after, [...parentAt, 'properties']));
  for (const b of removed)
    out.push({
      type: 'property-removed',
      schema,
      property: prefix + b.name,
      at: parentAt,
      what: (q) => capitalize(`${subjectOf(q, schema, prefix + b.name)} was removed`),
      before: b.value,
      after: null,
    });
  for (const a of added)
    out.push({
      type: 'property-added',
      schema,
      property: prefix + a.name,
      at: nameAt(a),
      what: (q) =>
        capitalize(
          `${subjectOf(q, schema, prefix + a.name)} was added${a.value.required === true ? ', required' : ''}`,
        ),
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a, renamed } of pairs) {
    const property = prefix + a.name;
    if (renamed)
      out.push({
        type: 'property-renamed',
        schema,
        property,
        at: nameAt(a),
        what: (q) => capitalize(`${subjectOf(q, schema, prefix + b.name)} was renamed to ${q(a.name)}`),
        before: { name: b.name },
        after: { name: a.name },
      });
    out.push(...compareProperty(b, a, schema, property));
  }
  return out;
}

function flag(value: Obj, key: string): boolean {
  return value[key] === true;
}

function compareProperty(b: Part, a: Part, schema: string, property: string): Found[] {
  const out: Found[] = [];
  const place: Place = { schema, property, at: a.path };
  const who = (q: Quote) => subjectOf(q, schema, property);
  const before = b.value;
  const after = a.value;
  out.push(...renamedTable(b, a, place, 'property-renamed'));
  out.push(...typeChanges(before, after, place, true));
  for (const [key, noun] of [
    ['required', 'required'],
    ['unique', 'unique'],
  ] as const) {
    if (flag(before, key) === flag(after, key)) continue;
    const tightened = flag(after, key);
    out.push({
      type: `${key}-${tightened ? 'tightened' : 'relaxed'}`,
      schema,
      property,
      at: [...a.path, key],
      what: (q) => capitalize(`${who(q)} is ${tightened ? 'now' : 'no longer'} ${noun}`),
      before: before[key] ?? null,
      after: after[key] ?? null,
    });
  }
  const key = (o: Obj) => ({
    primaryKey: flag(o, 'primaryKey'),
    position: flag(o, 'primaryKey') ? (o.primaryKeyPosition ?? null) : null,
  });
  if (!same(key(before), key(after))) {
    const k = key(after);
    out.push({
      type: 'primary-key-changed',
      schema,
      property,
      at: [...a.path, 'primaryKey'],
      what: (q) =>
        capitalize(
          k.primaryKey === key(before).primaryKey
            ? `the position of ${who(q)} in the primary key changed`
            : `${who(q)} is ${k.primaryKey ? 'now' : 'no longer'} part of the primary key`,
        ),
      before: key(before),
      after: k,
    });
  }
  if (!same(before.classification, after.classification))
    out.push({
      type: 'classification-changed',
      schema,
      property,
      at: [...a.path, 'classification'],
      what: (q) =>
        capitalize(
          `${who(q)} changed classification: ${fromTo(words(before.classification), words(after.classification))}`,
        ),
      before: before.classification ?? null,
      after: after.classification ?? null,
    });
  out.push(...compareOptions(before.logicalTypeOptions, after.logicalTypeOptions, place));
  out.push(...compareEnum(before.enum, after.enum, place));
  out.push(...compareQuality(before.quality, after.quality, place));
  out.push(...compareProperties(before.properties, after.properties, schema, `${property}.`, a.path));
  if (isObject(before.items) && isObject(after.items)) {
    const items = (p: Part): Part => ({ value: p.value.items as Obj, path: [...p.path, 'items'], name: `${p.name}[]` });
    out.push(...compareProperty(items(b), items(a), schema, `${property}[]`));
  } else if (!same(before.items, after.items)) {
    out.push(
      ...otherChanges({ items: before.items }, { items: after.items }, new Set(), place).map((f) => ({
        ...f,
        wording: false,
      })),
    );
  }
  out.push(...otherChanges(before, after, PROPERTY_HANDLED, place));
  return out;
}

/** The v3.2 `enum` list: the values a property may take. */
function compareEnum(beforeList: unknown, afterList: unknown, place: Place): Found[] {
  if (same(beforeList, afterList)) return [];
  const valuesOf = (list: unknown): unknown[] | undefined =>
    Array.isArray(list) ? list.map((e) => (isObject(e) ? e.value : e)) : undefined;
  const b = valuesOf(beforeList);
  const a = valuesOf(afterList);
  const who = (q: Quote) => subjectOf(q, place.schema, place.property);
  const base = {
    schema: place.schema,
    property: place.property,
    at: [...place.at, 'enum'],
    before: b ?? null,
    after: a ?? null,
  };
  if (!b && a)
    return [
      { ...base, type: 'valid-values-narrowed', what: (q) => capitalize(`${who(q)} now only allows ${listOf(q, a)}`) },
    ];
  if (b && !a)
    return [
      {
        ...base,
        type: 'valid-values-widened',
        what: (q) => capitalize(`${who(q)} no longer limits its values to a list`),
      },
    ];
  const { added, removed } = setDifference(b ?? [], a ?? []);
  const out: Found[] = [];
  if (added.length > 0)
    out.push({
      ...base,
      type: 'valid-values-widened',
      what: (q) => capitalize(`${who(q)} now also allows ${listOf(q, added)}`),
    });
  if (removed.length > 0)
    out.push({
      ...base,
      type: 'valid-values-narrowed',
      what: (q) => capitalize(`${who(q)} no longer allows ${listOf(q, removed)}`),
    });
  if (out.length === 0)
    out.push({
      ...base,
      type: 'description-changed',
      what: (q) => capitalize(`the labels of the allowed values of ${who(q)} changed`),
      before: beforeList,
      after: afterList,
      wording: true,
    });
  return out;
}
