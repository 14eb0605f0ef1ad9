// A throwaway schema on the PostgreSQL server at PGHOST/PGPORT (user and password from PGUSER/PGPASSWORD or
// ~/.pgpass), created before a describe block and dropped after it. Without a reachable server the block is skipped
// and says why — unless DCLENS_REQUIRE_POSTGRES=1 (CI starts a server with .ci/postgres.sh), where it fails.
import { Client } from 'pg';

export interface ThrowawaySchema {
  /** The schema's name, unique to this process. */
  readonly name: string;
  /** The connection that made it (set once `before` ran). */
  readonly admin: Client;
}

/**
 * Call inside `describe`: registers the before/after hooks. `prefix` names the schema (`${prefix}_${pid}`);
 * `setup` creates tables in it.
 */
export function throwawaySchema(
  prefix: string,
  setup: (admin: Client, schema: string) => Promise<void>,
): ThrowawaySchema {
  const name = `${prefix}_${process.pid}`;
  let admin: Client | undefined;
  before(async function () {
    const client = new Client({ database: process.env.PGDATABASE ?? 'postgres', connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (error) {
      const where = `${process.env.PGHOST ?? 'localhost'}:${process.env.PGPORT ?? 5432}`;
      if (process.env.DCLENS_REQUIRE_POSTGRES === '1')
        throw new Error(`no PostgreSQL server reachable at ${where}: ${(error as Error).message}`, { cause: error });
      console.log(`      skipped: no PostgreSQL server reachable at ${where} (${(error as Error).message})`);
      this.skip();
    }
    admin = client;
    await client.query(`CREATE SCHEMA ${name}`);
    await setup(client, name);
  });
  after(async () => {
    if (!admin) return;
    await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  });
  return {
    name,
    get admin() {
      if (!admin) throw new Error('the schema is made in before()');
      return admin;
    },
  };
}
