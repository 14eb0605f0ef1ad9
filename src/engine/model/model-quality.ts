// Data quality rules: the text / library / sql / custom branches and the one-operator rule.
import * as L from './leaves';
import { authDefs, customProps, field, idField, pick, tags, type VersionFlags } from './model-shared';
import type { FieldSpec, Fields, NodeSpec, Shape } from './spec';

export const OPERATORS = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
] as const;

const operatorFields: Fields = {
  mustBe: field(L.anyValue, 'The measured value must equal this.'),
  mustNotBe: field(L.anyValue, 'The measured value must not equal this.'),
  mustBeGreaterThan: field(L.num, 'The measured value must be greater than this number.'),
  mustBeGreaterOrEqualTo: field(L.num, 'The measured value must be at least this number.'),
  mustBeLessThan: field(L.num, 'The measured value must be less than this number.'),
  mustBeLessOrEqualTo: field(L.num, 'The measured value must be at most this number.'),
  mustBeBetween: field(L.numberPair, 'The measured value must be between these two numbers, e.g. [0, 100].'),
  mustNotBeBetween: field(L.numberPair, 'The measured value must be outside these two numbers.'),
};

type Branch = 'library' | 'sql' | 'custom';

export function qualityNode(f: VersionFlags): NodeSpec {
  const { v31 } = f;
  const base = pick([
    ['id', idField, v31],
    ['name', field(L.text, 'Short name of the rule.')],
    ['description', field(L.text, 'What the rule checks, in plain words.')],
    [
      'type',
      field(L.oneOf(['text', 'library', 'sql', 'custom']), 'Type of rule: text, library (default), sql or custom.'),
    ],
    [
      'dimension',
      field(
        L.oneOf(['accuracy', 'completeness', 'conformity', 'consistency', 'coverage', 'timeliness', 'uniqueness']),
        'Data quality dimension the rule measures.',
      ),
    ],
    ['method', field(L.text, 'Method of the check, e.g. reconciliation.')],
    ['severity', field(L.text, 'Severity of a failure, e.g. error, warning.')],
    ['businessImpact', field(L.text, 'Business impact of a failure, e.g. operational, regulatory.')],
    ['unit', field(L.text, 'Unit of the measured value, e.g. rows or percent.')],
    ['schedule', field(L.text, 'When the check runs, e.g. a cron expression.')],
    ['scheduler', field(L.text, 'Scheduler that runs the check, e.g. cron.')],
    ['tags', tags],
    ['authoritativeDefinitions', authDefs],
    ['customProperties', customProps],
  ] as Array<[string, FieldSpec, boolean?]>);
  const branchFields: Record<Branch, Fields> = {
    library: v31
      ? {
          metric: field(
            L.oneOf(['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount']),
            'The library metric to measure.',
          ),
          rule: field(L.text, "Old name of 'metric'; use metric.", true),
          arguments: field(L.jsonObject, 'Arguments of the metric, e.g. validValues or pattern.'),
          ...operatorFields,
        }
      : { rule: field(L.text, 'The library rule to apply, e.g. nullCheck.'), ...operatorFields },
    sql: { query: field(L.text, 'SQL query that returns the measured value.'), ...operatorFields },
    custom: {
      engine: field(L.text, 'Engine that runs the check, e.g. soda, great-expectations.'),
      implementation: field(L.textOrObject, 'The check in the engine’s own language.'),
    },
  };
  const branchRequired: Record<Branch, string[]> = {
    library: v31 ? ['metric'] : ['rule'],
    sql: ['query'],
    custom: ['engine', 'implementation'],
  };

  const activeBranches = (obj: Record<string, unknown>): Branch[] => {
    const out: Branch[] = [];
    // v3.1.0: library when type is library or a metric is given; v3.0.x: when type is library or absent
    if (obj.type === 'library' || (v31 ? 'metric' in obj : !('type' in obj))) out.push('library');
    if (obj.type === 'sql') out.push('sql');
    if (obj.type === 'custom') out.push('custom');
    return out;
  };
  const cache = new Map<string, Shape>();
  const shapeOf = (branches: Branch[]): Shape => {
    const key = branches.join('+');
    let shape = cache.get(key);
    if (!shape) {
      const fields: Record<string, FieldSpec> = { ...base };
      const required: string[] = [];
      for (const b of branches) {
        Object.assign(fields, branchFields[b]);
        required.push(...branchRequired[b]);
      }
      shape = { fields, required, open: !v31 };
      cache.set(key, shape);
    }
    return shape;
  };
  const whereAllowed = (key: string): string | undefined => {
    if (key in operatorFields) return 'only allowed when type is library or sql';
    if (key === 'query') return 'only allowed when type is sql';
    if (key === 'engine' || key === 'implementation') return 'only allowed when type is custom';
    if (key === 'metric' || key === 'rule' || key === 'arguments') return 'only allowed when type is library';
    return undefined;
  };
  return {
    kind: 'quality',
    allFields: Object.assign({}, base, branchFields.library, branchFields.sql, branchFields.custom),
    discriminator: 'type',
    shape: (obj) => shapeOf(activeBranches(obj)),
    completionShape: (obj) => shapeOf('type' in obj ? activeBranches(obj) : ['library']),
    whereAllowed,
    crossCheck(obj, report) {
      if (!v31) return; // v3.0.x lists the operators as plain optional keys
      const branches = activeBranches(obj);
      if (!branches.includes('library') && !branches.includes('sql')) return;
      const present = OPERATORS.filter((op) => op in obj);
      if (present.length === 0) report.missingOneOf(OPERATORS, 'an operator');
      else if (present.length > 1) report.tooMany(present, 'operator');
    },
  };
}
