import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { lintText } from '../../src/engine';
import { newCommand } from '../../src/cli/commands/new';
import { runCommand } from '../../src/cli/run';
import { buildCli, REPO, runCli } from './run-cli';
import { throwawaySchema } from '../helpers/postgres-schema';

const FIXTURE = path.join(REPO, 'test/fixtures/data');

async function dclens(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(
    ['new', ...args],
    { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    { new: newCommand },
  );
  return { code, stdout, stderr };
}

describe('dclens new --from', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-new-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'data'));
    copyFileSync(path.join(FIXTURE, 'fines.parquet'), path.join(dir, 'data/fines.parquet'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the contract on stdout and the notes on stderr', async () => {
    const run = await dclens(['--from', 'data/fines.parquet'], dir);
    assert.equal(run.code, 0, run.stderr);
    const contract = parse(run.stdout);
    assert.equal(contract.apiVersion, 'v3.1.0');
    assert.deepEqual(contract.servers, [
      { server: 'local', type: 'local', path: 'data/fines.parquet', format: 'parquet' },
    ]);
    assert.equal(contract.schema[0].properties.length, 9);
    assert.match(run.stderr, /from 20 rows and 9 columns/);
    assert.match(run.stderr, /- Fill in what the data cannot tell/);
    assert.doesNotMatch(run.stdout, /Fill in/);
  });

  it('writes --output relative to the contract, lints without errors, and never overwrites without --force', async () => {
    const run = await dclens(['--from', 'data/fines.parquet', '--output', 'contracts/fines.odcs.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Wrote contracts\/fines\.odcs\.yaml/);
    const file = path.join(dir, 'contracts/fines.odcs.yaml');
    const text = readFileSync(file, 'utf8');
    assert.equal(parse(text).servers[0].path, '../data/fines.parquet');
    const findings = lintText(text, { fileName: 'fines.odcs.yaml' }).findings;
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error'),
      [],
    );
    assert.ok(findings.some((f) => f.ruleId === 'todo-placeholder'));

    writeFileSync(file, 'mine\n');
    const again = await dclens(['--from', 'data/fines.parquet', '-o', 'contracts/fines.odcs.yaml'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists.*--force/);
    assert.equal(readFileSync(file, 'utf8'), 'mine\n');
    const forced = await dclens(['--from', 'data/fines.parquet', '-o', 'contracts/fines.odcs.yaml', '--force'], dir);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('reads data beside the contract folder when no .git or .dclens.yaml marks the workspace', async () => {
    rmSync(path.join(dir, '.git'), { recursive: true });
    const run = await dclens(['--from', 'data/fines.parquet', '--output', 'contracts/fines.odcs.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      parse(readFileSync(path.join(dir, 'contracts/fines.odcs.yaml'), 'utf8')).servers[0].path,
      '../data/fines.parquet',
    );
  });

  it('writes the version .dclens.yaml asks for, or --odcs-version', async () => {
    writeFileSync(path.join(dir, '.dclens.yaml'), 'settings:\n  odcsVersion: v3.0.2\n');
    const configured = await dclens(['--from', 'data/fines.parquet'], dir);
    assert.equal(configured.code, 0, configured.stderr);
    assert.equal(parse(configured.stdout).apiVersion, 'v3.0.2');
    const asked = await dclens(['--from', 'data/fines.parquet', '--odcs-version', 'v3.2.0'], dir);
    assert.equal(parse(asked.stdout).apiVersion, 'v3.2.0');
    const wrong = await dclens(['--from', 'data/fines.parquet', '--odcs-version', '3'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--odcs-version must be v3\.0\.2, v3\.1\.0, v3\.2\.0/);
  });

  it('says in one line why the data cannot be read, with exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--from', 'data/none.csv'], /the file 'data\/none.csv' does not exist/],
      [['--from', path.join(FIXTURE, 'fines.csv')], /leads outside the workspace/],
      [[], /name the data/],
      [['--from', 'postgres://u:secret@localhost/db/public.t'], /PGPASSWORD/],
      [['--from', 'postgres://localhost/db/t'], /SCHEMA\.TABLE/],
      [['--from', 'postgres://127.0.0.1:1/db/public.t'], /cannot connect to PostgreSQL at 127\.0\.0\.1:1/],
    ];
    for (const [args, message] of cases) {
      const run = await dclens(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /secret/);
    }
  });

  it('runs as a sub-command of the built dclens', function () {
    this.timeout(120_000);
    buildCli();
    const run = runCli(['new', '--from', 'data/fines.parquet'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(parse(run.stdout).schema[0].name, 'fines');
    assert.match(runCli(['--help'], dir).stdout, /dclens new --from DATA/);
  });
});

describe('dclens new --from postgres:// (real server at PGHOST/PGPORT)', function () {
  this.timeout(60_000);

  const schema = throwawaySchema('dclens_new', async (admin, schema) => {
    await admin.query(`CREATE TABLE ${schema}.people (person_id integer, name text, born date)`);
    await admin.query(`INSERT INTO ${schema}.people VALUES (1, 'a', '2000-01-01'), (2, 'b', NULL)`);
  });

  it('writes the table as a contract with a postgres server and no credentials', async () => {
    const host = process.env.PGHOST ?? 'localhost';
    const port = process.env.PGPORT ?? '5432';
    const database = process.env.PGDATABASE ?? 'postgres';
    const run = await dclens(['--from', `postgres://${host}:${port}/${database}/${schema.name}.people`], REPO);
    assert.equal(run.code, 0, run.stderr);
    const contract = parse(run.stdout);
    assert.deepEqual(contract.servers, [
      { server: 'postgres', type: 'postgres', host, port: Number(port), database, schema: schema.name },
    ]);
    assert.deepEqual(
      contract.schema[0].properties.map((p: Record<string, unknown>) => [p.name, p.logicalType, p.required ?? false]),
      [
        ['person_id', 'integer', true],
        ['name', 'string', true],
        ['born', 'date', false],
      ],
    );
    assert.equal(contract.schema[0].physicalName, 'people');
  });
});
