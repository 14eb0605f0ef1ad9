// What a table holds, measured for a first contract: column names and types, the row count, and per column the
// nulls, the distinct values and the range, all in one aggregate query (one scan of the data). A file (CSV, Parquet,
// JSON) is read by DuckDB in memory, locked down as for `dclens test`: nothing outside the workspace can be read. A
// PostgreSQL table is read in a READ ONLY transaction with the user's own credentials (PG* or the ones given).
import path from 'node:path';
import {
  DIALECT_SQL,
  keyLikeName,
  typeFamily,
  type ColumnProfile,
  type ProfileSource,
  type TableProfile,
} from '../../engine';
import { dataPath, DataUnreachable, missingFile } from './data-paths';

type Family = ReturnType<typeof typeFamily>;

const FORMATS: Record<string, 'csv' | 'parquet' | 'json'> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
  pq: 'parquet',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
};
const READERS = { csv: 'read_csv', parquet: 'read_parquet', json: 'read_json_auto' } as const;

/** Types whose values have a length worth noting (not uuid, which PostgreSQL cannot measure). */
const TEXT_TYPE = /^(varchar|text|string|character|char|bpchar|citext|nvarchar|nchar)\b/i;

export interface FileToProfile {
  /** The data file, absolute or relative to `base` (messages name it as given). */
  file: string;
  /** The folder a relative `file` is read from (default: `root`). */
  base?: string;
  /** The workspace: the file must lie inside it. */
  root: string;
  /** The folder the contract will be saved in: the server's `path` is written relative to it. */
  contractDir: string;
}

/** The profile of one CSV, Parquet or JSON file inside the workspace. */
export async function profileFile(target: FileToProfile): Promise<TableProfile> {
  const absolute = dataPath(target.file, target.base ?? target.root, target.root);
  if (/[*?[{]/.test(path.basename(absolute)))
    throw new DataUnreachable(`'${target.file}' names several files; pick one file`);
  if (missingFile(absolute)) throw new DataUnreachable(`the file '${target.file}' does not exist`);
  const extension = path.extname(absolute).slice(1).toLowerCase();
  const format = FORMATS[extension];
  if (!format)
    throw new DataUnreachable(`'${path.basename(absolute)}' is not a CSV, Parquet or JSON file (by its extension)`);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const sql = DIALECT_SQL.duckdb;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    try {
      await connection.run(`CREATE VIEW data AS SELECT * FROM ${READERS[format]}(${sql.string(absolute)})`);
    } catch (error) {
      throw new DataUnreachable(`cannot read '${path.basename(absolute)}' as ${format}: ${firstLine(error)}`);
    }
    // From here on nothing outside the workspace can be read, and no query can undo it.
    const root = path.resolve(target.root);
    await connection.run(`SET allowed_directories = [${sql.string(root + path.sep)}]`);
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
    let columns: Array<{ name: string; type: string }>;
    let row: Record<string, unknown>;
    try {
      const described = await connection.runAndReadAll('DESCRIBE SELECT * FROM data');
      columns = described.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      const aggregate = aggregateQuery('duckdb', columns, 'data', (c) => `approx_count_distinct(${c})`);
      row = (await connection.runAndReadAll(aggregate)).getRowObjectsJS()[0] ?? {};
    } catch (error) {
      // A value the first rows did not announce (text in a column read as numbers) stops the scan.
      throw new DataUnreachable(`cannot read '${path.basename(absolute)}' as ${format}: ${firstLine(error)}`);
    }
    const relative = path.relative(path.resolve(target.contractDir), absolute).split(path.sep).join('/');
    const source: ProfileSource = { kind: 'file', path: relative || path.basename(absolute), format };
    return profileOf(path.basename(absolute, path.extname(absolute)), source, columns, row);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface PostgresTable {
  host?: string;
  port?: number;
  database?: string;
  schema: string;
  table: string;
}

/** The profile of one PostgreSQL table; user and password from `credentials`, else PGUSER/PGPASSWORD/.pgpass. */
export async function profilePostgres(
  target: PostgresTable,
  credentials: { user?: string; password?: string } = {},
): Promise<TableProfile> {
  const { Client } = await import('pg');
  const client = new Client({
    host: target.host || undefined,
    port: target.port || undefined,
    database: target.database || undefined,
    user: credentials.user || undefined,
    password: credentials.password || undefined,
    application_name: 'dclens new',
    connectionTimeoutMillis: 10_000,
  });
  try {
    await client.connect();
  } catch (error) {
    const where = `${target.host || process.env.PGHOST || 'localhost'}:${target.port || process.env.PGPORT || 5432}`;
    throw new DataUnreachable(`cannot connect to PostgreSQL at ${where}: ${firstLine(error)}`);
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    const described = await client.query<{ column_name: string; data_type: string }>(
      'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
      [target.schema, target.table],
    );
    if (described.rows.length === 0)
      throw new DataUnreachable(`there is no table ${target.schema}.${target.table} (or you may not read it)`);
    const columns = described.rows.map((r) => ({ name: r.column_name, type: r.data_type }));
    const sql = DIALECT_SQL.postgres;
    // PostgreSQL has no approximate distinct count: only the columns named like keys are counted, exactly.
    const query = aggregateQuery(
      'postgres',
      columns,
      `${sql.quote(target.schema)}.${sql.quote(target.table)}`,
      undefined,
    );
    const result = await client.query(query);
    const row = (result.rows[0] ?? {}) as Record<string, unknown>;
    const source: ProfileSource = {
      kind: 'postgres',
      host: (client as unknown as { host?: string }).host || target.host,
      port: Number((client as unknown as { port?: number }).port) || target.port,
      database: (client as unknown as { database?: string }).database || target.database,
      schema: target.schema,
      table: target.table,
    };
    return profileOf(target.table, source, columns, row);
  } catch (error) {
    if (error instanceof DataUnreachable) throw error;
    throw new DataUnreachable(`cannot read ${target.schema}.${target.table}: ${firstLine(error)}`);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/**
 * One aggregate over the table: `n` rows; per column i, `nn_i` non-null values, `d_i` distinct values (all columns
 * with `approximate`, else exactly for the key-like ones), `lo_i`/`hi_i` for numbers and dates, `len_i` for text.
 */
function aggregateQuery(
  dialect: 'duckdb' | 'postgres',
  columns: ReadonlyArray<{ name: string; type: string }>,
  from: string,
  approximate: ((column: string) => string) | undefined,
): string {
  const sql = DIALECT_SQL[dialect];
  const parts = ['count(*) AS n'];
  columns.forEach((column, i) => {
    const c = sql.quote(column.name);
    const family = typeFamily(column.type);
    parts.push(`count(${c}) AS nn_${i}`);
    const comparable = family !== 'object' && family !== 'array' && !/^json\b/i.test(column.type);
    if (comparable && keyLikeName(column.name)) parts.push(`count(DISTINCT ${c}) AS d_${i}`);
    else if (comparable && approximate) parts.push(`${approximate(c)} AS d_${i}`);
    if (ranged(family)) parts.push(`CAST(min(${c}) AS VARCHAR) AS lo_${i}`, `CAST(max(${c}) AS VARCHAR) AS hi_${i}`);
    if (family === 'string' && TEXT_TYPE.test(column.type.trim())) parts.push(`max(length(${c})) AS len_${i}`);
  });
  return `SELECT ${parts.join(', ')} FROM ${from}`;
}

const ranged = (family: Family) =>
  family === 'integer' || family === 'number' || family === 'date' || family === 'timestamp' || family === 'time';

function profileOf(
  table: string,
  source: ProfileSource,
  columns: ReadonlyArray<{ name: string; type: string }>,
  row: Record<string, unknown>,
): TableProfile {
  const rowCount = count(row.n) ?? 0;
  return {
    table,
    source,
    rowCount,
    columns: columns.map((column, i): ColumnProfile => {
      const family = typeFamily(column.type);
      const profile: ColumnProfile = {
        name: column.name,
        type: column.type,
        nulls: rowCount - (count(row[`nn_${i}`]) ?? 0),
      };
      const distinct = count(row[`d_${i}`]);
      if (distinct !== undefined) profile.distinct = distinct;
      const lo = row[`lo_${i}`];
      const hi = row[`hi_${i}`];
      if (lo !== null && lo !== undefined && hi !== null && hi !== undefined) {
        profile.min = rangeValue(String(lo), family);
        profile.max = rangeValue(String(hi), family);
      }
      const length = count(row[`len_${i}`]);
      if (length !== undefined) profile.maxLength = length;
      return profile;
    }),
  };
}

function count(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A number stays a number when it reads back the same; anything else (a date, a huge integer) stays text. */
function rangeValue(text: string, family: Family): string | number {
  if (family !== 'integer' && family !== 'number') return text;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

function firstLine(error: unknown): string {
  const text =
    error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || String(error) : String(error);
  return text.split('\n')[0].trim();
}
