import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli, copyFixture, REPO, runCli } from './run-cli';

interface JsonFinding {
  ruleId: string;
  severity: string;
  detail?: string;
  line: number;
  column: number;
}
interface JsonFile {
  file: string;
  kind: string;
  findings: JsonFinding[];
}

describe('dclens lint (child process)', function () {
  this.timeout(60_000);
  let tree: ReturnType<typeof copyFixture>;
  const lintJson = (...args: string[]) => {
    const run = runCli(['lint', '--format', 'json', ...args], tree.dir);
    return { ...run, report: JSON.parse(run.stdout) as { files: JsonFile[]; summary: Record<string, number> } };
  };

  before(() => buildCli());
  beforeEach(() => {
    tree = copyFixture('tree');
  });
  afterEach(() => tree.dispose());

  it('lists only contracts, found by content, and skips git-ignored folders', () => {
    const { code, report } = lintJson();
    assert.equal(code, 1);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.kind]),
      [
        ['broken/payments.odcs.yaml', 'yaml-error'],
        ['clean/orders.odcs.yaml', 'odcs'],
        ['legacy/datacontract.yaml', 'dcs'],
        ['mistakes/customers.yaml', 'odcs'],
        ['team-rules/inventory.odcs.yaml', 'odcs'],
      ],
    );
    // 8 YAML files: the five above plus the Kubernetes manifest, the GitHub workflow and the dbt file.
    assert.equal(report.summary.files, 8);
    assert.equal(report.summary.contracts, 5);
  });

  it('prints JSON in exactly the documented shape, 1-based', () => {
    const { report } = lintJson('mistakes/customers.yaml');
    assert.deepEqual(Object.keys(report), ['tool', 'version', 'files', 'summary']);
    assert.deepEqual(Object.keys(report.summary), ['files', 'contracts', 'errors', 'warnings', 'infos', 'hints']);
    const [file] = report.files;
    assert.deepEqual(Object.keys(file), ['file', 'kind', 'apiVersion', 'findings']);
    const typo = file.findings.find((f) => f.ruleId === 'schema-invalid-enum');
    assert.ok(typo, 'the logicalType typo is reported');
    assert.deepEqual(Object.keys(typo), [
      'ruleId',
      'code',
      'severity',
      'message',
      'detail',
      'line',
      'column',
      'endLine',
      'endColumn',
      'path',
      'docsUrl',
      'fixable',
    ]);
    // the message is short; the detail has what it leaves out
    assert.match(typo.detail ?? '', /^Allowed values of logicalType: string, date, /);
    assert.deepEqual(typo, {
      ...typo,
      code: 'DCL011',
      severity: 'error',
      line: 18,
      column: 22,
      endLine: 18,
      endColumn: 27,
      path: ['schema', 0, 'properties', 0, 'logicalType'],
      fixable: true,
    });
    const version = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
    assert.equal((report as unknown as { version: string }).version, version);
  });

  it('exits 0 for a clean contract and 1 when a contract has errors', () => {
    assert.equal(runCli(['lint', 'clean'], tree.dir).code, 0);
    const run = runCli(['lint', 'mistakes'], tree.dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^mistakes\/customers\.yaml$/m);
    assert.match(
      run.stdout,
      /^ {2}18:22 +error +Use 'string': logicalType 'strng' is not allowed for property 'customer_id' in schema 'customers'\. +schema-invalid-enum$/m,
    );
    assert.match(run.stdout, /errors?.* in 1 contract in 1 YAML file\./);
  });

  it('checks a git-ignored file or folder when it is named explicitly', () => {
    assert.deepEqual(
      lintJson('ignored/secret.odcs.yaml').report.files.map((f) => f.file),
      ['ignored/secret.odcs.yaml'],
    );
    assert.deepEqual(
      lintJson('ignored').report.files.map((f) => f.file),
      ['ignored/secret.odcs.yaml'],
    );
  });

  it('honours nested .gitignore files', () => {
    writeFileSync(path.join(tree.dir, 'clean/.gitignore'), 'orders.odcs.yaml\n');
    assert.ok(!lintJson().report.files.some((f) => f.file === 'clean/orders.odcs.yaml'));
  });

  it('expands globs, still honouring .gitignore', () => {
    const { report } = lintJson('**/*.odcs.yaml');
    assert.deepEqual(
      report.files.map((f) => f.file),
      ['broken/payments.odcs.yaml', 'clean/orders.odcs.yaml', 'team-rules/inventory.odcs.yaml'],
    );
  });

  it('uses the nearest .dclens.yaml, and --config overrides it for every file', () => {
    const nested = lintJson('team-rules');
    assert.ok(!nested.report.files[0].findings.some((f) => f.ruleId === 'no-team'), 'no-team is off in team-rules/');
    writeFileSync(path.join(tree.dir, 'plain.yaml'), 'extends: recommended\n');
    const overridden = lintJson('--config', 'plain.yaml', 'team-rules');
    assert.ok(
      overridden.report.files[0].findings.some((f) => f.ruleId === 'no-team'),
      'no-team is back with --config',
    );
  });

  it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', () => {
    const loud = lintJson('legacy');
    assert.equal(loud.report.summary.warnings, 1);
    assert.equal(loud.code, 0);
    const quiet = lintJson('--quiet', 'legacy');
    assert.deepEqual(quiet.report.files[0].findings, []);
    assert.equal(quiet.report.summary.warnings, 0);
    const strict = runCli(['lint', '--max-warnings', '0', 'legacy'], tree.dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /too many warnings \(1\)/);
    assert.equal(runCli(['lint', '--max-warnings', '1', 'legacy'], tree.dir).code, 0);
  });

  it('--output writes the report to a file and nothing to the terminal', () => {
    const run = runCli(['lint', '--format', 'sarif', '--output', 'reports/dclens.sarif', 'clean'], tree.dir);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    const log = JSON.parse(readFileSync(path.join(tree.dir, 'reports/dclens.sarif'), 'utf8'));
    assert.equal(log.version, '2.1.0');
  });

  it('--fix applies the safe fixes, saves the file and reports what remains', () => {
    const run = runCli(['lint', '--fix', 'mistakes'], tree.dir);
    const fixed = readFileSync(path.join(tree.dir, 'mistakes/customers.yaml'), 'utf8');
    assert.match(fixed, /^ {8}logicalType: string$/m);
    assert.match(fixed, /^ {4}description: One row per customer\.$/m);
    assert.equal(run.code, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /schema-invalid-enum|schema-unknown-key/);
  });

  it('counts columns without a byte-order mark, as editors do, and --fix keeps the mark', () => {
    const file = path.join(tree.dir, 'mistakes/customers.yaml');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const typo = lintJson('mistakes').report.files[0].findings.find((f) => f.ruleId === 'schema-invalid-enum');
    assert.deepEqual([typo?.line, typo?.column], [18, 22]);
    const run = runCli(['lint', '--fix', 'mistakes'], tree.dir);
    assert.equal(run.code, 0, run.stdout);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFFapiVersion: v3.1.0\n'));
    assert.match(fixed, /^ {8}logicalType: string$/m);
  });

  it('exits 2 with one line for usage problems', () => {
    for (const [args, expected] of [
      [['lint', '--foo'], 'dclens: unknown option --foo\n'],
      [
        ['lint', '--format', 'xml'],
        "dclens: --format must be one of stylish, json, sarif, junit, github (got 'xml')\n",
      ],
      [['lint', 'no-such-folder'], 'dclens: no such file, folder or matching YAML file: no-such-folder\n'],
      [['lint', '--max-warnings', 'many'], "dclens: --max-warnings must be a whole number (got 'many')\n"],
      [['lnit'], "dclens: unknown command 'lnit' (try dclens --help)\n"],
    ] as const) {
      const run = runCli([...args], tree.dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr, expected);
      assert.equal(run.stdout, '');
    }
  });

  it('exits 2 and names the bad entry of an invalid .dclens.yaml', () => {
    const bad = copyFixture('bad-config');
    try {
      const run = runCli(['lint'], bad.dir);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, "dclens: .dclens.yaml:6:3: Unknown rule 'no-teem'. Did you mean 'no-team'?\n");
    } finally {
      bad.dispose();
    }
  });

  it('--profile changes the rule levels for the run', () => {
    writeFileSync(path.join(tree.dir, 'plain.yaml'), 'extends: recommended\n');
    const recommended = runCli(['lint', '--config', 'plain.yaml', 'team-rules'], tree.dir);
    assert.equal(recommended.code, 0, recommended.stdout);
    assert.match(recommended.stdout, /warning +Add a team with a Data Owner/);
    const strict = runCli(['lint', '--config', 'plain.yaml', '--profile', 'strict', 'team-rules'], tree.dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /error +Add a team with a Data Owner/);
  });

  it('colours stylish output only when asked (NO_COLOR is set for these runs)', () => {
    assert.doesNotMatch(runCli(['lint', 'mistakes'], tree.dir).stdout, /\u001b\[/);
    assert.match(runCli(['lint', '--color', 'mistakes'], tree.dir).stdout, /\u001b\[31merror/);
  });

  it('the github format annotates each finding', () => {
    const run = runCli(['lint', '--format', 'github', 'mistakes'], tree.dir);
    assert.match(
      run.stdout,
      /^::error file=mistakes\/customers\.yaml,line=18,col=22,endLine=18,endColumn=27,title=schema-invalid-enum::/m,
    );
  });
});
