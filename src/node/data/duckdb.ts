// Runs a contract's checks in DuckDB, in process: `type: local` (CSV, Parquet or JSON files, one view per schema
// object) and `type: duckdb` (a database file opened read-only). Once the views exist, DuckDB is locked down: no
// file outside the data's folders can be read and the settings cannot be changed back, whatever a query says.
import path from 'node:path';
import {
  DIALECT_SQL,
  qualifiedName,
  type Column,
  type DataObject,
  type DataServer,
  type SqlExecutor,
} from '../../engine';
import { dataPath, DataUnreachable, fillPath, missingFile } from './data-paths';

export interface DuckDbExecutor extends SqlExecutor {
  close(): void;
  /** Stops the running query (it fails with an interruption error). */
  interrupt(): void;
}

const READERS: Record<string, string> = { csv: 'read_csv', parquet: 'read_parquet', json: 'read_json_auto' };

export async function openDuckDb(
  server: DataServer,
  objects: readonly DataObject[],
  contractDir: string,
  root: string,
): Promise<DuckDbExecutor> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const sql = DIALECT_SQL.duckdb;
  const field = (k: string) => (typeof server.fields[k] === 'string' ? (server.fields[k] as string).trim() : '');
  const objectErrors = new Map<string, string>();
  let instance;
  const allowed = new Set<string>([path.resolve(root)]);
  if (server.type === 'duckdb') {
    const written = field('database') || field('path');
    if (!written) throw new DataUnreachable(`server '${server.server}' names no 'database' file`);
    const file = dataPath(written, contractDir, root);
    if (missingFile(file)) throw new DataUnreachable(`the database file '${written}' does not exist`);
    try {
      instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    } catch (error) {
      throw new DataUnreachable(`cannot open '${written}': ${firstLine(error)}`);
    }
  } else {
    instance = await DuckDBInstance.create(':memory:');
  }
  const connection = await instance.connect();
  if (server.type === 'local') {
    const template = field('path') || field('location');
    if (!template) throw new DataUnreachable(`server '${server.server}' names no 'path' for its files`);
    for (const object of objects) {
      const written = fillPath(template, object.table);
      try {
        const file = dataPath(written, contractDir, root);
        if (missingFile(file)) throw new DataUnreachable(`the file '${written}' does not exist`);
        const format = (field('format') || path.extname(file).slice(1)).toLowerCase();
        const reader = READERS[format === 'ndjson' || format === 'jsonl' ? 'json' : format];
        if (!reader) throw new DataUnreachable(`the format '${format}' is not one of csv, parquet or json`);
        await connection.run(`CREATE VIEW ${sql.quote(object.table)} AS SELECT * FROM ${reader}(${sql.string(file)})`);
      } catch (error) {
        objectErrors.set(object.name, error instanceof DataUnreachable ? error.message : firstLine(error));
      }
    }
  }
  // From here on nothing outside the workspace can be read, and no query can undo it.
  await connection.run(`SET allowed_directories = [${[...allowed].map((d) => sql.string(d + path.sep)).join(', ')}]`);
  await connection.run('SET enable_external_access = false');
  await connection.run('SET lock_configuration = true');
  const schema = server.type === 'duckdb' ? field('schema') : '';
  const tableOf = (object: DataObject) => qualifiedName('duckdb', [schema, object.table]);
  return {
    dialect: 'duckdb',
    tableOf,
    async columns(object: DataObject): Promise<Column[]> {
      const problem = objectErrors.get(object.name);
      if (problem) throw new Error(problem);
      try {
        const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${tableOf(object)}`);
        return reader.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      } catch (error) {
        throw new Error(
          /does not exist/i.test(firstLine(error)) ? `there is no table ${tableOf(object)}` : firstLine(error),
          { cause: error },
        );
      }
    },
    async query(text: string) {
      const reader = await connection.runAndReadAll(text);
      return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
    },
    interrupt() {
      connection.interrupt();
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
}
