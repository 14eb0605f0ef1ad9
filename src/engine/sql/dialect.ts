// Which SQL dialect to read a contract's queries in, from the types of its servers.
import type { SqlLanguage } from 'sql-formatter';

const BY_SERVER_TYPE: Record<string, SqlLanguage> = {
  postgres: 'postgresql',
  postgresql: 'postgresql',
  bigquery: 'bigquery',
  snowflake: 'snowflake',
  athena: 'trino',
  trino: 'trino',
  presto: 'trino',
  databricks: 'spark',
  spark: 'spark',
  redshift: 'redshift',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlserver: 'transactsql',
  synapse: 'transactsql',
  azure: 'transactsql',
  db2: 'db2',
  oracle: 'plsql',
  duckdb: 'duckdb',
  sqlite: 'sqlite',
  hive: 'hive',
  clickhouse: 'clickhouse',
};

/** The dialects of the contract's servers, most common first; `sql` (standard SQL) when none is known. */
export function dialectsForServers(servers: unknown): SqlLanguage[] {
  const found: SqlLanguage[] = [];
  if (Array.isArray(servers)) {
    for (const server of servers) {
      const type = server && typeof server === 'object' ? (server as Record<string, unknown>).type : undefined;
      const dialect = typeof type === 'string' ? BY_SERVER_TYPE[type.trim().toLowerCase()] : undefined;
      if (dialect && !found.includes(dialect)) found.push(dialect);
    }
  }
  return found.length > 0 ? found : ['sql'];
}

const NAMES: Partial<Record<SqlLanguage, string>> = {
  sql: 'standard SQL',
  postgresql: 'PostgreSQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  trino: 'Trino (Athena)',
  spark: 'Spark SQL (Databricks)',
  redshift: 'Redshift',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  transactsql: 'SQL Server (T-SQL)',
  db2: 'Db2',
  plsql: 'Oracle PL/SQL',
  duckdb: 'DuckDB',
  sqlite: 'SQLite',
  hive: 'Hive',
  clickhouse: 'ClickHouse',
};

/** How a person names the dialect. */
export function dialectName(language: SqlLanguage): string {
  return NAMES[language] ?? language;
}
