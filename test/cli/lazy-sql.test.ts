// The CLI loads sql-formatter (dist/sql-formatter.js) only for contracts with SQL: shown with a copy of the CLI that
// lacks that bundle, which lints a contract without queries as the whole CLI does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, CLI, REPO } from './run-cli';

const WITHOUT_SQL = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: strng
`;
const WITH_SQL = `${WITHOUT_SQL}    quality:
      - type: sql
        query: SELECT COUNT(* FROM orders
        mustBe: 0
`;

describe('sql-formatter loads only for contracts with SQL (child process)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-lazy-sql-'));
    cpSync(path.join(REPO, 'dist'), path.join(dir, 'dist'), { recursive: true });
    rmSync(path.join(dir, 'dist', 'sql-formatter.js'));
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), WITHOUT_SQL);
    writeFileSync(path.join(dir, 'checked.odcs.yaml'), WITH_SQL);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (cli: string, file: string) =>
    spawnSync(process.execPath, [cli, 'lint', '--format', 'json', file], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DCLENS_TODAY: '2026-06-01' },
    });

  it('lints a contract without SQL without the sql-formatter bundle, as the whole CLI does', () => {
    const lean = lint(path.join(dir, 'dist', 'cli.js'), 'orders.odcs.yaml');
    const whole = lint(CLI, 'orders.odcs.yaml');
    assert.equal(lean.stderr, '');
    assert.equal(lean.status, 1);
    assert.equal(lean.stdout, whole.stdout);
  });

  it('needs the bundle for a query, and the whole CLI reads the query with it', () => {
    const lean = lint(path.join(dir, 'dist', 'cli.js'), 'checked.odcs.yaml');
    // Loud, never a silent pass: the rule that reads the query fails and the run says so.
    assert.match(lean.stderr, /internal error: .*cannot load sql-formatter\.js/);
    assert.equal(lean.status, 2);
    const whole = lint(CLI, 'checked.odcs.yaml');
    const findings = (JSON.parse(whole.stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> }).files[0]
      .findings;
    assert.ok(findings.some((f) => f.ruleId === 'sql-syntax'));
  });
});
