import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contractChecks, runChecks, type CheckResult, type ContractTests } from '../../src/engine';
import { openDuckDb } from '../../src/node/data/duckdb';
import { DataUnreachable } from '../../src/node/data/data-paths';
import { writeDuckDbFile } from '../fixtures/data/make-data';

const FIXTURE = path.join(__dirname, '../fixtures/data');
// A day and a bit after the newest issued_at (2026-05-30 10:00 UTC).
const NOW = Date.parse('2026-06-01T00:00:00Z') / 1000;

describe('data tests: DuckDB runner on files with known defects', function () {
  this.timeout(60_000);
  let dir: string;
  let tests: ContractTests;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-data-'));
    cpSync(FIXTURE, dir, { recursive: true });
    await writeDuckDbFile(path.join(dir, 'fines.csv'), path.join(dir, 'fines.duckdb'));
    tests = contractChecks(readFileSync(path.join(dir, 'fines.odcs.yaml'), 'utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function run(serverName: string, contract: ContractTests = tests) {
    const server = contract.servers.find((s) => s.server === serverName)!;
    const executor = await openDuckDb(server, contract.objects, dir, dir);
    try {
      return await runChecks(contract, executor, { nowSeconds: NOW });
    } finally {
      executor.close();
    }
  }
  const result = (results: CheckResult[], id: string) => {
    const found = results.find((r) => r.check.id === id);
    assert.ok(found, `no result for ${id}`);
    return found;
  };

  for (const server of ['local-csv', 'local-parquet', 'local-json', 'duckdb-file']) {
    it(`${server}: every check type finds exactly the seeded defects`, async () => {
      const { results, unreachable, scans } = await run(server);
      assert.deepEqual(unreachable, []);
      assert.equal(scans, 3);
      const expect = (id: string, status: string, actual?: number) => {
        const r = result(results, id);
        assert.equal(r.status, status, `${id}: ${r.message}`);
        if (actual !== undefined) assert.equal(r.actual, actual, `${id}: ${r.message}`);
        return r;
      };
      expect('fines.objectExists', 'passed');
      expect('fines.fine_id.propertyExists', 'passed');
      expect('fines.fine_id.logicalType', 'passed');
      expect('fines.fine_id.primaryKey', 'failed', 2);
      const required = expect('fines.amount_pence.required', 'failed', 3);
      assert.equal(required.message, '3 rows have no amount_pence (expected 0).');
      assert.equal(required.sample?.length, 3);
      expect('fines.amount_pence.logicalTypeOptions.minimum', 'failed', 1);
      const nulls = expect('fines.amount_pence.quality[0]', 'failed', 3);
      assert.equal(nulls.expected, 'mustBe 0');
      assert.match(nulls.query ?? '', /^SELECT COUNT\(\*\) - COUNT\("amount_pence"\) FROM ("main"\.)?"fines"$/);
      const invalid = expect('fines.court_code.quality[0]', 'failed', 2);
      assert.deepEqual(
        invalid.sample?.map((row) => (row as Record<string, unknown>).court_code),
        ['XXX', 'ldn'],
      );
      expect('fines.postcode.logicalTypeOptions.pattern', 'failed', 1);
      const missing = expect('fines.status.quality[0]', 'failed', 15);
      assert.equal(
        missing.message,
        "15% of rows have a missing status (null or one of '', 'N/A') (expected less than 10%).",
      );
      const type = expect('fines.offence_type.logicalType', 'failed');
      assert.match(type.message, /Column 'offence_type' is VARCHAR, which does not fit logicalType integer/);
      expect('fines.officer_id.propertyExists', 'failed');
      assert.match(expect('fines.officer_id.required', 'error').message, /column 'officer_id' is not in the data/);
      expect('fines.quality[0]', 'passed', 20);
      const pairs = expect('fines.quality[1]', 'failed', 1);
      assert.deepEqual(pairs.sample, [{ hearing_id: 'H7', hearing_day: 1, rows: 2 }]);
      expect('fines.quality[2]', 'passed', 0);
      assert.match(expect('fines.quality[3]', 'error').message, /^Not run: a check runs one statement/);
      expect('fines.quality[4]', 'skipped');
      const latency = expect('slaProperties[0]', 'failed', 1.58);
      assert.equal(latency.message, 'The newest issued_at is 1.58 d old (expected at most 1 d).');
      expect('slaProperties[1]', 'skipped');
      // No failed check carries more than 5 sample rows.
      assert.ok(results.every((r) => (r.sample?.length ?? 0) <= 5));
    });
  }

  it('freshness passes while the newest value is within the SLA', async () => {
    const server = tests.servers.find((s) => s.server === 'local-csv')!;
    const executor = await openDuckDb(server, tests.objects, dir, dir);
    try {
      const { results } = await runChecks(tests, executor, { nowSeconds: Date.parse('2026-05-30T12:00:00Z') / 1000 });
      assert.equal(result(results, 'slaProperties[0]').status, 'passed');
      assert.equal(result(results, 'slaProperties[0]').actual, 0.08);
    } finally {
      executor.close();
    }
  });

  it('a missing file is an error for its checks with the reason; checks elsewhere still run', async () => {
    writeFileSync(
      path.join(dir, 'two.odcs.yaml'),
      `apiVersion: v3.1.0
kind: DataContract
id: two
servers:
  - server: files
    type: local
    path: ./{model}.csv
schema:
  - name: fines
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
  - name: absent
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
`,
    );
    const two = contractChecks(readFileSync(path.join(dir, 'two.odcs.yaml'), 'utf8'));
    const { results, unreachable } = await run('files', two);
    assert.equal(result(results, 'fines.quality[0]').status, 'passed');
    assert.equal(result(results, 'absent.objectExists').status, 'error');
    assert.match(result(results, 'absent.objectExists').message, /the file '\.\/absent\.csv' does not exist/);
    assert.equal(result(results, 'absent.quality[0]').status, 'error');
    assert.deepEqual(unreachable, ["the file './absent.csv' does not exist"]);
  });

  it('checks date and timestamp bounds of logicalTypeOptions in the database', async () => {
    const dated = contractChecks(`apiVersion: v3.1.0
kind: DataContract
id: dated
servers:
  - server: files
    type: local
    path: ./{model}.csv
schema:
  - name: fines
    properties:
      - name: issued_at
        logicalType: timestamp
        logicalTypeOptions:
          minimum: '2026-05-15'
          exclusiveMaximum: '2026-05-30T10:00:00'
      - name: amount_pence
        logicalType: integer
        logicalTypeOptions:
          maximum: 10000
`);
    const { results } = await run('files', dated);
    const got = (id: string) => [result(results, id).status, result(results, id).actual, result(results, id).message];
    assert.deepEqual(got('fines.issued_at.logicalTypeOptions.minimum'), [
      'failed',
      3,
      '3 rows have issued_at below 2026-05-15 (expected 0).',
    ]);
    assert.deepEqual(got('fines.issued_at.logicalTypeOptions.exclusiveMaximum'), [
      'failed',
      1,
      '1 row has issued_at at or above 2026-05-30T10:00:00 (expected 0).',
    ]);
    assert.deepEqual(got('fines.amount_pence.logicalTypeOptions.maximum'), [
      'failed',
      1,
      '1 row has amount_pence above 10,000 (expected 0).',
    ]);
  });

  it("says to write {object} when a query names the schema object and the data's table is called otherwise", async () => {
    const named = contractChecks(`apiVersion: v3.1.0
kind: DataContract
id: named
servers:
  - server: files
    type: local
    path: ./{model}.csv
schema:
  - name: penalties
    physicalName: fines
    quality:
      - type: sql
        query: SELECT COUNT(*) FROM penalties WHERE amount_pence < 0
        mustBe: 0
      - type: sql
        query: SELECT COUNT(*) FROM {object} WHERE amount_pence < 0
        mustBe: 0
`);
    const { results } = await run('files', named);
    const [byName, byPlaceholder] = results.filter((r) => r.check.type === 'sql');
    assert.equal(byName.status, 'error');
    assert.match(byName.message, /^The query failed: .*penalties/);
    assert.match(byName.message, /Write \{object\} instead of penalties: the table in the data is fines\.$/);
    assert.equal(byPlaceholder.status, 'failed', byPlaceholder.message);
    assert.equal(byPlaceholder.actual, 1);
  });

  it('checks the format of dates kept as text, and skips it on real date columns', async () => {
    writeFileSync(
      path.join(dir, 'dates.csv'),
      'day,contact\n2026-05-01,a@example.org\n01/05/2026,not an address\n2026-13-01,b@example.org\n,\n',
    );
    const dates = contractChecks(`apiVersion: v3.1.0
kind: DataContract
id: dates
servers:
  - server: files
    type: local
    path: ./{model}.csv
    format: csv
schema:
  - name: dates
    properties:
      - name: day
        logicalType: string
        logicalTypeOptions: { format: yyyy-MM-dd }
      - name: contact
        logicalType: string
        logicalTypeOptions: { format: email }
  - name: fines
    properties:
      - name: issued_at
        logicalType: timestamp
        logicalTypeOptions: { format: yyyy-MM-dd HH:mm:ss }
`);
    const { results } = await run('files', dates);
    const day = result(results, 'dates.day.logicalTypeOptions.format');
    assert.equal(day.status, 'failed');
    assert.equal(day.message, "2 rows have a value of day that does not match the format 'yyyy-MM-dd' (expected 0).");
    assert.deepEqual(
      day.sample?.map((r) => (r as Record<string, unknown>).day),
      ['01/05/2026', '2026-13-01'],
    );
    assert.equal(result(results, 'dates.contact.logicalTypeOptions.format').actual, 1);
    const typed = result(results, 'fines.issued_at.logicalTypeOptions.format');
    assert.equal(typed.status, 'skipped');
    assert.match(typed.message, /column 'issued_at' is TIMESTAMP, so its values have no text format/);
  });

  it('refuses data paths that lead outside the workspace', async () => {
    const outside = tests.servers.find((s) => s.server === 'outside')!;
    const executor = await openDuckDb(outside, tests.objects, dir, dir);
    try {
      const { results, unreachable } = await runChecks(tests, executor, { nowSeconds: NOW });
      assert.match(unreachable[0], /leads outside the workspace/);
      assert.equal(result(results, 'fines.objectExists').status, 'error');
    } finally {
      executor.close();
    }
    await assert.rejects(
      openDuckDb({ server: 'db', type: 'duckdb', fields: { database: '/etc/passwd' } }, tests.objects, dir, dir),
      (error: unknown) => error instanceof DataUnreachable && /leads outside the workspace/.test(error.message),
    );
  });

  it('locks DuckDB down: no file outside the data can be read, a DuckDB file cannot be written', async () => {
    const csv = tests.servers.find((s) => s.server === 'local-csv')!;
    const files = await openDuckDb(csv, tests.objects, dir, dir);
    try {
      await assert.rejects(
        files.query("SELECT * FROM read_text('/etc/hostname')"),
        /disabled by configuration|Permission/,
      );
      await assert.rejects(files.query('SET enable_external_access = true'), /locked/);
    } finally {
      files.close();
    }
    const database = tests.servers.find((s) => s.server === 'duckdb-file')!;
    const db = await openDuckDb(database, tests.objects, dir, dir);
    try {
      await assert.rejects(db.query('CREATE TABLE written (a INTEGER)'), /read-only/i);
    } finally {
      db.close();
    }
  });
});
