import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, REPO, runCli } from './run-cli';
import { courtsContract, courtsPeople } from '../helpers/courts-catalogue';

// A contract whose only owner leaves on 2026-07-01: the date rules see an owner before that day and none after.
const CONTRACT = courtsContract({ ownerLeaves: '2026-07-01' });
const OTHER = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
description:
  purpose: Orders placed in the shop.
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: strng
`;

interface JsonReport {
  files: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; line: number }> }>;
}

describe('dclens lint --cache (child process)', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => buildCli());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-cache-'));
    writeFileSync(path.join(dir, 'hearings.odcs.yaml'), CONTRACT);
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), OTHER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One run; `counts` is what the cache reported (DCLENS_CACHE_COUNTS), without it in `stderr`. */
  const lint = (args: string[], env: Record<string, string> = {}, cli?: string) => {
    const run = cli
      ? runWith(cli, ['lint', ...args], dir, env)
      : runCli(['lint', ...args], dir, { DCLENS_CACHE_COUNTS: '1', ...env });
    const line = /^dclens: cache: (\d+) reused, (\d+) linted\n/m.exec(run.stderr);
    return {
      ...run,
      stderr: run.stderr.replace(/^dclens: cache: .*\n/m, ''),
      counts: line ? { reused: Number(line[1]), linted: Number(line[2]) } : undefined,
    };
  };
  const rules = (stdout: string, file: string) =>
    (JSON.parse(stdout) as JsonReport).files.find((f) => f.file === file)?.findings.map((f) => f.ruleId) ?? [];

  it('answers an unchanged run from the cache with the same output, byte for byte, in every format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      rmSync(path.join(dir, '.dclens-cache'), { force: true });
      const fresh = lint(['--format', format]);
      const first = lint(['--cache', '--format', format]);
      const second = lint(['--cache', '--format', format]);
      assert.deepEqual(first.counts, { reused: 0, linted: 2 }, format);
      assert.deepEqual(second.counts, { reused: 2, linted: 0 }, format);
      for (const run of [first, second]) {
        assert.equal(run.stdout, fresh.stdout, format);
        assert.equal(run.stderr, fresh.stderr, format);
        assert.equal(run.code, fresh.code, format);
      }
    }
    // --quiet filters what the cache holds; it does not store a filtered result.
    assert.deepEqual(lint(['--cache', '--quiet', '--format', 'json']).counts, { reused: 2, linted: 0 });
    assert.equal(lint(['--cache', '--format', 'json']).stdout, lint(['--format', 'json']).stdout);
  });

  it('answers from the cache in a folder whose catalogue is read from many contracts at once', () => {
    // The folder's .dclens.yaml makes it a workspace: its contracts are read, in parallel, into the catalogue that is
    // part of every key. The order the reads finish in must not change the catalogue, or nothing is ever reused.
    writeFileSync(path.join(dir, '.dclens.yaml'), 'rules:\n  no-data-owner: error\n');
    for (let i = 0; i < 24; i++)
      writeFileSync(path.join(dir, `c${i}.odcs.yaml`), courtsContract({ id: `c${i}`, ownerLeaves: '2026-07-01' }));
    const first = lint(['--cache']);
    assert.deepEqual(first.counts, { reused: 0, linted: 26 });
    for (let round = 0; round < 3; round++) assert.deepEqual(lint(['--cache']).counts, { reused: 26, linted: 0 });
  });

  it('lints again a file whose bytes changed, and only that file', () => {
    lint(['--cache']);
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), OTHER.replace('strng', 'string'));
    const run = lint(['--cache', '--format', 'json']);
    assert.deepEqual(run.counts, { reused: 1, linted: 1 });
    assert.ok(!rules(run.stdout, 'orders.odcs.yaml').includes('schema-invalid-enum'));
    assert.equal(run.stdout, lint(['--format', 'json']).stdout);
  });

  it('lints again when the configuration changes, in the file or on the command line', () => {
    assert.ok(
      rules(lint(['--cache', '--format', 'json']).stdout, 'hearings.odcs.yaml').includes('contract-description'),
    );
    writeFileSync(path.join(dir, '.dclens.yaml'), 'rules:\n  contract-description: off\n');
    const changed = lint(['--cache', '--format', 'json']);
    assert.deepEqual(changed.counts, { reused: 0, linted: 2 });
    assert.ok(!rules(changed.stdout, 'hearings.odcs.yaml').includes('contract-description'));
    const strict = lint(['--cache', '--format', 'json', '--profile', 'strict']);
    assert.deepEqual(strict.counts, { reused: 0, linted: 2 });
    assert.equal(strict.stdout, lint(['--format', 'json', '--profile', 'strict']).stdout);
  });

  it('lints again on another day, for the rules about dates', () => {
    const before = lint(['--cache', '--format', 'json'], { DCLENS_TODAY: '2026-06-01' });
    assert.ok(!rules(before.stdout, 'hearings.odcs.yaml').includes('no-data-owner'));
    const after = lint(['--cache', '--format', 'json'], { DCLENS_TODAY: '2026-08-01' });
    assert.deepEqual(after.counts, { reused: 0, linted: 2 });
    assert.ok(rules(after.stdout, 'hearings.odcs.yaml').includes('no-data-owner'));
  });

  it('lints again when the catalogue changes, though the contract did not', () => {
    writeFileSync(
      path.join(dir, '.dclens.yaml'),
      'catalogue:\n  sources:\n    - type: people\n      path: people.yaml\n',
    );
    writeFileSync(path.join(dir, 'people.yaml'), courtsPeople(true));
    const active = lint(['--cache', '--format', 'json', 'hearings.odcs.yaml']);
    assert.ok(!rules(active.stdout, 'hearings.odcs.yaml').includes('owner-has-left'));
    assert.deepEqual(lint(['--cache', 'hearings.odcs.yaml']).counts, { reused: 1, linted: 0 });
    writeFileSync(path.join(dir, 'people.yaml'), courtsPeople(false));
    const gone = lint(['--cache', '--format', 'json', 'hearings.odcs.yaml']);
    assert.deepEqual(gone.counts, { reused: 0, linted: 1 });
    assert.ok(rules(gone.stdout, 'hearings.odcs.yaml').includes('owner-has-left'));
  });

  it('lints again after an upgrade: another build of dclens never reads this one’s results', () => {
    lint(['--cache']);
    // The same CLI with another build id, as an upgrade would have.
    const other = mkdtempSync(path.join(tmpdir(), 'dclens-other-build-'));
    try {
      cpSync(path.join(REPO, 'dist'), other, { recursive: true });
      const main = path.join(other, 'cli-main.js');
      const text = readFileSync(main, 'utf8');
      const ids = text.match(/"[0-9a-f]{16}"/g) ?? [];
      assert.equal(ids.length, 1, 'the bundle carries its build id once');
      writeFileSync(main, text.replace(ids[0], '"0123456789abcdef"'));
      const run = lint(['--cache'], {}, path.join(other, 'cli.js'));
      assert.deepEqual(run.counts, { reused: 0, linted: 2 });
      assert.deepEqual(
        lint(['--cache']).counts,
        { reused: 0, linted: 2 },
        'and the other build’s results are not ours',
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('ignores a corrupt or foreign cache and writes a good one in its place', () => {
    const expected = lint(['--format', 'json']).stdout;
    for (const garbage of ['{"format":"dclens-lint-cache/1","entr', '[]', '{"format":"other","entries":{}}']) {
      writeFileSync(path.join(dir, '.dclens-cache'), garbage);
      const run = lint(['--cache', '--format', 'json']);
      assert.equal(run.stdout, expected);
      assert.deepEqual(run.counts, { reused: 0, linted: 2 });
      assert.deepEqual(lint(['--cache']).counts, { reused: 2, linted: 0 }, 'rewritten');
    }
    // An entry with the right key whose result is not a lint result is not printed: the file is linted again.
    const cache = JSON.parse(readFileSync(path.join(dir, '.dclens-cache'), 'utf8'));
    const orders = Object.keys(cache.entries).find((f) => f.endsWith('orders.odcs.yaml')) as string;
    cache.entries[orders].result.findings = [{ ruleId: 'made-up', message: 7 }];
    writeFileSync(path.join(dir, '.dclens-cache'), JSON.stringify(cache));
    const run = lint(['--cache', '--format', 'json']);
    assert.equal(run.stdout, expected);
    assert.deepEqual(run.counts, { reused: 1, linted: 1 });
  });

  it('never uses a stored result to write files with --fix, and relints what --fix changed', () => {
    lint(['--cache']);
    const fixed = lint(['--cache', '--fix', '--format', 'json']);
    assert.equal(fixed.counts, undefined, '--fix reads no cache');
    assert.match(readFileSync(path.join(dir, 'orders.odcs.yaml'), 'utf8'), /logicalType: string\n/);
    const after = lint(['--cache', '--format', 'json']);
    assert.deepEqual(after.counts, { reused: 1, linted: 1 });
    assert.equal(after.stdout, lint(['--format', 'json']).stdout);
  });

  it('keeps the cache where --cache-location says: a file, or .dclens-cache in a folder', () => {
    lint(['--cache', '--cache-location', 'state.json']);
    assert.ok(existsSync(path.join(dir, 'state.json')));
    assert.ok(!existsSync(path.join(dir, '.dclens-cache')));
    assert.deepEqual(lint(['--cache', '--cache-location', 'state.json']).counts, { reused: 2, linted: 0 });
    lint(['--cache', '--cache-location', 'tmp/']);
    assert.ok(existsSync(path.join(dir, 'tmp', '.dclens-cache')));
    mkdirSync(path.join(dir, 'existing'));
    lint(['--cache', '--cache-location', 'existing']);
    assert.ok(existsSync(path.join(dir, 'existing', '.dclens-cache')));
    // Without --cache nothing is read or written.
    rmSync(path.join(dir, 'state.json'));
    lint([]);
    assert.ok(!existsSync(path.join(dir, '.dclens-cache')));
  });

  it('is git-ignored in this repository', () => {
    assert.match(readFileSync(path.join(REPO, '.gitignore'), 'utf8'), /^\/?\.dclens-cache$/m);
  });
});

function runWith(cli: string, args: string[], cwd: string, env: Record<string, string>) {
  // The same environment runCli gives, with another dclens.
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DCLENS_TODAY: '2026-06-01', DCLENS_CACHE_COUNTS: '1', ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
