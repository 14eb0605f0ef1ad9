// Runs a contract's checks in PostgreSQL through `pg`. Host, port, database and schema come from the contract's
// server (with `${VAR}`/`${VAR:-default}` read from the environment); the user and password never do: they come
// from PGUSER/PGPASSWORD or ~/.pgpass, as for psql. Every query runs in a READ ONLY transaction.
import { qualifiedName, type Column, type DataObject, type DataServer, type SqlExecutor } from '../../engine';
import { DataUnreachable } from './data-paths';

export interface PostgresExecutor extends SqlExecutor {
  close(): Promise<void>;
  /** Asks the server, over a second connection, to cancel the running query (it fails with a cancel error). */
  interrupt(): Promise<void>;
}

/** `${NAME}` and `${NAME:-default}` (ODCS v3.2.0 variables) filled from the environment. */
export function fillVariables(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return text.replace(
    /\$\{([A-Za-z_]\w*)(?::-([^}]*))?\}/g,
    (_, name: string, fallback?: string) => env[name] ?? fallback ?? '',
  );
}

/** `credentials` (kept by an editor in its secret storage) override PGUSER/PGPASSWORD for this connection only. */
export async function openPostgres(
  server: DataServer,
  credentials?: { user?: string; password?: string },
): Promise<PostgresExecutor> {
  const { Client } = await import('pg');
  const field = (k: string) => {
    const v = server.fields[k];
    return v === undefined ? undefined : fillVariables(String(v)).trim() || undefined;
  };
  const port = field('port');
  const settings = {
    host: field('host'),
    port: port === undefined ? undefined : Number(port),
    database: field('database'),
    ...(credentials?.user ? { user: credentials.user } : {}),
    ...(credentials?.password !== undefined ? { password: credentials.password } : {}),
    application_name: 'dclens test',
    connectionTimeoutMillis: 10_000,
  };
  const client = new Client(settings);
  try {
    await client.connect();
  } catch (error) {
    const where = `${field('host') ?? process.env.PGHOST ?? 'localhost'}:${port ?? process.env.PGPORT ?? 5432}`;
    throw new DataUnreachable(`cannot connect to PostgreSQL at ${where}: ${firstLine(error)}`);
  }
  const schema = field('schema') ?? 'public';
  const readOnly = async <T>(run: () => Promise<T>): Promise<T> => {
    await client.query('BEGIN TRANSACTION READ ONLY');
    try {
      return await run();
    } finally {
      await client.query('ROLLBACK');
    }
  };
  return {
    dialect: 'postgres',
    tableOf: (object: DataObject) => qualifiedName('postgres', [schema, object.table]),
    async columns(object: DataObject): Promise<Column[]> {
      const result = await readOnly(() =>
        client.query<{ column_name: string; data_type: string }>(
          'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
          [schema, object.table],
        ),
      );
      if (result.rows.length === 0) throw new Error(`there is no table ${schema}.${object.table}`);
      return result.rows.map((r) => ({ name: r.column_name, type: r.data_type }));
    },
    async query(sql: string) {
      const result = await readOnly(() => client.query(sql));
      return result.rows as Array<Record<string, unknown>>;
    },
    async interrupt() {
      // PostgreSQL cancels a query from another session: pg_cancel_backend with the first session's process id.
      const pid = (client as unknown as { processID?: number }).processID;
      if (!pid) return;
      const canceller = new Client({ ...settings, application_name: 'dclens test (cancel)' });
      try {
        await canceller.connect();
        await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
      } finally {
        await canceller.end().catch(() => undefined);
      }
    },
    async close() {
      await client.end();
    },
  };
}

function firstLine(error: unknown): string {
  const text =
    error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || String(error) : String(error);
  return text.split('\n')[0].trim();
}
