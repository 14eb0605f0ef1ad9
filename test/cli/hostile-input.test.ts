// Hostile and unusual files in a repository: the CLI prints them safely, reads only what it should and always ends.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, CLI, FIXTURES, runCli } from './run-cli';

const CONTRACT = path.join(FIXTURES, 'tree/clean/orders.odcs.yaml');
const isRoot = process.getuid?.() === 0;

/** Any control character a terminal would act on, other than line feeds. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const HOSTILE_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: "orders\\e[2J\\e[H"
version: 1.0.0
status: active
schema:
  - name: "orders\\e[2J\\e[HNo problems in 0 contracts\\a\\r"
    properties:
      - name: "id\\x9b31m"
        logicalType: strng
`;

describe('dclens with hostile and unusual input (child process)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows control characters from a contract as escapes in stylish, github and score output', () => {
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), HOSTILE_CONTRACT);
    for (const args of [
      ['lint'],
      ['lint', '--color'],
      ['lint', '--format', 'github'],
      ['lint', '--format', 'junit'],
      ['score'],
    ]) {
      const run = runCli(args, dir);
      const stdout = args.includes('--color') ? run.stdout.replace(/\u001b\[\d+m/g, '') : run.stdout;
      assert.doesNotMatch(stdout, RAW_CONTROL, args.join(' '));
      assert.doesNotMatch(run.stderr, RAW_CONTROL, args.join(' '));
      assert.ok(stdout.includes('\\x1b[2J'), `${args.join(' ')}:\n${stdout}`);
    }
  });

  it(`exits 2 and names a folder it cannot read${isRoot ? ' (skipped as root: root reads any folder; see fs-discover.test.ts)' : ''}`, function () {
    if (isRoot || process.platform === 'win32') this.skip();
    mkdirSync(path.join(dir, 'locked'));
    cpSync(CONTRACT, path.join(dir, 'locked/orders.odcs.yaml'));
    chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      for (const command of ['lint', 'score', 'format']) {
        const run = runCli([command], dir);
        assert.equal(run.code, 2, command);
        assert.equal(run.stderr, 'dclens: cannot read locked (EACCES)\n', command);
      }
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('ends on links to a device and folder link loops, checking each contract once', function () {
    if (process.platform === 'win32') this.skip();
    cpSync(CONTRACT, path.join(dir, 'orders.odcs.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    symlinkSync('.', path.join(dir, 'loop'));
    symlinkSync('orders.odcs.yaml', path.join(dir, 'same.odcs.yaml'));
    for (const input of ['.', '**/*.yaml']) {
      const run = runCli(['lint', '--format', 'json', input], dir);
      assert.equal(run.code, 0, `${input}: ${run.stderr}`);
      assert.deepEqual(
        JSON.parse(run.stdout).files.map((f: { file: string }) => f.file),
        ['orders.odcs.yaml'],
        input,
      );
    }
    const device = runCli(['lint', '/dev/zero'], dir);
    assert.equal(device.code, 2);
    assert.equal(
      device.stderr,
      'dclens: cannot read ../../dev/zero (not a regular file)\n'.replace(
        '../../dev/zero',
        path.relative(dir, '/dev/zero'),
      ),
    );
  });

  it('lints a contract holding a NUL byte like any contract', () => {
    const text = readFileSync(CONTRACT, 'utf8').replace(/^id: .*$/m, 'id: "orders\u0000v1"');
    writeFileSync(path.join(dir, 'nul.odcs.yaml'), text);
    const run = runCli(['lint', '--format', 'json'], dir);
    assert.deepEqual(
      JSON.parse(run.stdout).files.map((f: { file: string; kind: string }) => [f.file, f.kind]),
      [['nul.odcs.yaml', 'odcs']],
    );
    assert.equal(run.code, 0, run.stdout);
    assert.match(runCli(['lint'], dir).stdout, /No problems in 1 contract in 1 YAML file\./);
  });

  it('lints a contract with CR-only line ends line by line, and --fix keeps those line ends', () => {
    const lf = readFileSync(path.join(FIXTURES, 'tree/mistakes/customers.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'lf.yaml'), lf);
    writeFileSync(path.join(dir, 'cr.yaml'), lf.replace(/\n/g, '\r'));
    const report = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as {
      files: Array<{ file: string; findings: unknown[] }>;
    };
    const [cr, plain] = report.files;
    assert.deepEqual([cr.file, plain.file], ['cr.yaml', 'lf.yaml']);
    assert.ok(cr.findings.length > 0);
    assert.deepEqual(cr.findings, plain.findings, 'the same findings at the same lines and columns');
    assert.equal(
      runCli(['score', 'cr.yaml'], dir).stdout.replace(/cr\.yaml/g, ''),
      runCli(['score', 'lf.yaml'], dir).stdout.replace(/lf\.yaml/g, ''),
    );
    runCli(['lint', '--fix', '.'], dir);
    const fixed = readFileSync(path.join(dir, 'cr.yaml'), 'utf8');
    assert.ok(!fixed.includes('\n'), 'still CR-only');
    assert.equal(
      fixed.replace(/\r/g, '\n'),
      readFileSync(path.join(dir, 'lf.yaml'), 'utf8'),
      'fixed as the LF file was',
    );
  });

  it('fails fast with one line when --output points into a virtual file system', function () {
    if (!existsSync('/proc/self')) this.skip();
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), readFileSync(CONTRACT, 'utf8'));
    for (const output of ['/proc/dclens-report/lint.txt', '/proc/self/dclens/lint.sarif']) {
      const run = spawnSync(process.execPath, [CLI, 'lint', '--output', output], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 15_000,
        env: { ...process.env, NO_COLOR: '1' },
      });
      assert.equal(run.signal, null, `${output}: the run ended by itself`);
      assert.equal(run.status, 2, output);
      assert.match(
        run.stderr,
        new RegExp(`^dclens: cannot write ${output} \\(cannot create the folder [^\\n]+: ENOENT\\)\\n$`),
        output,
      );
    }
    const nested = runCli(['lint', '--output', 'reports/a/b/lint.txt'], dir);
    assert.equal(nested.code, 0, nested.stderr);
    assert.match(readFileSync(path.join(dir, 'reports/a/b/lint.txt'), 'utf8'), /No problems/);
  });

  it('owners suggest refuses a pipe with a contract name instead of waiting on it', function () {
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.odcs.yaml')]).status !== 0) this.skip();
    const run = spawnSync(process.execPath, [CLI, 'owners', 'suggest', 'pipe.odcs.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 15_000,
    });
    assert.equal(run.signal, null, 'the run ended by itself');
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'dclens owners: cannot read pipe.odcs.yaml (not a regular file)\n');
  });
});
