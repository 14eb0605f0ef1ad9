// SQL for a schema object's checks: one aggregate query that measures every check it can in a single scan, a query
// of its own for what needs grouping or is the contract's own SQL, and a sample query (≤ 5 rows) per check.
import { DIALECT_SQL } from './dialects';
import { guardQuery } from './sql-guard';
import type { DataCheck, Dialect, Measure } from './types';

export const SAMPLE_LIMIT = 5;

/** How a check's number is read: a column of the aggregate query, or the one value of a query of its own. */
export type Reading = { from: 'aggregate'; alias: string } | { from: 'query'; sql: string };

export interface ObjectPlan {
  /** The one scan: `SELECT COUNT(*) AS "rows", … FROM table`. */
  aggregate: string;
  /** Alias of the row count in the aggregate. */
  rowCountAlias: string;
  readings: Map<string, Reading>;
  /** A standalone query per check, as a user would run it to see the number. */
  queries: Map<string, string>;
  /** Checks whose SQL is refused (custom SQL that is not one read-only SELECT), with the reason. */
  refused: Map<string, string>;
  /** How many scans of the table the plan needs. */
  scans: number;
}

/**
 * Plans the checks of one schema object that measure data. `table` is the quoted, qualified table; `columnOf`
 * gives the quoted column of a check's property (for `{property}` in custom SQL).
 */
export function planObject(checks: readonly DataCheck[], dialect: Dialect, table: string): ObjectPlan {
  const sql = DIALECT_SQL[dialect];
  const rowCountAlias = 'rows';
  const select: string[] = [`COUNT(*) AS ${sql.quote(rowCountAlias)}`];
  const byExpression = new Map<string, string>();
  const readings = new Map<string, Reading>();
  const queries = new Map<string, string>();
  const refused = new Map<string, string>();
  let separate = 0;
  for (const check of checks) {
    const m = check.measure;
    if (m.kind === 'none') continue;
    if (m.kind === 'sql') {
      const column = check.property === null ? undefined : sql.quote(columnOfMeasureOwner(check));
      const guarded = guardQuery(m.query, dialect, { table, column });
      if (!guarded.ok) {
        refused.set(check.id, guarded.reason);
        continue;
      }
      readings.set(check.id, { from: 'query', sql: guarded.sql });
      queries.set(check.id, guarded.sql);
      separate++;
      continue;
    }
    const grouped = groupedQuery(m, dialect, table);
    if (grouped) {
      readings.set(check.id, { from: 'query', sql: grouped });
      queries.set(check.id, grouped);
      separate++;
      continue;
    }
    const expression = m.kind === 'rowCount' ? 'COUNT(*)' : aggregateExpression(m, dialect);
    let alias = expression === 'COUNT(*)' ? rowCountAlias : byExpression.get(expression);
    if (alias === undefined) {
      alias = `m${byExpression.size + 1}`;
      byExpression.set(expression, alias);
      select.push(`${expression} AS ${sql.quote(alias)}`);
    }
    readings.set(check.id, { from: 'aggregate', alias });
    queries.set(check.id, `SELECT ${expression} FROM ${table}`);
  }
  return {
    aggregate: `SELECT\n  ${select.join(',\n  ')}\nFROM ${table}`,
    rowCountAlias,
    readings,
    queries,
    refused,
    scans: 1 + separate,
  };
}

/** Custom SQL on a property fills `{property}` with the property's column. */
function columnOfMeasureOwner(check: DataCheck): string {
  return check.column ?? check.property ?? '';
}

const countWhen = (condition: string) => `COUNT(CASE WHEN ${condition} THEN 1 END)`;

/** The condition that makes a row count against the check (also the WHERE of its sample). */
export function offendingCondition(m: Measure, dialect: Dialect): string | undefined {
  const sql = DIALECT_SQL[dialect];
  const q = (c: string) => sql.quote(c);
  switch (m.kind) {
    case 'nulls':
      return m.columns.map((c) => `${q(c)} IS NULL`).join(' OR ');
    case 'missing': {
      const inList = valueList(m.values, m.column, dialect);
      return inList ? `${q(m.column)} IS NULL OR ${inList}` : `${q(m.column)} IS NULL`;
    }
    case 'notIn': {
      const inList = valueList(m.values, m.column, dialect);
      return inList ? `${q(m.column)} IS NOT NULL AND NOT (${inList})` : `${q(m.column)} IS NOT NULL`;
    }
    case 'notMatching':
      return `${q(m.column)} IS NOT NULL AND NOT ${sql.matches(sql.asText(q(m.column)), sql.string(m.pattern))}`;
    case 'below':
      return `${q(m.column)} ${m.inclusive ? '<=' : '<'} ${numberLiteral(m.bound)}`;
    case 'above':
      return `${q(m.column)} ${m.inclusive ? '>=' : '>'} ${numberLiteral(m.bound)}`;
    case 'shorter':
      return `${sql.length(sql.asText(q(m.column)))} < ${m.length}`;
    case 'longer':
      return `${sql.length(sql.asText(q(m.column)))} > ${m.length}`;
    default:
      return undefined;
  }
}

function aggregateExpression(m: Measure, dialect: Dialect): string {
  const sql = DIALECT_SQL[dialect];
  const q = (c: string) => sql.quote(c);
  switch (m.kind) {
    case 'nulls':
      return m.columns.length === 1
        ? `COUNT(*) - COUNT(${q(m.columns[0])})`
        : countWhen(offendingCondition(m, dialect)!);
    case 'duplicates':
      return `COUNT(${q(m.columns[0])}) - COUNT(DISTINCT ${q(m.columns[0])})`;
    case 'keyBroken':
      // A row breaks a one-column key when its value is null or repeats one already counted.
      return `COUNT(*) - COUNT(DISTINCT ${q(m.columns[0])})`;
    case 'newest':
      return sql.epochSeconds(`MAX(${q(m.column)})`);
    default:
      return countWhen(offendingCondition(m, dialect)!);
  }
}

/** Checks over several columns at once group the table: a query of their own. */
function groupedQuery(m: Measure, dialect: Dialect, table: string): string | undefined {
  if ((m.kind !== 'duplicates' && m.kind !== 'keyBroken') || m.columns.length < 2) return undefined;
  const sql = DIALECT_SQL[dialect];
  const cols = m.columns.map((c) => sql.quote(c));
  const notNull = cols.map((c) => `${c} IS NOT NULL`).join(' AND ');
  const repeats = `SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM ${table} WHERE ${notNull} GROUP BY ${cols.join(', ')} HAVING COUNT(*) > 1) AS repeated`;
  if (m.kind === 'duplicates') return repeats;
  const nulls = `SELECT COUNT(*) FROM ${table} WHERE ${cols.map((c) => `${c} IS NULL`).join(' OR ')}`;
  return `SELECT (${nulls}) + (${repeats})`;
}

/** Up to 5 rows (or repeated values with their counts) that break the check. */
export function sampleQuery(check: DataCheck, dialect: Dialect, table: string): string | undefined {
  const sql = DIALECT_SQL[dialect];
  const m = check.measure;
  if (m.kind === 'duplicates' || m.kind === 'keyBroken') {
    const cols = m.columns.map((c) => sql.quote(c));
    const notNull = cols.map((c) => `${c} IS NOT NULL`).join(' AND ');
    const repeated = `SELECT ${cols.join(', ')}, COUNT(*) AS ${sql.quote('rows')} FROM ${table} WHERE ${notNull} GROUP BY ${cols.join(', ')} HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC LIMIT ${SAMPLE_LIMIT}`;
    if (m.kind === 'duplicates') return repeated;
    // The rows that break the key: a null in a key column, or a key value that repeats.
    const nulls = cols.map((c) => `${c} IS NULL`).join(' OR ');
    const repeats =
      cols.length === 1
        ? `${cols[0]} IN (SELECT ${cols[0]} FROM ${table} GROUP BY ${cols[0]} HAVING COUNT(*) > 1)`
        : `EXISTS (SELECT 1 FROM ${table} AS other WHERE ${cols.map((c) => `other.${c} = ${table}.${c}`).join(' AND ')} GROUP BY ${cols.map((c) => `other.${c}`).join(', ')} HAVING COUNT(*) > 1)`;
    return `SELECT * FROM ${table} WHERE ${nulls} OR ${repeats} LIMIT ${SAMPLE_LIMIT}`;
  }
  const condition = offendingCondition(m, dialect);
  return condition ? `SELECT * FROM ${table} WHERE ${condition} LIMIT ${SAMPLE_LIMIT}` : undefined;
}

/** `x IN (…)`: numbers compared as numbers when every value is one, otherwise as text. */
function valueList(
  values: ReadonlyArray<string | number | boolean>,
  column: string,
  dialect: Dialect,
): string | undefined {
  if (values.length === 0) return undefined;
  const sql = DIALECT_SQL[dialect];
  const numeric = values.every((v) => typeof v === 'number' && Number.isFinite(v));
  const list = numeric ? values.map((v) => numberLiteral(v as number)) : values.map((v) => sql.string(String(v)));
  const target = numeric ? sql.quote(column) : sql.asText(sql.quote(column));
  return `${target} IN (${list.join(', ')})`;
}

function numberLiteral(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}
