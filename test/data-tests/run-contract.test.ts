// The run shared by `dclens test` and the language server: stopping between tables, running some checks only, and
// PostgreSQL credentials given for one run (a real server at PGHOST/PGPORT; skipped without one).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { contractChecks, type DataServer } from '../../src/engine';
import { DataUnreachable } from '../../src/node/data/data-paths';
import { chooseServer, onlyChecks, runContract } from '../../src/node/data/run-contract';

const NOW = Date.parse('2026-06-01T00:00:00Z') / 1000;

/** Three tables read from the same CSV file, each with a nullValues rule that fails (3 rows). */
const THREE_TABLES = `apiVersion: v3.1.0
kind: DataContract
id: three
servers:
  - server: files
    type: local
    path: ./fines.csv
    format: csv
schema:
${['a', 'b', 'c']
  .map(
    (t) => `  - name: ${t}
    properties:
      - name: amount_pence
        quality:
          - metric: nullValues
            mustBe: 0
`,
  )
  .join('')}`;

describe('running a contract (shared by the CLI and the language server)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-run-contract-'));
    cpSync(path.join(__dirname, '../fixtures/data'), dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stops between tables when asked, with the results of the tables already checked', async () => {
    const tests = contractChecks(THREE_TABLES);
    const server = chooseServer(tests.servers, undefined, 'three.odcs.yaml');
    const whole = await runContract(tests, server, dir, { nowSeconds: NOW, isCancelled: () => false });
    assert.equal(whole.cancelled, false);
    assert.deepEqual(
      whole.results.map((r) => [r.check.id, r.status, r.actual]),
      ['a', 'b', 'c'].flatMap((t) => [
        [`${t}.objectExists`, 'passed', undefined],
        [`${t}.amount_pence.propertyExists`, 'passed', undefined],
        [`${t}.amount_pence.quality[0]`, 'failed', 3],
      ]),
    );
    const tables: string[] = [];
    const stopped = await runContract(tests, server, dir, {
      nowSeconds: NOW,
      onProgress: (m) => tables.push(m),
      isCancelled: () => tables.length >= 1,
    });
    assert.equal(stopped.cancelled, true);
    assert.deepEqual(tables, ['Checking a (3 checks)…']);
    assert.deepEqual(
      stopped.results.map((r) => r.check.id),
      ['a.objectExists', 'a.amount_pence.propertyExists', 'a.amount_pence.quality[0]'],
    );
    assert.equal(stopped.scans, whole.scans / 3);
  });

  it('runs only the checks asked for, reading only their tables', async () => {
    const tests = onlyChecks(contractChecks(THREE_TABLES), ['b.amount_pence.quality[0]']);
    assert.deepEqual(
      tests.objects.map((o) => o.name),
      ['b'],
    );
    const run = await runContract(tests, tests.servers[0], dir, { nowSeconds: NOW });
    assert.deepEqual(
      run.results.map((r) => [r.check.id, r.actual]),
      [['b.amount_pence.quality[0]', 3]],
    );
  });
});

describe('running a contract: PostgreSQL credentials for one run (real server at PGHOST/PGPORT)', function () {
  this.timeout(60_000);
  before(async function () {
    const client = new Client({ database: process.env.PGDATABASE ?? 'postgres', connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.end();
    } catch (error) {
      if (process.env.DCLENS_REQUIRE_POSTGRES === '1') throw error;
      console.log(`      skipped: no PostgreSQL server reachable (${(error as Error).message})`);
      this.skip();
    }
  });

  const server: DataServer = {
    server: 'pg',
    type: 'postgres',
    fields: { host: '${PGHOST:-localhost}', port: '${PGPORT:-5432}', database: '${PGDATABASE:-postgres}' },
  };
  const tests = contractChecks(
    'apiVersion: v3.1.0\nkind: DataContract\nid: pg\nschema:\n  - name: pg_class\n    physicalName: pg_class\n',
  );

  it('connects as the user given for the run instead of PGUSER, and as PGUSER without one', async () => {
    await assert.rejects(
      runContract(tests, server, tmpdir(), { nowSeconds: NOW, credentials: { user: 'dclens_no_such_role' } }),
      (error: unknown) => error instanceof DataUnreachable && /dclens_no_such_role/.test(error.message),
    );
    const run = await runContract(tests, server, tmpdir(), { nowSeconds: NOW });
    // pg_class lives in pg_catalog, not in the default schema public: the table is looked for and reported.
    assert.equal(run.results.length, 1);
    assert.match(run.results[0].message, /public\.pg_class/);
  });
});
