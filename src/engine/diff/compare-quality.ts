// Quality rules of a schema object or a property: matched by name (or by what they check when unnamed), then
// judged by what they admit: a threshold that lets more rows through is loosened, one that lets fewer is tightened.
import { objects, str, type Obj } from '../contract-nodes';
import { describeExpectation, meets, readExpectation } from '../data-tests/expectation';
import type { Expectation } from '../data-tests/types';
import { OPERATORS } from '../model/model-quality';
import { capitalize, type Found, type Quote } from './found';
import { describePlace, otherChanges, type Place } from './generic';
import { matchItems, type Keyed } from './match';
import { fromTo } from './compare-options';
import { canonical, compareSets, setDifference, type Direction } from './values';

/** The v3.0 rule names and v3.1 metrics that mean the same check. */
const SAME_METRIC: Record<string, string> = {
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

const HANDLED = new Set<string>([
  'name',
  'id',
  'type',
  'metric',
  'rule',
  'query',
  'engine',
  'implementation',
  'arguments',
  'validValues',
  'missingValues',
  'pattern',
  'unit',
  ...OPERATORS,
]);

interface Rule extends Keyed {
  value: Obj;
  index: number;
  metric?: string;
  validValues?: unknown[];
  /** What the rule checks, apart from its threshold and its list of valid values. */
  checks: string;
}

function readRule(value: Obj, index: number): Rule {
  const written = (str(value.metric) ?? str(value.rule))?.trim();
  const metric = written === undefined ? undefined : (SAME_METRIC[written.toLowerCase()] ?? written);
  const args: Obj = value.arguments && typeof value.arguments === 'object' ? { ...(value.arguments as Obj) } : {};
  // v3.0 wrote the arguments next to the rule.
  for (const key of ['validValues', 'missingValues', 'pattern'])
    if (key in value && !(key in args)) args[key] = value[key];
  const validValues = Array.isArray(args.validValues) ? args.validValues : undefined;
  delete args.validValues;
  const checks = canonical({
    type: (str(value.type) ?? 'library').toLowerCase(),
    metric: metric ?? null,
    query: str(value.query)?.trim() ?? null,
    engine: value.engine ?? null,
    implementation: value.implementation ?? null,
    args,
    listsValidValues: validValues !== undefined,
  });
  const name = str(value.name)?.trim();
  return { value, index, metric, validValues, checks, key: name || `#${checks}`, id: str(value.id) };
}

function ruleLabel(q: Quote, rule: Rule): string {
  const name = str(rule.value.name)?.trim();
  if (name) return `quality rule ${q(name)}`;
  if (rule.metric) return `the ${q(rule.metric)} rule`;
  return str(rule.value.type)?.toLowerCase() === 'sql' ? 'the SQL quality rule' : 'a quality rule';
}

/** Compares the quality rules of one owner; `owner.at` is the owner's path in the new file. */
export function compareQuality(before: unknown, after: unknown, owner: Place): Found[] {
  const out: Found[] = [];
  const rulesBefore = objects(before).map(([v, i]) => readRule(v, i));
  const rulesAfter = objects(after).map(([v, i]) => readRule(v, i));
  const { pairs, removed, added } = matchItems(rulesBefore, rulesAfter);
  const where = (q: Quote) => describePlace(q, owner);
  const base = { schema: owner.schema, property: owner.property };
  for (const r of removed)
    out.push({
      ...base,
      type: 'quality-removed',
      at: [...owner.at, 'quality'],
      what: (q) => capitalize(`${ruleLabel(q, r)} of ${where(q)} was removed`),
      before: r.value,
      after: null,
    });
  for (const a of added)
    out.push({
      ...base,
      type: 'quality-added',
      at: [...owner.at, 'quality', a.index],
      what: (q) => capitalize(`${ruleLabel(q, a)} was added to ${where(q)}`),
      before: null,
      after: a.value,
    });
  for (const { before: b, after: a } of pairs) {
    const at = [...owner.at, 'quality', a.index];
    const label = (q: Quote) => `${ruleLabel(q, a)} of ${where(q)}`;
    if (b.checks !== a.checks) {
      out.push({
        ...base,
        type: 'quality-loosened',
        at,
        what: (q) => capitalize(`${label(q)} now checks something else`),
        before: b.value,
        after: a.value,
        unordered: true,
      });
      continue;
    }
    if (b.validValues && a.validValues) {
      const { added: more, removed: fewer } = setDifference(b.validValues, a.validValues);
      if (more.length > 0)
        out.push({
          ...base,
          type: 'valid-values-widened',
          at: [...at, 'arguments', 'validValues'],
          what: (q) => capitalize(`${label(q)} now also allows ${listOf(q, more)}`),
          before: b.validValues,
          after: a.validValues,
        });
      if (fewer.length > 0)
        out.push({
          ...base,
          type: 'valid-values-narrowed',
          at: [...at, 'arguments', 'validValues'],
          what: (q) => capitalize(`${label(q)} no longer allows ${listOf(q, fewer)}`),
          before: b.validValues,
          after: a.validValues,
        });
    }
    const threshold = compareThresholds(b.value, a.value);
    if (threshold.direction !== 'same') {
      const type = threshold.direction === 'narrower' ? 'quality-tightened' : 'quality-loosened';
      out.push({
        ...base,
        type,
        at: [...at, OPERATORS.find((op) => op in a.value) ?? 'name'],
        what: (q) =>
          capitalize(
            `${label(q)} ${type === 'quality-tightened' ? 'tightened' : 'loosened'}: ${fromTo(threshold.before, threshold.after)}`,
          ),
        before: b.value,
        after: a.value,
        unordered: threshold.direction === 'unordered',
      });
    }
    out.push(...otherChanges(b.value, a.value, HANDLED, { ...base, at, label }));
  }
  return out;
}

export function listOf(q: Quote, values: readonly unknown[]): string {
  const shown = values.slice(0, 3).map((v) => q(typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length > 3 ? `${shown.join(', ')} and ${values.length - 3} more` : shown.join(', ');
}

function compareThresholds(before: Obj, after: Obj): { direction: Direction; before: string; after: string } {
  const b = readExpectation(before);
  const a = readExpectation(after);
  const words = (r: ReturnType<typeof readExpectation>) =>
    'expectation' in r ? describeExpectation(r.expectation) : 'none';
  const result = (direction: Direction) => ({ direction, before: words(b), after: words(a) });
  if ('expectation' in b && 'expectation' in a) {
    if (b.expectation.unit !== a.expectation.unit) return result('unordered');
    return result(
      compareSets(
        (x) => meets(x, b.expectation),
        (x) => meets(x, a.expectation),
        [...edges(b.expectation), ...edges(a.expectation)],
      ),
    );
  }
  const operators = (o: Obj) => canonical(OPERATORS.filter((op) => op in o).map((op) => [op, o[op]]));
  return result(operators(before) === operators(after) ? 'same' : 'unordered');
}

function edges(e: Expectation): number[] {
  return Array.isArray(e.value) ? [...e.value] : [e.value];
}
