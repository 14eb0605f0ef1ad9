// The owners command's snapshot file: a later call answers from the catalogue as built, exactly as a call without any
// cache does, and never once a file, a folder, git HEAD, the configuration, the date or the build has changed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cacheDirFor } from '../../src/node/catalogue';
import { gitState, gitTopLevel } from '../../src/node/catalogue/git-history';
import { gitStateFromFiles, workTreeTop } from '../../src/node/catalogue/git-files';
import { ANSWERED_FROM_SNAPSHOT } from '../../src/cli/code-cache-signal';
import { prisonsContract, runOwners } from './support/owners-cli';
import { fixture } from './fixtures';
import { GitRepo } from './support/git-repo';

const LI = { name: 'Li Wei', email: 'li.wei@justice.gov.uk' };
const AMINA = { name: 'Amina Khan', email: 'amina.khan@justice.gov.uk' };
const SUBJECTS = ['contracts/prisons/new.odcs.yaml', 'contracts/prisons/c.odcs.yaml'];

/** The parts of the snapshot file these tests change. */
interface StoredForTest {
  checkedAt: number;
  build: string;
  snapshot: Record<string, unknown[]>;
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
    encoding: 'utf8',
  });

describe('owners snapshot file', () => {
  let root: string;
  let cacheBase: string;
  let repo: GitRepo;
  const saved = process.env.DCLENS_CACHE_DIR;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dclens-snapshot-ws-'));
    cacheBase = mkdtempSync(join(tmpdir(), 'dclens-snapshot-dir-'));
    process.env.DCLENS_CACHE_DIR = cacheBase;
    repo = new GitRepo(root);
    repo.write('contracts/prisons/a.odcs.yaml', prisonsContract('a', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write('contracts/prisons/b.odcs.yaml', prisonsContract('b', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write('contracts/prisons/c.odcs.yaml', prisonsContract('c', [{ username: 'li.wei', role: 'Data Steward' }]));
    repo.write(SUBJECTS[0], prisonsContract('new', []));
    repo.write('people.yaml', fixture('people.yaml'));
    repo.write('CODEOWNERS', '*  @li.wei\n/contracts/prisons/  @amina.khan\n');
    repo.write(
      '.dclens.yaml',
      stringify({
        catalogue: {
          sources: [
            { type: 'contracts', path: 'contracts' },
            { type: 'people', path: 'people.yaml' },
            { type: 'codeowners', path: 'CODEOWNERS' },
            { type: 'git' },
          ],
        },
      }),
    );
    repo.commit(LI, '2025-01-01', ['.'], 'init');
    repo.write('contracts/prisons/a.odcs.yaml', prisonsContract('a', [{ username: 'li.wei', role: 'Data Owner' }]));
    repo.commit(AMINA, '2025-02-01', ['contracts/prisons/a.odcs.yaml'], 'a: new owner');
  });
  after(() => {
    if (saved === undefined) delete process.env.DCLENS_CACHE_DIR;
    else process.env.DCLENS_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheBase, { recursive: true, force: true });
  });

  const snapshotFile = (): string => join(cacheDirFor(root), 'snapshot.json');
  const flags = globalThis as Record<symbol, unknown>;
  /** Runs the command; says whether the snapshot file answered. */
  const suggest = async (
    subject = SUBJECTS[0],
    ...extra: string[]
  ): Promise<{ out: string; fromSnapshot: boolean }> => {
    delete flags[ANSWERED_FROM_SNAPSHOT];
    const { code, stdout, stderr } = await runOwners(['suggest', subject, '--format', 'json', ...extra], root);
    assert.equal(code, 0, stderr);
    return { out: stdout, fromSnapshot: flags[ANSWERED_FROM_SNAPSHOT] === true };
  };
  const uncached = async (subject = SUBJECTS[0]): Promise<string> => (await suggest(subject, '--no-cache')).out;
  /**
   * Rewrites the snapshot file as if it had been written 10 s from now, so that the stamps of files written just now
   * count as proof (a stamp within 2 s of the write proves nothing, and these tests do not wait); `change` edits it.
   */
  const edit = (change: (stored: StoredForTest) => void = () => {}): void => {
    const stored = JSON.parse(readFileSync(snapshotFile(), 'utf8')) as StoredForTest;
    stored.checkedAt = Date.now() + 10_000;
    change(stored);
    writeFileSync(snapshotFile(), JSON.stringify(stored));
  };
  /** A snapshot that knows nobody: if it is used, the answer shows it. */
  const poison = (): void =>
    edit((stored) => {
      stored.snapshot.assets = [];
      stored.snapshot.codeowners = [];
      stored.snapshot.git = [];
      stored.snapshot.words = [];
    });

  it('answers from the snapshot exactly as without any cache, for any contract', async () => {
    const expected = await Promise.all(SUBJECTS.map((s) => uncached(s)));
    assert.ok(
      JSON.parse(expected[0]).suggestions.some((s: { candidates: unknown[] }) => s.candidates.length > 0),
      'the workspace gives suggestions',
    );
    const first = await suggest();
    assert.equal(first.fromSnapshot, false, 'nothing stored yet');
    assert.equal(first.out, expected[0]);
    edit();
    for (const [i, subject] of SUBJECTS.entries()) {
      const later = await suggest(subject);
      assert.equal(later.fromSnapshot, true, subject);
      assert.equal(later.out, expected[i], subject);
    }
    const text = await runOwners(['suggest', SUBJECTS[1]], root);
    const textUncached = await runOwners(['suggest', SUBJECTS[1], '--no-cache'], root);
    assert.equal(text.stdout, textUncached.stdout);
  });

  it('is used only while nothing it was built from has changed', async () => {
    const changes: [string, () => void, () => void][] = [
      [
        'an edited contract',
        () =>
          repo.write(
            'contracts/prisons/b.odcs.yaml',
            prisonsContract('b', [{ username: 'li.wei', role: 'Data Owner' }]),
          ),
        () =>
          repo.write(
            'contracts/prisons/b.odcs.yaml',
            prisonsContract('b', [{ username: 'amina.khan', role: 'Data Owner' }]),
          ),
      ],
      [
        'a new contract in a new folder',
        () =>
          repo.write(
            'contracts/probation/d.odcs.yaml',
            prisonsContract('d', [{ username: 'li.wei', role: 'Data Owner' }]),
          ),
        () => rmSync(join(root, 'contracts/probation'), { recursive: true }),
      ],
      [
        'a deleted contract',
        () => repo.remove('contracts/prisons/b.odcs.yaml'),
        () => git(root, 'checkout', '--', '.'),
      ],
      [
        'an edited people directory',
        () => repo.write('people.yaml', `${fixture('people.yaml')}\n`),
        () => repo.write('people.yaml', fixture('people.yaml')),
      ],
      [
        'an edited CODEOWNERS',
        () => repo.write('CODEOWNERS', '*  @amina.khan\n'),
        () => git(root, 'checkout', '--', 'CODEOWNERS'),
      ],
      [
        'a new commit',
        () => {
          repo.write('notes.txt', 'not a source\n');
          repo.commit(AMINA, '2025-03-01', ['notes.txt'], 'notes');
        },
        () => {},
      ],
      [
        'another configuration',
        () =>
          repo.write('.dclens.yaml', stringify({ catalogue: { sources: [{ type: 'contracts', path: 'contracts' }] } })),
        () => git(root, 'checkout', '--', '.dclens.yaml'),
      ],
      ['another build', () => {}, () => {}],
    ];
    for (const [what, change, undo] of changes) {
      await suggest();
      poison();
      if (what === 'another build') edit((stored) => (stored.build = 'another-build'));
      change();
      const after = await suggest();
      assert.equal(after.fromSnapshot, false, what);
      assert.equal(after.out, await uncached(), what);
      undo();
    }
    // Unchanged, the poisoned snapshot would be used: the checks above are what kept it out.
    await suggest();
    poison();
    assert.equal((await suggest()).fromSnapshot, true);
    assert.notEqual((await suggest()).out, await uncached());
  });

  it('is not used on another day (leavers depend on the date)', async () => {
    await suggest();
    edit();
    const saved = process.env.DCLENS_TODAY;
    process.env.DCLENS_TODAY = '2030-01-01';
    try {
      assert.equal((await suggest()).fromSnapshot, false);
    } finally {
      if (saved === undefined) delete process.env.DCLENS_TODAY;
      else process.env.DCLENS_TODAY = saved;
    }
  });

  it('reads HEAD and the work tree top from the repository files as git does, or leaves it to git', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'dclens-git-files-'));
    try {
      const same = async (dir: string, what: string): Promise<void> => {
        const files = gitStateFromFiles(dir, {});
        if (files !== undefined) assert.deepEqual(files, await gitState(dir), what);
        const top = workTreeTop(dir, {});
        if (top !== 'ask git') assert.equal(top.top, await gitTopLevel(dir), what);
      };
      const main = join(ws, 'main');
      const r = new GitRepo(main);
      await same(main, 'no commit yet');
      assert.equal(gitStateFromFiles(main, {}), undefined, 'an unborn branch is left to git');
      r.write('sub/x.txt', 'x');
      r.commit(LI, '2025-01-01', ['.'], 'one');
      await same(join(main, 'sub'), 'a loose ref');
      assert.equal(gitStateFromFiles(main, {})?.head, git(main, 'rev-parse', 'HEAD').trim());
      git(main, 'pack-refs', '--all');
      await same(main, 'a packed ref');
      assert.notEqual(gitStateFromFiles(main, {}), undefined);
      git(main, 'checkout', '-q', '--detach');
      await same(main, 'a detached HEAD');
      git(main, 'checkout', '-q', 'main');
      git(main, 'worktree', 'add', '-q', '-b', 'other', join(ws, 'linked'));
      await same(join(ws, 'linked'), 'a linked work tree');
      assert.equal(workTreeTop(join(ws, 'linked'), {}) !== 'ask git', true);
      await same(ws, 'outside any repository');
      assert.equal(gitStateFromFiles(main, { GIT_DIR: join(ws, 'elsewhere') }), undefined, 'GIT_DIR is left to git');
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
