// What raises completeness, uniqueness and validity: checks and declarations on tables and key properties.
import type { PropertyRef, SchemaObjectRef } from '../../contract-nodes';
import type { CriterionGroup, CriterionItem } from './score-types';
import type { CriteriaContext } from './criteria-context';
import {
  hasCheck,
  isColumn,
  isCritical,
  isKeyProperty,
  isPrimaryKey,
  likelyKey,
  likelyLogicalType,
  qualityRules,
  metricOf,
} from './contract-facts';

export const NULL_CHECK = 'type: library\nmetric: nullValues\nmustBe: 0\ndimension: completeness';
export const DUPLICATE_CHECK = 'type: library\nmetric: duplicateValues\nmustBe: 0\ndimension: uniqueness';
const ROW_COUNT_CHECK = 'type: library\nmetric: rowCount\nmustBeGreaterThan: 0\ndimension: completeness';

const addQuality = (owner: { path: readonly (string | number)[] }, itemYaml: string) => ({
  kind: 'add-item' as const,
  mapPath: owner.path,
  key: 'quality',
  itemYaml,
});

export function completeness(ctx: CriteriaContext): CriterionGroup[] {
  const { parts } = ctx;
  const keyProps = parts.properties.filter((p) => isColumn(p) && isKeyProperty(p));
  return [
    {
      area: 'completeness',
      weight: 1,
      label: 'tables have a row-count check',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: hasCheck(o.value, 'completeness', /rowcount/),
        target: o.label,
        path: o.path,
        action: `Add a rowCount check on ${o.label}`,
        plan: addQuality(o, ROW_COUNT_CHECK),
      })),
    },
    {
      area: 'completeness',
      weight: 2,
      label: 'key properties have a missing-values check',
      items: keyProps.map((p): CriterionItem => ({
        met: hasCheck(p.value, 'completeness', /null|missing/),
        target: p.label,
        path: p.path,
        action: `Add a nullValues check on ${p.label}`,
        plan: addQuality(p, NULL_CHECK),
      })),
    },
    {
      area: 'completeness',
      weight: 1,
      label: 'primary keys and critical data elements are marked required',
      items: parts.properties
        .filter((p) => isColumn(p) && (isPrimaryKey(p) || isCritical(p)))
        .map((p): CriterionItem => ({
          met: p.value.required === true,
          target: p.label,
          path: p.path,
          action: `Mark ${p.label} as required`,
          plan: { kind: 'set', mapPath: p.path, key: 'required', yaml: 'true' },
        })),
    },
  ];
}

export function uniqueness(ctx: CriteriaContext): CriterionGroup[] {
  const { parts } = ctx;
  const keysOf = (o: SchemaObjectRef) =>
    parts.properties.filter((p) => p.schemaObject === o && p.parent === undefined && isPrimaryKey(p));
  const withKey = parts.schemaObjects.filter((o) => keysOf(o).length > 0);
  return [
    {
      area: 'uniqueness',
      weight: 2,
      label: 'tables have a primary key',
      items: parts.schemaObjects.map((o): CriterionItem => {
        const candidate = likelyKey(o, parts.properties);
        return {
          met: keysOf(o).length > 0,
          target: o.label,
          path: o.path,
          ...(candidate
            ? {
                action: `Mark ${candidate.label} as the primary key`,
                plan: { kind: 'set' as const, mapPath: candidate.path, key: 'primaryKey', yaml: 'true' },
              }
            : {}),
        };
      }),
    },
    {
      area: 'uniqueness',
      weight: 2,
      label: 'primary keys have a duplicate check',
      items: withKey.map((o): CriterionItem => duplicateItem(o, keysOf(o))),
    },
  ];
}

function duplicateItem(object: SchemaObjectRef, keys: PropertyRef[]): CriterionItem {
  const onObject = qualityRules(object.value).some(
    (q) => /duplicate|unique/.test(metricOf(q)) || q.dimension === 'uniqueness',
  );
  if (keys.length === 1) {
    const key = keys[0];
    return {
      met: onObject || hasCheck(key.value, 'uniqueness', /duplicate|unique/),
      target: key.label,
      path: key.path,
      action: `Add a duplicateValues check on ${key.label}`,
      plan: addQuality(key, DUPLICATE_CHECK),
    };
  }
  const names = keys.map((k) => k.name ?? '').filter(Boolean);
  return {
    met: onObject,
    target: object.label,
    path: object.path,
    action: `Add a duplicateValues check on the key (${names.join(', ')}) of ${object.label}`,
    plan: addQuality(
      object,
      `type: library\nmetric: duplicateValues\narguments:\n  properties: [${names.join(', ')}]\nmustBe: 0\ndimension: uniqueness`,
    ),
  };
}

const CONSTRAINT_BY_TYPE: Record<string, string> = {
  string: 'minLength: 1',
  integer: 'minimum: 0',
  number: 'minimum: 0',
  date: 'format: yyyy-MM-dd',
  timestamp: "format: yyyy-MM-dd'T'HH:mm:ssZ",
};

export function validity(ctx: CriteriaContext): CriterionGroup[] {
  const columns = ctx.parts.properties.filter(isColumn);
  const constrained = (p: PropertyRef) => {
    const options = p.value.logicalTypeOptions;
    return (
      (typeof options === 'object' && options !== null && Object.keys(options).length > 0) ||
      hasCheck(p.value, 'validity', /invalid|valid/)
    );
  };
  return [
    {
      area: 'validity',
      weight: 1,
      label: 'properties have a logical type',
      items: columns.map((p): CriterionItem => ({
        met: typeof p.value.logicalType === 'string',
        target: p.label,
        path: p.path,
        action: `Give ${p.label} a logical type`,
        plan: { kind: 'set', mapPath: p.path, key: 'logicalType', yaml: likelyLogicalType(p.name) },
      })),
    },
    {
      area: 'validity',
      weight: 2,
      label: 'key properties say which values are valid (a constraint or an invalidValues check)',
      items: columns.filter(isKeyProperty).map((p): CriterionItem => {
        const constraint = CONSTRAINT_BY_TYPE[String(p.value.logicalType ?? 'string')];
        const canPlan =
          constraint !== undefined &&
          p.value.logicalTypeOptions === undefined &&
          typeof p.value.logicalType === 'string';
        return {
          met: constrained(p),
          target: p.label,
          path: p.path,
          ...(canPlan
            ? {
                action: `Constrain the values of ${p.label} (e.g. logicalTypeOptions ${constraint})`,
                plan: { kind: 'set' as const, mapPath: p.path, key: 'logicalTypeOptions', yaml: `\n  ${constraint}` },
              }
            : { action: `Add an invalidValues check with validValues or a pattern on ${p.label}` }),
        };
      }),
    },
  ];
}
