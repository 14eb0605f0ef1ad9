// sql-formatter with only the dialects the engine reads queries in (dialect.ts maps servers[].type to them): the
// dialects no server type maps to stay out of the bundles. The bundles load this module on the first query they
// read (scripts/build.mjs), so a run over contracts without SQL never loads sql-formatter; when it cannot be loaded,
// `format` throws an error named FormatterUnavailable, which callers pass on rather than read as unreadable SQL.
import {
  bigquery,
  clickhouse,
  db2,
  duckdb,
  formatDialect,
  hive,
  mariadb,
  mysql,
  plsql,
  postgresql,
  redshift,
  snowflake,
  spark,
  sql,
  sqlite,
  transactsql,
  trino,
  type DialectOptions,
  type FormatOptionsWithLanguage,
  type SqlLanguage,
} from 'sql-formatter';

const DIALECTS: Partial<Record<SqlLanguage, DialectOptions>> = {
  sql,
  postgresql,
  bigquery,
  snowflake,
  trino,
  spark,
  redshift,
  mysql,
  mariadb,
  transactsql,
  db2,
  plsql,
  duckdb,
  sqlite,
  hive,
  clickhouse,
};

/** Formats `query` as sql-formatter's `format` does; throws its parse errors, and for a dialect not listed above. */
export function format(query: string, options: FormatOptionsWithLanguage & { language: SqlLanguage }): string {
  const { language, ...rest } = options;
  const dialect = DIALECTS[language];
  if (!dialect) throw new Error(`Unsupported SQL dialect: ${language}`);
  return formatDialect(query, { ...rest, dialect });
}

/** True for the error of a formatter that could not be loaded (never thrown by this module itself). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'FormatterUnavailable';
}
