// The optional `dclens-diff` pre-commit hook: its entry, run as pre-commit runs it (the staged YAML files appended),
// fails a commit that breaks a contract without a major version and lets through new contracts and other YAML.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../cli/run-cli';
import { contract } from './contract-template';
import { git, runDiff } from './run-diff';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

describe('the dclens-diff pre-commit hook', function () {
  this.timeout(60_000);
  const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'dclens-diff');
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-hook-'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'fines.odcs.yaml'), contract({ props: '- name: note\n  logicalType: string' }));
    writeFileSync(path.join(dir, 'deploy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the hook's entry on the staged files that match its `files` pattern, as pre-commit does. */
  const runHook = async (files: string[]) => {
    assert.ok(hook, 'the hook is declared');
    const [command, subcommand, ...args] = hook.entry.split(' ');
    assert.deepEqual([command, subcommand], ['dclens', 'diff']);
    const matching = files.filter((f) => new RegExp(hook.files).test(f));
    return runDiff([...args, ...matching], dir);
  };

  it('is declared with the other hooks, running dclens diff on YAML files', () => {
    assert.deepEqual(
      hooks.map((h) => h.id),
      ['dclens', 'dclens-diff'],
    );
    assert.equal(hook?.language, 'node');
  });

  it('fails a breaking change without a major version, naming the file; passes once the version says so', async () => {
    writeFileSync(path.join(dir, 'fines.odcs.yaml'), contract());
    writeFileSync(path.join(dir, 'orders.odcs.yaml'), contract({ version: '0.1.0' }));
    writeFileSync(path.join(dir, 'deploy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n');
    const staged = ['fines.odcs.yaml', 'orders.odcs.yaml', 'deploy.yaml', 'README.md'];
    const failing = await runHook(staged);
    assert.equal(failing.code, 1, failing.stderr);
    assert.match(failing.stderr, /^dclens: fines\.odcs\.yaml: 1 breaking change: .*2\.0\.0/m);
    assert.match(failing.stderr, /^dclens: orders\.odcs\.yaml: skipped, it is new since the base$/m);
    assert.doesNotMatch(failing.stdout + failing.stderr, /deploy\.yaml/);
    assert.match(failing.stdout, /property-removed/);

    writeFileSync(path.join(dir, 'fines.odcs.yaml'), contract({ version: '2.0.0' }));
    const passing = await runHook(staged);
    assert.equal(passing.code, 0, passing.stderr);
  });
});
