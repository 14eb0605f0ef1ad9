// How each SQL dialect quotes names and strings, matches patterns and reads a time as seconds since 1970.
import type { Dialect } from './types';

export interface DialectSql {
  name: string;
  /** A quoted identifier: `"order id"`, `` `order id` ``. */
  quote(identifier: string): string;
  /** A string literal. */
  string(text: string): string;
  /** A column read as text. */
  asText(expression: string): string;
  /** true when `expression` contains a match of the (unanchored) regular expression. */
  matches(expression: string, pattern: string): string;
  length(expression: string): string;
  /** Seconds since 1970-01-01 UTC of a date or timestamp expression, as a number. */
  epochSeconds(expression: string): string;
  /** Whether `\` escapes in string literals (then it is doubled). */
  backslashEscapes: boolean;
}

const doubleQuote = (id: string) => `"${id.replace(/"/g, '""')}"`;
const backtick = (id: string) => `\`${id.replace(/`/g, '``')}\``;
const standardString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const escapedString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const TRINO: DialectSql = {
  name: 'Trino',
  quote: doubleQuote,
  string: standardString,
  asText: (e) => `CAST(${e} AS VARCHAR)`,
  matches: (e, p) => `regexp_like(${e}, ${p})`,
  length: (e) => `length(${e})`,
  epochSeconds: (e) => `to_unixtime(CAST(${e} AS TIMESTAMP))`,
  backslashEscapes: false,
};

export const DIALECT_SQL: Record<Dialect, DialectSql> = {
  duckdb: {
    name: 'DuckDB',
    quote: doubleQuote,
    string: standardString,
    asText: (e) => `CAST(${e} AS VARCHAR)`,
    matches: (e, p) => `regexp_matches(${e}, ${p})`,
    length: (e) => `length(${e})`,
    epochSeconds: (e) => `epoch(CAST(${e} AS TIMESTAMP))`,
    backslashEscapes: false,
  },
  postgres: {
    name: 'PostgreSQL',
    quote: doubleQuote,
    string: standardString,
    asText: (e) => `CAST(${e} AS TEXT)`,
    matches: (e, p) => `(${e} ~ ${p})`,
    length: (e) => `char_length(${e})`,
    epochSeconds: (e) => `EXTRACT(EPOCH FROM CAST(${e} AS TIMESTAMPTZ))`,
    backslashEscapes: false,
  },
  trino: TRINO,
  // Athena's SQL engine is Trino.
  athena: { ...TRINO, name: 'Athena' },
  spark: {
    name: 'Spark SQL (Databricks)',
    quote: backtick,
    string: escapedString,
    asText: (e) => `CAST(${e} AS STRING)`,
    matches: (e, p) => `(${e} RLIKE ${p})`,
    length: (e) => `char_length(${e})`,
    epochSeconds: (e) => `unix_timestamp(CAST(${e} AS TIMESTAMP))`,
    backslashEscapes: true,
  },
  snowflake: {
    name: 'Snowflake',
    quote: doubleQuote,
    string: escapedString,
    asText: (e) => `CAST(${e} AS VARCHAR)`,
    // REGEXP_LIKE matches the whole value in Snowflake; REGEXP_INSTR finds a match anywhere, as elsewhere.
    matches: (e, p) => `(REGEXP_INSTR(${e}, ${p}) > 0)`,
    length: (e) => `LENGTH(${e})`,
    epochSeconds: (e) => `DATE_PART(epoch_second, CAST(${e} AS TIMESTAMP_TZ))`,
    backslashEscapes: true,
  },
  bigquery: {
    name: 'BigQuery',
    quote: backtick,
    string: escapedString,
    asText: (e) => `CAST(${e} AS STRING)`,
    matches: (e, p) => `REGEXP_CONTAINS(${e}, ${p})`,
    length: (e) => `LENGTH(${e})`,
    epochSeconds: (e) => `UNIX_SECONDS(CAST(${e} AS TIMESTAMP))`,
    backslashEscapes: true,
  },
};

/** The dialect of an ODCS server type; undefined when this tool generates no SQL for it. */
export function dialectOfServerType(type: string): Dialect | undefined {
  switch (type.trim().toLowerCase()) {
    case 'local':
    case 'duckdb':
      return 'duckdb';
    case 'postgres':
    case 'postgresql':
      return 'postgres';
    case 'trino':
    case 'presto':
      return 'trino';
    case 'athena':
      return 'athena';
    case 'databricks':
    case 'spark':
      return 'spark';
    case 'snowflake':
      return 'snowflake';
    case 'bigquery':
      return 'bigquery';
    default:
      return undefined;
  }
}

/** A quoted, qualified table name from its parts (empty parts left out): `"sales"."orders"`. */
export function qualifiedName(dialect: Dialect, parts: ReadonlyArray<string | undefined>): string {
  const sql = DIALECT_SQL[dialect];
  // BigQuery quotes the whole path in one pair of backticks.
  const present = parts.filter((p): p is string => !!p && p.trim() !== '');
  if (dialect === 'bigquery') return backtick(present.join('.'));
  return present.map((p) => sql.quote(p)).join('.');
}

/** Where a schema object's table lives on a server: the name parts before the table (catalog, schema, …). */
export function tablePrefix(type: string, fields: Record<string, unknown>): string[] {
  const s = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : '');
  switch (type.trim().toLowerCase()) {
    case 'postgres':
    case 'postgresql':
    case 'duckdb':
      return [s('schema')];
    case 'trino':
    case 'presto':
    case 'databricks':
    case 'spark':
      return [s('catalog'), s('schema')];
    case 'athena':
      return [s('catalog'), s('schema')];
    case 'snowflake':
      return [s('database'), s('schema')];
    case 'bigquery':
      return [s('project'), s('dataset')];
    default:
      return [];
  }
}
