// Plain-English messages for results: the number first, what it counts, then what the contract expects.
import { expectedInWords } from './expectation';
import type { DataCheck, Expectation } from './types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-GB') : String(Math.round(n * 100) / 100);
}

/** "5 rows", "12.5% of rows" */
function howMany(actual: number, percent: boolean): string {
  return percent ? `${formatNumber(actual)}% of rows` : `${formatNumber(actual)} ${plural(actual, 'row', 'rows')}`;
}

const verb = (actual: number, percent: boolean) => (percent || actual !== 1 ? 'have' : 'has');
const verbIs = (actual: number, percent: boolean) => (percent || actual !== 1 ? 'are' : 'is');

/** "5 rows have no amount_pence (expected 0)." */
export function measuredMessage(check: DataCheck, actual: number, expected: Expectation): string {
  const percent = expected.unit === 'percent';
  const n = howMany(actual, percent);
  const s = check.subject;
  const m = check.measure;
  const tail = ` (${expectedInWords(expected, (v) => (percent ? `${formatNumber(v)}%` : formatNumber(v)))}).`;
  switch (m.kind) {
    case 'rowCount':
      return `The table has ${formatNumber(actual)} ${plural(actual, 'row', 'rows')}${tail}`;
    case 'nulls':
      return m.columns.length === 1
        ? `${n} ${verb(actual, percent)} no ${s}${tail}`
        : `${n} ${verb(actual, percent)} a null in ${s}${tail}`;
    case 'missing':
      return `${n} ${verb(actual, percent)} a missing ${s}${m.values.length ? ` (null or one of ${list(m.values)})` : ''}${tail}`;
    case 'notIn':
      return `${n} ${verb(actual, percent)} a value of ${s} that is not one of the valid values${tail}`;
    case 'notMatching':
      return `${n} ${verb(actual, percent)} a value of ${s} that does not match ${m.format === undefined ? 'the pattern' : `the format '${m.format}'`}${tail}`;
    case 'below':
      return `${n} ${verb(actual, percent)} ${s} ${m.inclusive ? 'at or below' : 'below'} ${typeof m.bound === 'number' ? formatNumber(m.bound) : m.bound}${tail}`;
    case 'above':
      return `${n} ${verb(actual, percent)} ${s} ${m.inclusive ? 'at or above' : 'above'} ${typeof m.bound === 'number' ? formatNumber(m.bound) : m.bound}${tail}`;
    case 'shorter':
      return `${n} ${verb(actual, percent)} a value of ${s} shorter than ${m.length} ${plural(m.length, 'character', 'characters')}${tail}`;
    case 'longer':
      return `${n} ${verb(actual, percent)} a value of ${s} longer than ${m.length} ${plural(m.length, 'character', 'characters')}${tail}`;
    case 'duplicates':
      return m.columns.length === 1
        ? `${n} repeat${actual === 1 && !percent ? 's' : ''} a value of ${s} already seen${tail}`
        : `${n} repeat${actual === 1 && !percent ? 's' : ''} a (${s}) combination already seen${tail}`;
    case 'keyBroken':
      return `${n} ${verbIs(actual, percent)} not identified by the key ${m.columns.length > 1 ? `(${s})` : s} (a null or repeated value)${tail}`;
    case 'sql':
      return `The query returned ${formatNumber(actual)}${tail}`;
    default:
      return `Measured ${formatNumber(actual)}${tail}`;
  }
}

/** "The newest updated_at is 3.5 d old (expected at most 1 d)." */
export function ageMessage(check: DataCheck, ageInUnit: number, limitInUnit: number, unit: string): string {
  return `The newest ${check.subject} is ${formatNumber(ageInUnit)} ${unit} old (expected at most ${formatNumber(limitInUnit)} ${unit}).`;
}

function list(values: ReadonlyArray<string | number | boolean>): string {
  const shown = values.slice(0, 5).map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  return shown.join(', ') + (values.length > 5 ? ', …' : '');
}

export { formatNumber };
