// Facts about a contract the score reads: which checks guard which property, which properties matter most.
import { arr, objects, str, type Obj, type PropertyRef, type SchemaObjectRef } from '../../contract-nodes';
import type { QualityDimension } from '../../types';
import { isRealText } from './placeholders';
import { isSubjectDate } from '../../vocabulary/time-columns';

/** The GDQF dimension a quality rule measures: its `dimension` (conformity → validity, coverage → completeness) or its metric. */
export function dimensionOf(rule: Obj): QualityDimension | undefined {
  const declared = str(rule.dimension)?.toLowerCase();
  if (declared === 'conformity') return 'validity';
  if (declared === 'coverage') return 'completeness';
  if (
    declared &&
    ['completeness', 'uniqueness', 'consistency', 'timeliness', 'validity', 'accuracy'].includes(declared)
  ) {
    return declared as QualityDimension;
  }
  const metric = (str(rule.metric) ?? str(rule.rule) ?? '').toLowerCase();
  if (/null|missing|notempty|rowcount/.test(metric)) return 'completeness';
  if (/duplicate|unique/.test(metric)) return 'uniqueness';
  if (/invalid|valid|pattern|format/.test(metric)) return 'validity';
  return undefined;
}

/** The quality rules of a part; a text rule whose description is still a placeholder promises nothing yet. */
export const qualityRules = (owner: Obj): Obj[] =>
  objects(owner.quality)
    .map(([q]) => q)
    .filter((q) => q.type !== 'text' || isRealText(q.description));
export const metricOf = (rule: Obj): string => (str(rule.metric) ?? str(rule.rule) ?? '').toLowerCase();

/** True when the part has a quality rule measuring the dimension (or matching `metric`). */
export function hasCheck(owner: Obj, dimension: QualityDimension, metric?: RegExp): boolean {
  return qualityRules(owner).some(
    (q) => dimensionOf(q) === dimension || (metric !== undefined && metric.test(metricOf(q))),
  );
}

/** A check on the object or on any of its properties. */
export function objectHasCheckAnywhere(
  object: SchemaObjectRef,
  properties: readonly PropertyRef[],
  dimension: QualityDimension,
): boolean {
  return (
    hasCheck(object.value, dimension) ||
    properties.some((p) => p.schemaObject === object && hasCheck(p.value, dimension))
  );
}

export const isPrimaryKey = (p: PropertyRef): boolean => p.value.primaryKey === true;
export const isCritical = (p: PropertyRef): boolean => p.value.criticalDataElement === true;
/** Properties that matter most: primary keys, critical data elements and required properties. */
export const isKeyProperty = (p: PropertyRef): boolean => isPrimaryKey(p) || isCritical(p) || p.value.required === true;
/** A real column or field (not the `items` of an array). */
export const isColumn = (p: PropertyRef): boolean => p.path[p.path.length - 1] !== 'items';

/** Names of columns that record when a row happened or changed: what freshness is measured on. */
const EVENT_TIME =
  /(^|_)(created|updated|modified|changed|loaded|ingested|inserted|processed|received|recorded|published|extracted|event|snapshot|load)(_|$)|(_at|_ts|_time|timestamp|datetime)$/i;

/**
 * A column that records when the row happened, arrived or changed (updated_at, loaded_ts, event_time, a timestamp):
 * freshness promises and checks are measured on such a column, never on a date of birth.
 */
export const isTemporal = (p: PropertyRef): boolean => {
  const name = p.name ?? '';
  if (isSubjectDate(name)) return false;
  return EVENT_TIME.test(name) || String(p.value.logicalType) === 'timestamp';
};

/** The property that most likely identifies a row: id, <object>_id, any *_id, else the first property. */
export function likelyKey(object: SchemaObjectRef, properties: readonly PropertyRef[]): PropertyRef | undefined {
  const own = properties.filter((p) => p.schemaObject === object && p.parent === undefined);
  const base = (object.name ?? '').toLowerCase().replace(/s$/, '');
  const byName = (test: (n: string) => boolean) => own.find((p) => test((p.name ?? '').toLowerCase()));
  return (
    byName((n) => n === 'id') ??
    byName((n) => n === `${base}_id` || n === `${base}id`) ??
    byName((n) => /(_id|id)$/.test(n)) ??
    own[0]
  );
}

/** A logical type guessed from a property's name, for a step that adds one. */
export function likelyLogicalType(name: string | undefined): string {
  const n = (name ?? '').toLowerCase();
  if (/(_at|_ts|timestamp|_time)$/.test(n)) return 'timestamp';
  if (/(date|_on|_dob|birth)$/.test(n)) return 'date';
  if (/^(is|has|can)_/.test(n)) return 'boolean';
  if (/(count|qty|quantity|number_of|age|year)$/.test(n)) return 'integer';
  if (/(amount|total|price|cost|rate|value|score)$/.test(n)) return 'number';
  return 'string';
}

/** The object a foreign-key-like property (customer_id) most likely points to, with that object's key. */
export function likelyReference(
  property: PropertyRef,
  objects_: readonly SchemaObjectRef[],
  properties: readonly PropertyRef[],
): { object: SchemaObjectRef; key: PropertyRef } | undefined {
  const match = /^(.+?)_?id$/i.exec(property.name ?? '');
  if (!match || match[1] === '') return undefined;
  const stem = match[1].toLowerCase().replace(/_$/, '');
  for (const object of objects_) {
    if (object === property.schemaObject) continue;
    const name = (object.name ?? '').toLowerCase();
    if (name !== stem && name !== `${stem}s` && name !== `${stem}es` && name.replace(/ies$/, 'y') !== stem) continue;
    const key = properties.find((p) => p.schemaObject === object && isPrimaryKey(p));
    if (key?.name) return { object, key };
  }
  return undefined;
}

export const hasRelationship = (p: PropertyRef): boolean => arr(p.value.relationships).length > 0;

/** Quotes a value for YAML when a plain scalar would be misread. */
export function yamlText(value: string): string {
  return /^[\w./@ -]+$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~|\d[\d.]*)$/i.test(value) &&
    !/^[-\s]|\s$/.test(value)
    ? value
    : JSON.stringify(value);
}
