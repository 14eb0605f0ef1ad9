import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, REPO, runCli } from '../cli/run-cli';

const FIXTURE = path.join(REPO, 'test/fixtures/data');
const NOW = { DCLENS_NOW: '2026-06-01T00:00:00Z' };

describe('dclens test (child process)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-test-cli-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'clean.odcs.yaml'),
      `apiVersion: v3.1.0
kind: DataContract
id: clean
servers:
  - server: files
    type: local
    path: ./{model}.csv
schema:
  - name: fines
    properties:
      - name: court_code
        logicalType: string
        quality:
          - type: custom
            engine: "soda\\u001b[2J"
            implementation: row_count > 0
    quality:
      - metric: rowCount
        mustBeBetween: [10, 100]
`,
    );
    writeFileSync(
      path.join(dir, 'refused.odcs.yaml'),
      'apiVersion: v3.1.0\nkind: DataContract\nid: r\nservers:\n  - server: db\n    type: postgres\n    host: 127.0.0.1\n    port: 1\nschema:\n  - name: t\n',
    );
    writeFileSync(
      path.join(dir, 'no-servers.odcs.yaml'),
      'apiVersion: v3.1.0\nkind: DataContract\nid: x\nschema: []\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--format json prints the documented shape, exit 1 when a check fails', () => {
    const run = runCli(['test', 'fines.odcs.yaml', '--server', 'local-parquet', '--format', 'json'], dir, NOW);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report), ['tool', 'version', 'file', 'server', 'checks', 'summary']);
    assert.equal(report.tool, 'dclens');
    assert.equal(report.version, JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    assert.equal(report.file, 'fines.odcs.yaml');
    assert.deepEqual(report.server, { server: 'local-parquet', type: 'local' });
    assert.deepEqual(report.summary, { passed: 20, failed: 11, errors: 3, skipped: 2 });
    const nulls = report.checks.find((c: { id: string }) => c.id === 'fines.amount_pence.quality[0]');
    assert.deepEqual(Object.keys(nulls), [
      'id',
      'schema',
      'property',
      'type',
      'line',
      'status',
      'actual',
      'expected',
      'message',
      'query',
      'sample',
    ]);
    assert.deepEqual(
      { ...nulls, query: undefined, sample: undefined },
      {
        id: 'fines.amount_pence.quality[0]',
        schema: 'fines',
        property: 'amount_pence',
        type: 'nullValues',
        line: 51,
        status: 'failed',
        actual: 3,
        expected: 'mustBe 0',
        message: '3 rows have no amount_pence (expected 0).',
        query: undefined,
        sample: undefined,
      },
    );
    assert.match(nulls.query, /^SELECT /);
    assert.equal(nulls.sample.length, 3);
    const table = report.checks.find((c: { id: string }) => c.id === 'fines.quality[0]');
    assert.equal(table.property, null);
    assert.match(run.stderr, /Checking fines/);
  });

  it('exit 0 when every check passes (skipped ones allowed); text output escapes contract text', () => {
    const run = runCli(['test', 'clean.odcs.yaml'], dir, NOW);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /passed +fines\.quality\[0\] +The table has 20 rows \(expected between 10 and 100\)\./);
    assert.match(
      run.stdout,
      /skipped +fines\.court_code\.quality\[0\] +Skipped: a custom check for soda\\x1b\[2J runs/,
    );
    assert.ok(!run.stdout.includes('\u001b'), 'no raw escape character reaches the terminal');
    assert.match(run.stdout, /4 passed, 0 failed, 0 errors, 1 skipped/);
  });

  it('exit 2 with one line naming what could not be reached', () => {
    const cases: Array<[string[], RegExp]> = [
      [['fines.odcs.yaml', '--server', 'nope'], /^dclens: unknown server 'nope'; fines\.odcs\.yaml has 'local-csv', /],
      [
        ['fines.odcs.yaml', '--server', 'missing-files'],
        /^dclens: server 'missing-files': the file '\.\/nowhere\/fines\.csv' does not exist$/m,
      ],
      [['fines.odcs.yaml', '--server', 'outside'], /leads outside the workspace/],
      [
        ['fines.odcs.yaml', '--server', 'duckdb-file'],
        /^dclens: server 'duckdb-file': the database file '\.\/fines\.duckdb' does not exist$/m,
      ],
      [['fines.odcs.yaml', '--server', 'warehouse'], /^dclens: server 'warehouse': Snowflake needs its own driver/],
      [['refused.odcs.yaml'], /^dclens: server 'db': cannot connect to PostgreSQL at 127\.0\.0\.1:1/],
      [['no-servers.odcs.yaml'], /^dclens: no-servers\.odcs\.yaml lists no servers/],
      [['absent.odcs.yaml'], /^dclens: cannot read absent\.odcs\.yaml/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(['test', ...args], dir, NOW);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(
        run.stderr
          .split('\n')
          .filter((l) => l.startsWith('dclens:'))
          .join('\n'),
        message,
      );
      assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('dclens:')).length, 1);
    }
  });

  it('--format junit has one test case per check; --output writes the report to a file', () => {
    const run = runCli(['test', 'fines.odcs.yaml', '--format', 'junit', '--output', 'reports/fines.xml'], dir, NOW);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const xml = readFileSync(path.join(dir, 'reports/fines.xml'), 'utf8');
    assert.match(xml, /<testsuites name="dclens test" tests="36" failures="11" errors="3" skipped="2"/);
    assert.equal((xml.match(/<testcase /g) ?? []).length, 36);
    assert.equal((xml.match(/<failure /g) ?? []).length, 11);
    assert.equal((xml.match(/<skipped /g) ?? []).length, 2);
    assert.match(
      xml,
      /<testcase name="fines.amount_pence.required" [^>]*line="47"><failure message="3 rows have no amount_pence \(expected 0\)\."/,
    );
  });

  it('--help explains the command; the main help lists it', () => {
    const run = runCli(['test', '--help'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Usage: dclens test CONTRACT/);
    assert.match(runCli(['--help'], dir).stdout, /dclens test CONTRACT/);
  });
});
