// One quality rule of a contract (ODCS v3.1/v3.2 `metric`, or the v3.0 `rule` spellings) as a data check.
import { arr, str, type Obj } from '../contract-nodes';
import { readExpectation } from './expectation';
import type { DataCheck, DataCheckType, Expectation, Measure } from './types';

/** v3.0 library rule names, and the v3.1 metric names written under `rule`, read case-insensitively. */
const RULE_TO_METRIC: Record<string, string> = {
  nullcheck: 'nullValues',
  nullvalues: 'nullValues',
  missingvalues: 'missingValues',
  duplicatecount: 'duplicateValues',
  duplicatevalues: 'duplicateValues',
  unique: 'duplicateValues',
  validvalues: 'invalidValues',
  invalidvalues: 'invalidValues',
  rowcount: 'rowCount',
  countcheck: 'rowCount',
};

/** Patterns longer than this are refused: no contract needs one, and the database would spend its time on it. */
export const MAX_PATTERN_LENGTH = 1000;

type Base = Pick<DataCheck, 'id' | 'schema' | 'property' | 'range' | 'subject'>;

export interface QualityContext {
  /** The column of the property the rule sits on; undefined for a rule on the schema object. */
  column?: string;
  /** Finds the column of a property named in `arguments.properties`. */
  columnOf(name: string): string | undefined;
}

export function qualityCheck(base: Base, rule: Obj, ctx: QualityContext): DataCheck {
  const type = str(rule.type)?.trim().toLowerCase();
  const skip = (checkType: DataCheckType, reason: string): DataCheck => ({
    ...base,
    type: checkType,
    measure: { kind: 'none' },
    skipped: reason,
  });
  if (type === 'text') return skip('text', 'a text rule describes the check in words; there is nothing to run');
  if (type === 'custom') {
    const engine = str(rule.engine)?.trim() || 'another tool';
    return skip('custom', `a custom check for ${engine} runs in ${engine}, not here`);
  }
  const read = readExpectation(rule);
  if ('problem' in read)
    return {
      ...skip(type === 'sql' ? 'sql' : (metricOf(rule) ?? 'library'), ''),
      skipped: undefined,
      invalid: `Fix the rule: ${read.problem}.`,
    };
  if (type === 'sql') {
    const query = str(rule.query);
    if (!query || query.trim() === '') return skip('sql', 'the rule has no query');
    if ('missing' in read) return skip('sql', 'the rule has no operator (such as mustBe) to compare the result with');
    return { ...base, type: 'sql', measure: { kind: 'sql', query }, expected: read.expectation };
  }
  if (type !== undefined && type !== 'library') return skip(type, `quality rules of type '${type}' are not known`);
  const metric = metricOf(rule);
  if (!metric) {
    const written = str(rule.metric) ?? str(rule.rule);
    return skip(
      written ?? 'library',
      written ? `the metric '${written}' is not one this tool can measure` : 'the rule names no metric',
    );
  }
  // v3.0 library rules without an operator meant "none": a null check passes with no nulls.
  const expectation: Expectation | undefined =
    'expectation' in read
      ? read.expectation
      : metric === 'rowCount'
        ? undefined
        : { operator: 'mustBe', value: 0, unit: 'rows' };
  if (!expectation)
    return skip(metric, 'the rule has no operator (such as mustBeGreaterThan) to compare the row count with');
  const args = (rule.arguments && typeof rule.arguments === 'object' ? rule.arguments : {}) as Obj;
  const needsColumn = (measure: (column: string) => Measure): DataCheck =>
    ctx.column === undefined
      ? skip(metric, `${metric} needs a property: put the rule on a property, not on the schema object`)
      : { ...base, type: metric, measure: measure(ctx.column), expected: expectation };

  switch (metric) {
    case 'rowCount':
      return { ...base, type: metric, measure: { kind: 'rowCount' }, expected: { ...expectation, unit: 'rows' } };
    case 'nullValues':
      return needsColumn((column) => ({ kind: 'nulls', columns: [column] }));
    case 'missingValues': {
      const values = scalars(args.missingValues ?? rule.missingValues);
      return needsColumn((column) => ({ kind: 'missing', column, values }));
    }
    case 'invalidValues': {
      const valid = args.validValues ?? rule.validValues;
      const pattern = str(args.pattern) ?? str(rule.pattern);
      if (Array.isArray(valid)) return needsColumn((column) => ({ kind: 'notIn', column, values: scalars(valid) }));
      if (pattern !== undefined) {
        if (pattern.length > MAX_PATTERN_LENGTH)
          return {
            ...needsColumn(() => ({ kind: 'none' })),
            measure: { kind: 'none' },
            invalid: `Shorten the pattern: it is over ${MAX_PATTERN_LENGTH} characters long.`,
          };
        return needsColumn((column) => ({ kind: 'notMatching', column, pattern }));
      }
      return skip(metric, 'invalidValues needs arguments.validValues or arguments.pattern to know what is valid');
    }
    case 'duplicateValues': {
      if (ctx.column !== undefined)
        return { ...base, type: metric, measure: { kind: 'duplicates', columns: [ctx.column] }, expected: expectation };
      const names = arr(args.properties).filter((n): n is string => typeof n === 'string');
      if (names.length === 0)
        return skip(
          metric,
          'duplicateValues on a schema object needs arguments.properties, the columns that must not repeat together',
        );
      const columns = names.map((n) => ctx.columnOf(n));
      const unknown = names.filter((_, i) => columns[i] === undefined);
      if (unknown.length > 0)
        return {
          ...skip(metric, ''),
          skipped: undefined,
          invalid: `Fix arguments.properties: there is no property ${unknown.map((n) => `'${n}'`).join(', ')}.`,
        };
      return {
        ...base,
        subject: names.join(', '),
        type: metric,
        measure: { kind: 'duplicates', columns: columns as string[] },
        expected: expectation,
      };
    }
    default:
      return skip(metric, `the metric '${metric}' is not one this tool can measure`);
  }
}

function metricOf(rule: Obj): string | undefined {
  const metric = str(rule.metric);
  const name = (metric ?? str(rule.rule))?.trim().toLowerCase();
  return name === undefined ? undefined : RULE_TO_METRIC[name];
}

function scalars(value: unknown): Array<string | number | boolean> {
  return arr(value).filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v));
}
