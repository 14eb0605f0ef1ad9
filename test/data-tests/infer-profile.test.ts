// Profiles real data (the fixture files with DuckDB, a throwaway table in the PostgreSQL server at PGHOST/PGPORT)
// and checks the contract inferred from it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { contractChecks, inferContract, lintText, runChecks } from '../../src/engine';
import { DataUnreachable } from '../../src/node/data/data-paths';
import { openDuckDb } from '../../src/node/data/duckdb';
import { profileFile, profilePostgres } from '../../src/node/data/profile';
import { throwawaySchema } from '../helpers/postgres-schema';

const FIXTURE = path.join(__dirname, '../fixtures/data');
const ROOT = path.join(__dirname, '../..');

/** The fixture's columns as DuckDB reads them, whatever the file format (see fixtures/data/README.md). */
const FINES_COLUMNS = [
  'fine_id',
  'amount_pence',
  'court_code',
  'postcode',
  'status',
  'issued_at',
  'offence_type',
  'hearing_id',
  'hearing_day',
];

describe('contract from data: profiling files with DuckDB', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-profile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const file of ['fines.csv', 'fines.parquet', 'fines.json']) {
    it(`reads ${file}: columns, types, row count and nulls in one profile`, async () => {
      const profile = await profileFile({ file: path.join(FIXTURE, file), root: ROOT, contractDir: FIXTURE });
      assert.equal(profile.table, 'fines');
      assert.equal(profile.rowCount, 20);
      assert.deepEqual(
        profile.columns.map((c) => c.name),
        FINES_COLUMNS,
      );
      const byName = new Map(profile.columns.map((c) => [c.name, c]));
      // the seeded defects of the README: one null fine_id, three null amounts, one null postcode, two null statuses
      assert.deepEqual(
        profile.columns.map((c) => c.nulls),
        [1, 3, 0, 1, 2, 0, 0, 0, 0],
      );
      assert.equal(byName.get('fine_id')?.distinct, 18); // counted exactly: the name says key
      assert.equal(byName.get('amount_pence')?.min, -500);
      assert.equal(byName.get('amount_pence')?.max, 12000);
      assert.equal(byName.get('issued_at')?.max, '2026-05-30 10:00:00');
      assert.equal(byName.get('court_code')?.maxLength, 3);
      assert.deepEqual(profile.source, { kind: 'file', path: file, format: file.split('.')[1] });

      const contract = parse(inferContract(profile).text);
      const props = contract.schema[0].properties as Array<Record<string, unknown>>;
      assert.deepEqual(
        props.map((p) => [p.name, p.logicalType, p.required ?? false]),
        [
          ['fine_id', 'integer', false],
          ['amount_pence', 'integer', false],
          ['court_code', 'string', true],
          ['postcode', 'string', false],
          ['status', 'string', false],
          ['issued_at', 'timestamp', true],
          ['offence_type', 'string', true],
          ['hearing_id', 'string', true],
          ['hearing_day', 'integer', true],
        ],
      );
      // fine_id repeats a value and has a null: not suggested as unique
      assert.ok(props.every((p) => p.unique === undefined));
    });
  }

  it('writes the server path relative to where the contract will be saved', async () => {
    const profile = await profileFile({
      file: path.join(FIXTURE, 'fines.parquet'),
      root: ROOT,
      contractDir: path.join(ROOT, 'contracts'),
    });
    assert.deepEqual(profile.source, { kind: 'file', path: '../test/fixtures/data/fines.parquet', format: 'parquet' });
  });

  it('suggests unique for a clean key, and the inferred contract passes its own checks on the data', async () => {
    const csv = path.join(dir, 'orders.csv');
    writeFileSync(
      csv,
      'order_id,customer,total,placed_on\n1,ann,10.5,2026-01-02\n2,bob,,2026-01-03\n3,ann,7.25,2026-01-04\n4,cy,1,2026-01-05\n',
    );
    const profile = await profileFile({ file: csv, root: dir, contractDir: dir });
    const { text } = inferContract(profile);
    const contract = parse(text);
    const props = contract.schema[0].properties as Array<Record<string, unknown>>;
    assert.deepEqual(
      props.map((p) => [p.name, p.logicalType, p.physicalType, p.required ?? false, p.unique ?? false]),
      [
        ['order_id', 'integer', 'BIGINT', true, true],
        ['customer', 'string', 'VARCHAR', true, false],
        ['total', 'number', 'DOUBLE', false, false],
        ['placed_on', 'date', 'DATE', true, false],
      ],
    );
    assert.deepEqual(contract.servers, [{ server: 'local', type: 'local', path: 'orders.csv', format: 'csv' }]);
    // the contract lints without errors and `dclens test` finds every check it suggests true of the data it came from
    assert.deepEqual(
      lintText(text, { fileName: 'orders.odcs.yaml' }).findings.filter((f) => f.severity === 'error'),
      [],
    );
    const tests = contractChecks(text);
    const executor = await openDuckDb(tests.servers[0], tests.objects, dir, dir);
    try {
      const { results } = await runChecks(tests, executor, { nowSeconds: Date.parse('2026-02-01T00:00:00Z') / 1000 });
      const notPassed = results
        .filter((r) => r.status !== 'passed')
        .map((r) => `${r.check.id}: ${r.status} ${r.message}`);
      assert.deepEqual(notPassed, []);
      assert.ok(results.some((r) => r.check.type === 'duplicateValues' && r.status === 'passed'));
      assert.ok(results.some((r) => r.check.type === 'rowCount' && r.status === 'passed'));
    } finally {
      executor.close();
    }
  });

  it('reads nested JSON: lists and objects keep their types, with no length or distinct count', async () => {
    const file = path.join(dir, 'nested.json');
    writeFileSync(
      file,
      '{"id":1,"tags":["a","b"],"addr":{"city":"x"},"when":"2026-01-01T10:00:00"}\n' +
        '{"id":2,"tags":[],"addr":{"city":"y"},"when":"2026-01-02T10:00:00"}\n',
    );
    const profile = await profileFile({ file, root: dir, contractDir: dir });
    assert.deepEqual(profile.columns, [
      { name: 'id', type: 'BIGINT', nulls: 0, distinct: 2, min: 1, max: 2 },
      { name: 'tags', type: 'VARCHAR[]', nulls: 0 },
      { name: 'addr', type: 'STRUCT(city VARCHAR)', nulls: 0 },
      {
        name: 'when',
        type: 'TIMESTAMP',
        nulls: 0,
        distinct: 2,
        min: '2026-01-01 10:00:00',
        max: '2026-01-02 10:00:00',
      },
    ]);
    assert.deepEqual(
      parse(inferContract(profile).text).schema[0].properties.map((p: { logicalType: string }) => p.logicalType),
      ['integer', 'array', 'object', 'timestamp'],
    );
  });

  it('keeps hostile column names from a CSV header exactly', async () => {
    const csv = path.join(dir, 'hostile.csv');
    const names = ['a "quoted" col', "x'); DROP TABLE t; --", '# hash', 'key: value', 'x'.repeat(2000)];
    const header = names.map((n) => `"${n.replace(/"/g, '""')}"`).join(',');
    writeFileSync(csv, `${header}\n1,2,3,4,5\n6,7,8,9,10\n`);
    const profile = await profileFile({ file: csv, root: dir, contractDir: dir });
    assert.deepEqual(
      profile.columns.map((c) => c.name),
      names,
    );
    const contract = parse(inferContract(profile).text);
    assert.deepEqual(
      contract.schema[0].properties.map((p: { name: string }) => p.name),
      names,
    );
  });

  it('refuses a file outside the workspace, a missing file and a file that is not data, naming it', async () => {
    const inside = path.join(dir, 'ws');
    mkdirSync(inside, { recursive: true });
    const refused = async (file: string, pattern: RegExp) => {
      await assert.rejects(profileFile({ file, root: inside, contractDir: inside }), (error: unknown) => {
        assert.ok(error instanceof DataUnreachable, String(error));
        assert.match(error.message, pattern);
        return true;
      });
    };
    await refused(path.join(FIXTURE, 'fines.csv'), /outside the workspace/);
    await refused(path.join(inside, '../hostile.csv'), /outside the workspace/);
    symlinkSync(path.join(FIXTURE, 'fines.csv'), path.join(inside, 'link.csv'));
    await refused(path.join(inside, 'link.csv'), /outside the workspace/);
    await refused(path.join(inside, 'none.csv'), /does not exist/);
    writeFileSync(path.join(inside, 'notes.md'), '# hello\n');
    await refused(path.join(inside, 'notes.md'), /not a CSV, Parquet or JSON file/);
    writeFileSync(path.join(inside, 'broken.parquet'), 'not parquet');
    await refused(path.join(inside, 'broken.parquet'), /cannot read 'broken.parquet' as parquet/);
    // a value far below the rows DuckDB samples for the column types breaks the scan, not the run
    writeFileSync(path.join(inside, 'late.csv'), `n\n${'1\n'.repeat(30_000)}oops\n`);
    await refused(path.join(inside, 'late.csv'), /cannot read 'late.csv' as csv: /);
  });
});

describe('contract from data: profiling a PostgreSQL table (real server at PGHOST/PGPORT)', function () {
  this.timeout(60_000);

  const schema = throwawaySchema('dclens_profile', async (admin, schema) => {
    await admin.query(`CREATE TABLE ${schema}.cases (
      case_id integer, court text, opened_on date, amount numeric(10,2), closed boolean, notes jsonb,
      "odd ""name""" varchar(20), opened_at timestamptz)`);
    await admin.query(`INSERT INTO ${schema}.cases VALUES
      (1, 'LDN', '2026-01-01', 10.5, true, '{}', 'a', now()),
      (2, 'MAN', '2026-01-02', NULL, false, NULL, 'bb', now()),
      (3, 'LDN', '2026-01-03', 3, true, '[]', 'ccc', now())`);
  });

  it('reads columns, types and nulls, and points the server at the table without credentials', async () => {
    const profile = await profilePostgres({
      host: process.env.PGHOST,
      port: process.env.PGPORT ? Number(process.env.PGPORT) : undefined,
      database: process.env.PGDATABASE ?? 'postgres',
      schema: schema.name,
      table: 'cases',
    });
    assert.equal(profile.rowCount, 3);
    assert.deepEqual(
      profile.columns.map((c) => [c.name, c.type, c.nulls]),
      [
        ['case_id', 'integer', 0],
        ['court', 'text', 0],
        ['opened_on', 'date', 0],
        ['amount', 'numeric', 1],
        ['closed', 'boolean', 0],
        ['notes', 'jsonb', 1],
        ['odd "name"', 'character varying', 0],
        ['opened_at', 'timestamp with time zone', 0],
      ],
    );
    const contract = parse(inferContract(profile).text);
    const props = contract.schema[0].properties as Array<Record<string, unknown>>;
    assert.deepEqual(
      props.map((p) => [p.name, p.logicalType, p.required ?? false, p.unique ?? false]),
      [
        ['case_id', 'integer', true, true],
        ['court', 'string', true, false],
        ['opened_on', 'date', true, false],
        ['amount', 'number', false, false],
        ['closed', 'boolean', true, false],
        ['notes', 'object', false, false],
        ['odd "name"', 'string', true, false],
        ['opened_at', 'timestamp', true, false],
      ],
    );
    const server = contract.servers[0];
    assert.equal(server.type, 'postgres');
    assert.equal(server.schema, schema.name);
    assert.equal(server.database, process.env.PGDATABASE ?? 'postgres');
    assert.equal(typeof server.port, 'number');
    assert.equal(typeof server.host, 'string');
    assert.deepEqual(Object.keys(server).sort(), ['database', 'host', 'port', 'schema', 'server', 'type']);
    assert.equal(contract.schema[0].physicalName, 'cases');
  });

  it('names a table that does not exist, and a refused connection', async () => {
    await assert.rejects(
      profilePostgres({ database: process.env.PGDATABASE ?? 'postgres', schema: schema.name, table: 'nothing' }),
      new RegExp(`there is no table ${schema.name}.nothing`),
    );
    await assert.rejects(
      profilePostgres({ host: '127.0.0.1', port: 1, schema: 'public', table: 'x' }),
      (error: unknown) =>
        error instanceof DataUnreachable && /cannot connect to PostgreSQL at 127.0.0.1:1/.test(error.message),
    );
  });
});
