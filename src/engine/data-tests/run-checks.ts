// Runs a contract's checks through an executor the host provides (DuckDB, PostgreSQL, …): columns first, then one
// aggregate scan per table, the grouped and custom queries, and a sample for each failure. Pure: the executor does
// the I/O and the caller passes the time.
import { describeExpectation, meets } from './expectation';
import { ageMessage, formatNumber, measuredMessage } from './messages';
import { planObject, sampleQuery, SAMPLE_LIMIT } from './queries';
import { typeFamily, typeFits } from './types-fit';
import type { CheckResult, ContractTests, DataCheck, DataObject, Dialect, Measure } from './types';

export interface Column {
  name: string;
  type: string;
}

export interface SqlExecutor {
  dialect: Dialect;
  /** The quoted, qualified table of a schema object. */
  tableOf(object: DataObject): string;
  /** The table's columns; throws (with a message naming the table or file) when it cannot be read. */
  columns(object: DataObject): Promise<Column[]>;
  /** Rows of a read-only query, as plain objects keyed by column name. */
  query(sql: string): Promise<Array<Record<string, unknown>>>;
}

export interface RunOptions {
  /** Now, in seconds since 1970-01-01 UTC, for latency and freshness. */
  nowSeconds: number;
  onProgress?: (message: string) => void;
}

export interface RunSummary {
  results: CheckResult[];
  /** Tables or files that could not be read, with the reason. */
  unreachable: string[];
  /** Scans of data the run needed (aggregate and grouped or custom queries, not samples). */
  scans: number;
}

export async function runChecks(tests: ContractTests, executor: SqlExecutor, options: RunOptions): Promise<RunSummary> {
  const results = new Map<string, CheckResult>();
  const unreachable: string[] = [];
  let scans = 0;
  for (const check of tests.checks) {
    if (check.skipped !== undefined)
      results.set(check.id, { check, status: 'skipped', message: `Skipped: ${check.skipped}.` });
    else if (check.invalid !== undefined) results.set(check.id, { check, status: 'error', message: check.invalid });
  }
  for (const object of tests.objects) {
    const pending = tests.checks.filter((c) => c.schema === object.name && !results.has(c.id));
    if (pending.length === 0) continue;
    options.onProgress?.(`Checking ${object.name} (${pending.length} ${pending.length === 1 ? 'check' : 'checks'})…`);
    scans += await runObject(object, pending, executor, options, results, unreachable);
  }
  // SLA checks on an element no object of this contract owns, and anything else left: say so rather than drop it.
  for (const check of tests.checks) {
    if (!results.has(check.id))
      results.set(check.id, {
        check,
        status: 'error',
        message: `Cannot check: schema object '${check.schema}' was not found in the contract.`,
      });
  }
  return { results: tests.checks.map((c) => results.get(c.id)!), unreachable, scans };
}

async function runObject(
  object: DataObject,
  checks: DataCheck[],
  executor: SqlExecutor,
  options: RunOptions,
  results: Map<string, CheckResult>,
  unreachable: string[],
): Promise<number> {
  const table = executor.tableOf(object);
  let columns: Column[];
  try {
    columns = await executor.columns(object);
  } catch (error) {
    const reason = errorText(error);
    unreachable.push(reason);
    for (const check of checks) {
      results.set(check.id, {
        check,
        status: 'error',
        message:
          check.type === 'objectExists'
            ? `Cannot read table '${object.table}': ${reason}`
            : `Cannot check: table '${object.table}' could not be read.`,
      });
    }
    return 0;
  }
  const actual = (name: string) =>
    columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  const runnable: DataCheck[] = [];
  for (const check of checks) {
    if (check.type === 'objectExists') {
      results.set(check.id, {
        check,
        status: 'passed',
        message: `Table '${object.table}' exists with ${columns.length} ${columns.length === 1 ? 'column' : 'columns'}.`,
      });
      continue;
    }
    const column = check.column === undefined ? undefined : actual(check.column);
    if (check.type === 'propertyExists') {
      results.set(
        check.id,
        column
          ? { check, status: 'passed', message: `Column '${column.name}' exists.` }
          : {
              check,
              status: 'failed',
              message: `Add column '${check.column}' to table '${object.table}', or fix the contract: it is not in the data.`,
            },
      );
      continue;
    }
    if (check.type === 'logicalType' && check.logicalType) {
      if (!column) {
        results.set(check.id, {
          check,
          status: 'error',
          message: `Cannot check: column '${check.column}' is not in the data.`,
        });
        continue;
      }
      const verdict = typeFits(check.logicalType, column.type);
      results.set(
        check.id,
        'unknown' in verdict
          ? { check, status: 'skipped', message: `Skipped: ${verdict.unknown}.` }
          : verdict.fits
            ? {
                check,
                status: 'passed',
                message: `Column '${column.name}' is ${column.type}, which fits logicalType ${check.logicalType}.`,
              }
            : {
                check,
                status: 'failed',
                message: `Column '${column.name}' is ${column.type}, which does not fit logicalType ${check.logicalType}: fix the data or the contract.`,
              },
      );
      continue;
    }
    if (check.type === 'format' && column && typeFamily(column.type) !== 'string') {
      // A date column has no text format: the database keeps dates, not the way they are written.
      results.set(check.id, {
        check,
        status: 'skipped',
        message: `Skipped: column '${column.name}' is ${column.type}, so its values have no text format to check.`,
      });
      continue;
    }
    const missing = measureColumns(check.measure).filter((c) => !actual(c));
    if (missing.length > 0 || (check.column !== undefined && check.measure.kind === 'sql' && !column)) {
      const names = missing.length > 0 ? missing : [check.column!];
      results.set(check.id, {
        check,
        status: 'error',
        message: `Cannot check: ${names.map((n) => `column '${n}'`).join(', ')} ${names.length === 1 ? 'is' : 'are'} not in the data.`,
      });
      continue;
    }
    runnable.push({
      ...check,
      column: column?.name ?? check.column,
      measure: renameColumns(check.measure, (c) => actual(c)?.name ?? c),
    });
  }
  if (runnable.length === 0) return 0;
  const plan = planObject(runnable, executor.dialect, table);
  let aggregate: Record<string, unknown> | undefined;
  let aggregateError: string | undefined;
  try {
    aggregate = (await executor.query(plan.aggregate))[0];
  } catch (error) {
    aggregateError = errorText(error);
  }
  let scans = 1;
  const rowCount = toNumber(aggregate?.[plan.rowCountAlias]);
  for (const check of runnable) {
    const refused = plan.refused.get(check.id);
    if (refused !== undefined) {
      results.set(check.id, { check, status: 'error', message: `Not run: ${refused}.` });
      continue;
    }
    const reading = plan.readings.get(check.id);
    const query = plan.queries.get(check.id);
    if (!reading) continue;
    let value: unknown;
    try {
      if (reading.from === 'aggregate') {
        if (aggregateError !== undefined) throw new Error(aggregateError);
        value = aggregate?.[reading.alias];
      } else {
        scans++;
        const rows = await executor.query(reading.sql);
        const first = rows[0];
        value = first === undefined ? undefined : Object.values(first)[0];
      }
    } catch (error) {
      const hint = check.measure.kind === 'sql' ? tableNameHint(check.measure.query, object) : '';
      results.set(check.id, { check, status: 'error', message: `The query failed: ${errorText(error)}${hint}`, query });
      continue;
    }
    const result = judge(check, value, rowCount, options.nowSeconds);
    result.query = query;
    if (result.status === 'failed') {
      const sample = sampleQuery(check, executor.dialect, table);
      if (sample) {
        try {
          result.sample = (await executor.query(sample)).slice(0, SAMPLE_LIMIT).map(plainRow);
        } catch {
          // A sample is a help, not the result: a failure to fetch one leaves the result as it is.
        }
      }
    }
    results.set(check.id, result);
  }
  return scans;
}

function judge(check: DataCheck, value: unknown, rowCount: number | undefined, nowSeconds: number): CheckResult {
  const expected = check.expected!;
  if (check.measure.kind === 'newest') {
    const newest = toNumber(value);
    const unit = check.slaUnit ?? 's';
    const perUnit = check.slaUnitSeconds ?? 1;
    const expectedText = `${expected.operator} ${formatNumber((expected.value as number) / perUnit)} ${unit}`;
    if (newest === undefined)
      return {
        check,
        status: 'failed',
        expected: expectedText,
        message: `Column '${check.subject}' has no values, so the data shows no ${check.type}.`,
      };
    const age = Math.max(0, nowSeconds - newest) / perUnit;
    const limit = (expected.value as number) / perUnit;
    const actual = Math.round(age * 100) / 100;
    return {
      check,
      status: age <= limit ? 'passed' : 'failed',
      actual,
      expected: expectedText,
      message: ageMessage(check, actual, limit, unit),
    };
  }
  const count = toNumber(value);
  if (count === undefined)
    return {
      check,
      status: 'error',
      expected: describeExpectation(expected),
      message: check.measure.kind === 'sql' ? 'The query returned no number.' : 'The database returned no number.',
    };
  const percent = expected.unit === 'percent' && check.measure.kind !== 'rowCount' && check.measure.kind !== 'sql';
  const actual = percent ? (rowCount ? Math.round((count / rowCount) * 10000) / 100 : 0) : count;
  return {
    check,
    status: meets(actual, expected) ? 'passed' : 'failed',
    actual,
    expected: describeExpectation(expected),
    message: measuredMessage(check, actual, percent ? expected : { ...expected, unit: 'rows' }),
  };
}

function measureColumns(m: Measure): string[] {
  switch (m.kind) {
    case 'none':
    case 'rowCount':
    case 'sql':
      return [];
    case 'nulls':
    case 'duplicates':
    case 'keyBroken':
      return m.columns;
    default:
      return [m.column];
  }
}

function renameColumns(m: Measure, rename: (c: string) => string): Measure {
  if ('columns' in m) return { ...m, columns: m.columns.map(rename) };
  if ('column' in m) return { ...m, column: rename(m.column) };
  return m;
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (value && typeof value === 'object' && 'valueOf' in value) {
    const primitive = (value as { valueOf(): unknown }).valueOf();
    if (primitive !== value) return toNumber(primitive);
  }
  return undefined;
}

/** Rows as JSON can carry them: big integers as numbers (or text when too large), dates as ISO text. */
function plainRow(row: unknown): unknown {
  if (typeof row === 'bigint') return Number.isSafeInteger(Number(row)) ? Number(row) : row.toString();
  // A date comes back as midnight UTC: show it as the date it is ("2026-05-31"), not a time nobody wrote.
  if (row instanceof Date) return row.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (row === null || typeof row !== 'object') return row;
  if (Array.isArray(row)) return row.map(plainRow);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] =
      typeof v === 'bigint' || v instanceof Date
        ? plainRow(v)
        : v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype
          ? String(v)
          : plainRow(v);
  }
  return out;
}

/**
 * A query that names the schema object where the data's table has another name (physicalName) fails on every
 * server: say so, and how to write it so it runs anywhere.
 */
function tableNameHint(query: string, object: DataObject): string {
  if (object.name === object.table || query.includes('{object}')) return '';
  const escaped = object.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`(^|[^\\w.])${escaped}($|[^\\w])`, 'i').test(query)) return '';
  return ` Write {object} instead of ${object.name}: the table in the data is ${object.table}.`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim();
}
