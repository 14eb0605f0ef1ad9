// `dclens diff` against git: the merge base with the default branch by default, any ref with --base, and one
// line with exit code 2 for every git problem. Each test builds a real repository in a temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contract } from './contract-template';
import { git, runDiff } from './run-diff';

describe('dclens diff against git', function () {
  this.timeout(60_000);
  let dir: string;
  const write = (text: string) => writeFileSync(path.join(dir, 'contracts', 'fines.odcs.yaml'), text);
  const commit = (message: string) => {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', message);
  };
  const note = '- name: note\n  logicalType: string';
  const FILE = 'contracts/fines.odcs.yaml';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-diff-git-'));
    mkdirSync(path.join(dir, 'contracts'));
    git(dir, 'init', '-q', '-b', 'main');
    write(contract({ version: '1.0.0', props: note }));
    commit('first contract');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compares with the merge base with main, not with main as it is now', async () => {
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(contract({ version: '1.1.0', props: note, amount: 'logicalType: number\nrequired: true' }));
    commit('require amount');
    // main moves on after the branch left it: the branch is still judged against where it started.
    git(dir, 'checkout', '-q', 'main');
    write(contract({ version: '1.0.1', props: note, object: 'description: Fines.' }));
    commit('describe fines');
    git(dir, 'checkout', '-q', 'feature');
    write(contract({ version: '1.1.0', amount: 'logicalType: number\nrequired: true' })); // not committed
    const run = await runDiff([FILE, '--format', 'json'], dir);
    const json = JSON.parse(run.stdout);
    const mergeBase = git(dir, 'merge-base', 'HEAD', 'main').trim();
    assert.equal(json.base, `${mergeBase.slice(0, 12)} (merge base with main)`);
    assert.deepEqual(
      json.changes.map((c: { type: string }) => c.type),
      ['property-removed', 'required-tightened'],
    );
    assert.equal(run.code, 1);
  });

  it('reads origin/HEAD as the default branch when there is one', async () => {
    const origin = mkdtempSync(path.join(tmpdir(), 'dclens-diff-origin-'));
    try {
      git(origin, 'clone', '-q', dir, 'clone');
      const clone = path.join(origin, 'clone');
      git(clone, 'checkout', '-q', '-b', 'work');
      writeFileSync(path.join(clone, FILE), contract({ version: '2.0.0' }));
      const run = await runDiff([FILE, '--format', 'json'], clone);
      const json = JSON.parse(run.stdout);
      assert.match(json.base, /\(merge base with origin\/main\)$/);
      assert.deepEqual(json.version, { base: '1.0.0', head: '2.0.0', required: 'major', ok: true });
      assert.equal(run.code, 0);
    } finally {
      rmSync(origin, { recursive: true, force: true });
    }
  });

  it('compares with HEAD when there is no default branch', async () => {
    git(dir, 'branch', '-m', 'main', 'trunk');
    write(contract({ version: '1.0.0' }));
    const run = await runDiff([FILE], dir);
    assert.match(run.stdout, /compared with HEAD \(consumer view\)/);
    assert.match(run.stdout, /property-removed/);
  });

  it('--base takes any ref: a tag, HEAD~1, a branch', async () => {
    git(dir, 'tag', 'v1');
    write(contract({ version: '1.0.1', props: note, object: 'description: Fines.' }));
    commit('describe');
    write(contract({ version: '1.0.1', props: note, object: 'description: Fines.' }));
    const sinceTag = await runDiff([FILE, '--base', 'v1', '-f', 'json'], dir);
    assert.deepEqual(JSON.parse(sinceTag.stdout).version, {
      base: '1.0.0',
      head: '1.0.1',
      required: 'patch',
      ok: true,
    });
    const sinceParent = await runDiff([FILE, '--base', 'HEAD~1', '-f', 'json'], dir);
    assert.equal(JSON.parse(sinceParent.stdout).base, 'HEAD~1');
    assert.equal(JSON.parse(sinceParent.stdout).changes[0].type, 'description-changed');
    const sinceHead = await runDiff([FILE, '--base', 'HEAD', '-f', 'json'], dir);
    assert.deepEqual(JSON.parse(sinceHead.stdout).changes, []);
  });

  it('exits 2 with one line for a bad ref, a missing file, a file outside git', async () => {
    write(contract({ version: '1.0.0' }));
    mkdirSync(path.join(dir, 'new'));
    writeFileSync(path.join(dir, 'new', 'later.yaml'), contract());
    const outside = mkdtempSync(path.join(tmpdir(), 'dclens-diff-outside-'));
    writeFileSync(path.join(outside, 'c.yaml'), contract());
    try {
      const cases: Array<[string[], RegExp]> = [
        [[FILE, '--base', '--upload-pack=touch /tmp/x'], /--base needs a value/],
        [[FILE, '--base', '-c'], /cannot start with '-'/],
        [[FILE, '--base=-x'], /cannot start with '-'/],
        [[FILE, '--base', 'HEAD:../../etc/passwd'], /is not a git ref/],
        [[FILE, '--base', 'no-such-branch'], /unknown git ref 'no-such-branch'/],
        [['new/later.yaml', '--base', 'HEAD'], /new\/later\.yaml does not exist at HEAD/],
        [[path.join(outside, 'c.yaml')], /c\.yaml is not in a git repository/],
      ];
      for (const [args, message] of cases) {
        const run = await runDiff(args, dir);
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, message);
        assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
