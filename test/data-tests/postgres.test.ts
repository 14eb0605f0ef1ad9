// Runs against a real PostgreSQL server at PGHOST/PGPORT (user and password from PGUSER/PGPASSWORD or ~/.pgpass),
// in a throwaway schema it creates and drops. Without a reachable server the tests are skipped and say why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contractChecks, runChecks, type CheckResult } from '../../src/engine';
import { openPostgres } from '../../src/node/data/postgres';
import { runContract } from '../../src/node/data/run-contract';
import { DataUnreachable } from '../../src/node/data/data-paths';
import { throwawaySchema } from '../helpers/postgres-schema';

const FIXTURE = path.join(__dirname, '../fixtures/data');
const NOW = Date.parse('2026-06-01T00:00:00Z') / 1000;

/** The fines contract pointed at the throwaway schema of the server in the environment. */
function postgresContract(schema: string): string {
  const text = readFileSync(path.join(FIXTURE, 'fines.odcs.yaml'), 'utf8');
  return text.replace(
    'servers:\n',
    `servers:\n  - server: pg\n    type: postgres\n    host: \${PGHOST:-localhost}\n    port: \${PGPORT:-5432}\n    database: \${PGDATABASE:-postgres}\n    schema: ${schema}\n`,
  );
}

describe('data tests: PostgreSQL runner (real server at PGHOST/PGPORT)', function () {
  this.timeout(60_000);

  const schema = throwawaySchema('dclens_test', async (admin, schema) => {
    await admin.query(`CREATE TABLE ${schema}.fines (
      fine_id integer, amount_pence integer, court_code text, postcode text, status text,
      issued_at timestamptz, offence_type text, hearing_id text, hearing_day integer)`);
    const [, ...rows] = readFileSync(path.join(FIXTURE, 'fines.csv'), 'utf8').trim().split('\n');
    for (const row of rows) {
      const values = row.split(',').map((v) => (v === '' ? null : v));
      values[5] = `${values[5]}+00`;
      await admin.query(`INSERT INTO ${schema}.fines VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, values);
    }
  });

  it('finds exactly the seeded defects, as DuckDB does', async () => {
    const tests = contractChecks(postgresContract(schema.name));
    const server = tests.servers.find((s) => s.server === 'pg')!;
    const executor = await openPostgres(server);
    let results: CheckResult[];
    try {
      ({ results } = await runChecks(tests, executor, { nowSeconds: NOW }));
    } finally {
      await executor.close();
    }
    const got = (id: string) => {
      const r = results.find((x) => x.check.id === id)!;
      return [r.status, r.actual];
    };
    assert.deepEqual(got('fines.objectExists'), ['passed', undefined]);
    assert.deepEqual(got('fines.fine_id.primaryKey'), ['failed', 2]);
    assert.deepEqual(got('fines.amount_pence.required'), ['failed', 3]);
    assert.deepEqual(got('fines.amount_pence.logicalTypeOptions.minimum'), ['failed', 1]);
    assert.deepEqual(got('fines.court_code.quality[0]'), ['failed', 2]);
    assert.deepEqual(got('fines.postcode.logicalTypeOptions.pattern'), ['failed', 1]);
    assert.deepEqual(got('fines.status.quality[0]'), ['failed', 15]);
    assert.deepEqual(got('fines.offence_type.logicalType'), ['failed', undefined]);
    assert.deepEqual(got('fines.officer_id.propertyExists'), ['failed', undefined]);
    assert.deepEqual(got('fines.quality[0]'), ['passed', 20]);
    assert.deepEqual(got('fines.quality[1]'), ['failed', 1]);
    assert.deepEqual(got('fines.quality[2]'), ['passed', 0]);
    assert.deepEqual(got('fines.quality[3]'), ['error', undefined]);
    assert.deepEqual(got('slaProperties[0]'), ['failed', 1.58]);
    const sample = results.find((r) => r.check.id === 'fines.amount_pence.required')!.sample!;
    assert.equal(sample.length, 3);
  });

  it('cancels the running query on the server when the run is cancelled', async () => {
    // Minutes of work unless the server cancels it.
    const slow = postgresContract(schema.name).replace(
      'schema:\n',
      'schema:\n  - name: slow\n    physicalName: fines\n    quality:\n      - type: sql\n        query: SELECT count(*) FROM generate_series(1, 100000000000) AS n WHERE n % 7 = 3\n        mustBe: 0\n',
    );
    const tests = contractChecks(slow);
    const server = tests.servers.find((s) => s.server === 'pg')!;
    const cancel = new AbortController();
    const activeSlowQuery =
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%generate_series(1, 100000000000)%' AND pid <> pg_backend_pid()";
    // Cancel only once the server is running the long query, so that it is the query that gets interrupted.
    const abortOnceRunning = async () => {
      for (let i = 0; i < 400 && !cancel.signal.aborted; i++) {
        if ((await schema.admin.query(activeSlowQuery)).rows[0].n > 0) cancel.abort();
        else await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const started = Date.now();
    const run = await runContract(tests, server, FIXTURE, {
      nowSeconds: NOW,
      signal: cancel.signal,
      onProgress: (message) => {
        if (message.startsWith('Checking slow ')) void abortOnceRunning();
      },
    });
    assert.ok(Date.now() - started < 20_000, `the run returned after ${Date.now() - started} ms`);
    assert.equal(run.cancelled, true);
    assert.deepEqual(run.results, [], 'the interrupted table reports nothing, and nothing after it ran');
    assert.ok(cancel.signal.aborted, 'the long query was seen running on the server');
    assert.equal((await schema.admin.query(activeSlowQuery)).rows[0].n, 0, 'no query is left running on the server');
  });

  it('runs every query in a READ ONLY transaction', async () => {
    const tests = contractChecks(postgresContract(schema.name));
    const executor = await openPostgres(tests.servers.find((s) => s.server === 'pg')!);
    try {
      await assert.rejects(executor.query(`CREATE TABLE ${schema.name}.written (a integer)`), /read-only transaction/);
      await assert.rejects(executor.query(`DELETE FROM ${schema.name}.fines`), /read-only transaction/);
      assert.equal((await executor.query(`SELECT COUNT(*) AS n FROM ${schema.name}.fines`))[0].n, '20');
    } finally {
      await executor.close();
    }
  });
});

describe('data tests: PostgreSQL runner without a server', () => {
  it('a refused connection is reported as unreachable, naming the server', async () => {
    await assert.rejects(
      openPostgres({ server: 'down', type: 'postgres', fields: { host: '127.0.0.1', port: 1 } }),
      (error: unknown) =>
        error instanceof DataUnreachable && /cannot connect to PostgreSQL at 127\.0\.0\.1:1/.test(error.message),
    );
  });
});
