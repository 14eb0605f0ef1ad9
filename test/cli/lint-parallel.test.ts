// `dclens lint` on several threads gives what one thread gives, byte for byte: the report in every format, the
// warnings on stderr, the exit code; and a --cache run sends only the files the cache cannot answer to the workers.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generateContract } from '../../scripts/gen/contract';
import { buildCli, FIXTURES, runCli, type CliRun } from './run-cli';
import { courtsContract, courtsPeople } from '../helpers/courts-catalogue';

const GENERATED = 240;

/** The CLI fixture tree plus generated contracts, a folder with a catalogue and one whose catalogue is missing. */
function writeCorpus(dir: string): void {
  cpSync(path.join(FIXTURES, 'tree'), dir, { recursive: true });
  renameSync(path.join(dir, '_gitignore'), path.join(dir, '.gitignore'));
  for (let i = 0; i < GENERATED; i++) {
    const folder = path.join(dir, 'generated', `domain-${i % 12}`);
    mkdirSync(folder, { recursive: true });
    const text = generateContract({ lines: 40 + ((i * 37) % 120), seed: i + 1, mistakes: i % 7 === 0 });
    // Some broken YAML and some files that are not contracts among them.
    const body = i % 31 === 5 ? `${text}\n  - : [unclosed\n` : i % 29 === 3 ? `replicas: ${i}\nimage: app\n` : text;
    writeFileSync(path.join(folder, `contract-${i}.odcs.yaml`), body);
  }
  writeFileSync(path.join(dir, 'generated/domain-3/.dclens.yaml'), 'rules:\n  no-data-owner: error\n');
  const courts = path.join(dir, 'courts');
  mkdirSync(courts);
  writeFileSync(
    path.join(courts, '.dclens.yaml'),
    'catalogue:\n  sources:\n    - type: people\n      path: people.yaml\n',
  );
  writeFileSync(path.join(courts, 'people.yaml'), courtsPeople());
  for (let i = 0; i < 20; i++)
    writeFileSync(path.join(courts, `hearings-${i}.odcs.yaml`), courtsContract({ id: `hearings-${i}` }));
  // A catalogue that cannot be read: a warning, printed in file order whatever thread lints the files.
  const lost = path.join(dir, 'lost');
  mkdirSync(lost);
  writeFileSync(
    path.join(lost, '.dclens.yaml'),
    'catalogue:\n  sources:\n    - type: people\n      path: missing.yaml\n',
  );
  writeFileSync(path.join(lost, 'lost.odcs.yaml'), courtsContract({ id: 'hearings-lost' }));
}

describe('dclens lint on several threads (child process)', function () {
  this.timeout(600_000);
  let dir: string;
  before(() => {
    buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-threads-'));
    writeCorpus(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (args: string[], threads: number, env: Record<string, string> = {}): CliRun =>
    runCli(['lint', ...args], dir, { DCLENS_THREADS: String(threads), ...env });

  const assertSame = (args: string[]): CliRun => {
    const one = lint(args, 1);
    const two = lint(args, 2);
    assert.equal(two.stdout, one.stdout, `stdout of lint ${args.join(' ')}`);
    assert.equal(two.stderr, one.stderr, `stderr of lint ${args.join(' ')}`);
    assert.equal(two.code, one.code, `exit code of lint ${args.join(' ')}`);
    return one;
  };

  it('lints on a worker when asked, and on one thread with --threads 1', () => {
    const counts = (run: CliRun) => /dclens: threads: (\d+)/.exec(run.stderr)?.[1];
    assert.equal(counts(lint([], 2, { DCLENS_THREAD_COUNTS: '1' })), '2');
    assert.equal(counts(lint(['--threads', '1'], 2, { DCLENS_THREAD_COUNTS: '1' })), '1');
    // Left to dclens, the count depends on the idle cores; the report does not.
    const auto = lint(['--format', 'json'], 0, { DCLENS_THREADS: 'auto', DCLENS_THREAD_COUNTS: '1' });
    assert.ok(Number(counts(auto)) >= 1 && Number(counts(auto)) <= availableParallelism());
    assert.equal(auto.stdout, lint(['--format', 'json'], 1).stdout);
  });

  it('refuses a thread count that is not a whole number from 1, saying which', () => {
    const zero = lint(['--threads', '0', 'clean'], 1);
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /--threads must be 1 or more \(got 0\)/);
    const word = lint(['clean'], 1, { DCLENS_THREADS: 'many' });
    assert.equal(word.code, 2);
    assert.match(word.stderr, /DCLENS_THREADS must be a whole number from 1, or auto \(got 'many'\)/);
  });

  it('fixes on one thread, whatever --threads asks: --fix writes files', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'dclens-threads-fix-'));
    try {
      writeCorpus(copy);
      const run = runCli(['lint', '--fix', '--threads', '2', 'generated'], copy, { DCLENS_THREAD_COUNTS: '1' });
      assert.match(run.stderr, /dclens: threads: 1\n/);
      const again = runCli(['lint', '--threads', '2', 'generated'], copy, { DCLENS_THREAD_COUNTS: '1' });
      assert.match(again.stderr, /dclens: threads: 2\n/, 'the same files without --fix go to a worker');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    it(`prints the same ${format} report, warnings and exit code on two threads as on one`, () => {
      const run = assertSame(['--format', format]);
      assert.equal(run.code, 1, 'the generated mistakes are errors');
      assert.match(run.stderr, /missing\.yaml/, 'the unreadable catalogue is reported');
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as {
          files: Array<{ file: string; findings: Array<{ ruleId: string }> }>;
        };
        const files = report.files.map((f) => f.file);
        assert.ok(files.length > 200, `${files.length} contracts reported`);
        assert.ok(!files.some((f) => f.startsWith('ignored/')), 'ignored files stay out');
        assert.ok(!files.some((f) => f.startsWith('k8s/')), 'files that are not contracts stay out');
        const courts = report.files.filter((f) => f.file.startsWith('courts/'));
        assert.equal(courts.length, 20);
        assert.ok(
          courts.every((f) => f.findings.some((x) => x.ruleId === 'owner-has-left')),
          'every worker reads the catalogue',
        );
      }
    });
  }

  it('applies --quiet and --max-warnings the same way', () => {
    assertSame(['--format', 'json', '--quiet']);
    // Contracts without errors, so that the warnings alone decide the exit code.
    const generated: string[] = [];
    for (let i = 0; i < GENERATED && generated.length < 80; i++)
      if (i % 7 && i % 31 !== 5 && i % 29 !== 3 && i % 12 !== 3)
        generated.push(`generated/domain-${i % 12}/contract-${i}.odcs.yaml`);
    assert.equal(lint([...generated, '--format', 'json'], 1).code, 0);
    const run = assertSame([...generated, '--max-warnings', '0']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /too many warnings/);
  });

  it('stops at a configuration it cannot read, after the files before it, as one thread does', () => {
    const bad = path.join(dir, 'zz-bad');
    cpSync(path.join(FIXTURES, 'bad-config'), bad, { recursive: true });
    try {
      const run = assertSame(['--format', 'json']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /no-teem/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('sends only the files the cache cannot answer to the workers, and writes the cache from the main thread', () => {
    const cache = path.join(dir, '.dclens-cache');
    const args = ['--format', 'json', '--cache', '--cache-location', cache];
    const counted = { DCLENS_CACHE_COUNTS: '1', DCLENS_THREAD_COUNTS: '1' };
    lint(args, 1);
    // A third of the generated contracts change.
    for (let i = 0; i < GENERATED; i += 3) {
      const file = path.join(dir, 'generated', `domain-${i % 12}`, `contract-${i}.odcs.yaml`);
      writeFileSync(file, generateContract({ lines: 50, seed: 1000 + i, mistakes: i % 2 === 0 }));
    }
    const fresh = lint(['--format', 'json'], 1);
    const mixed = lint(args, 2, counted);
    assert.equal(mixed.stdout, fresh.stdout);
    assert.equal(mixed.code, fresh.code);
    assert.match(mixed.stderr, new RegExp(`cache: \\d+ reused, ${GENERATED / 3} linted`));
    assert.match(mixed.stderr, /threads: 2/);
    // Unchanged since: the cache answers as it does for one thread, and the main thread wrote what the worker linted.
    const cacheLine = (run: CliRun) => /dclens: cache: .*/.exec(run.stderr)?.[0];
    const again = lint(args, 2, counted);
    const single = lint(args, 1, counted);
    assert.equal(again.stdout, fresh.stdout);
    assert.equal(single.stdout, fresh.stdout);
    assert.equal(cacheLine(again), cacheLine(single));
    assert.ok(Number(/cache: (\d+) reused/.exec(again.stderr)?.[1]) >= 200, 'the cache answers most files');
    rmSync(cache, { force: true });
  });
});
