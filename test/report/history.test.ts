// `dclens report --history` read from a real git repository: contracts arrive, improve, move, break and go over dated
// commits, and each point must equal the figures of linting that commit's files directly.
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractRecords, figuresOf, type ContractRecord, type Figures } from '../../src/engine';
import { GitProblem } from '../../src/node/git-show';
import { reportHistory, type ReportHistoryOptions } from '../../src/node/report/history';
import { HISTORY_CACHE_FILE } from '../../src/node/report/history-cache';
import { contract, gitEnv, HistoryRepo, tempDir } from './history-repo';

const TODAY = '2026-06-01';
const isContractPath = (path: string) => /\.ya?ml$/i.test(path);

/** Records as `dclens report` makes them, counting each call (a call is one version linted). */
function counter() {
  const calls: string[] = [];
  const recordsFor = (text: string, relativePath: string): ContractRecord[] => {
    calls.push(relativePath);
    return contractRecords(text, { relativePath, today: TODAY, nextSteps: false });
  };
  return { calls, recordsFor };
}

/** The figures of a set of files, linted directly. */
function figuresOfFiles(files: Map<string, string>, under = ''): Figures {
  const records = [...files]
    .filter(([path]) => path.startsWith(under) && isContractPath(path))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([path, text]) =>
      contractRecords(text, { relativePath: path.slice(under.length), today: TODAY, nextSteps: false }),
    );
  return figuresOf(records);
}

const figuresOnly = ({ date: _d, commit: _c, ...figures }: Figures & { date: string; commit: string }) => figures;

function run(cwd: string, extra: Partial<ReportHistoryOptions> = {}) {
  const count = counter();
  return reportHistory({
    cwd,
    isContractPath,
    recordsFor: count.recordsFor,
    cacheDir: false,
    ...extra,
  }).then((history) => ({ history, calls: count.calls }));
}

describe('report history from git', () => {
  const made: string[] = [];
  const dir = (name: string) => {
    const path = tempDir(name);
    made.push(path);
    return path;
  };
  const repo = (name: string) => new HistoryRepo(dir(name));
  after(() => made.forEach((path) => rmSync(path, { recursive: true, force: true })));

  /** Hearings arrive bare, gain an owner, then checks; sentences arrive, break, are fixed, move, and go. */
  function story(): HistoryRepo {
    const r = repo('story');
    r.commit('2026-01-05', { 'courts/hearings.odcs.yaml': contract('hearings', 0) });
    r.commit('2026-01-20', { 'README.md': '# Contracts\n' });
    r.commit('2026-02-03', {
      'courts/hearings.odcs.yaml': contract('hearings', 1),
      'courts/sentences.odcs.yaml': contract('sentences', 0),
      'other/settings.yaml': 'retries: 3\n',
    });
    r.commit('2026-02-17', { 'courts/sentences.odcs.yaml': 'apiVersion: v3.1.0\nkind: DataContract\nid: [oops\n' });
    r.commit('2026-03-02', { 'courts/sentences.odcs.yaml': contract('sentences', 1) });
    r.commit('2026-03-09', {}, [['courts/hearings.odcs.yaml', 'crown/hearings.odcs.yaml']]);
    r.commit('2026-04-14', { 'crown/hearings.odcs.yaml': contract('hearings', 2) });
    r.commit('2026-05-01', { 'courts/sentences.odcs.yaml': null });
    return r;
  }

  it('has one point per commit that changed a contract, each equal to linting that commit directly', async () => {
    const r = story();
    const { history } = await run(r.root);
    assert.strictEqual(history.granularity, 'commit');
    assert.deepStrictEqual(history.notes, []);
    const touching = r.commits.filter((c) => c.date !== '2026-01-20'); // the README commit is not a point
    assert.deepStrictEqual(
      history.points.map((p) => [p.date, p.commit]),
      touching.map((c) => [c.date, c.commit]),
    );
    history.points.forEach((point, i) =>
      assert.deepStrictEqual(figuresOnly(point), figuresOfFiles(touching[i].files), `point of ${point.date}`),
    );
    // What a board would read off the trend: more contracts, an owner named, better scores, then one gone.
    assert.deepStrictEqual(
      history.points.map((p) => p.contracts),
      [1, 2, 2, 2, 2, 2, 1],
    );
    assert.deepStrictEqual(
      history.points.map((p) => p.withDataOwner),
      [0, 1, 1, 2, 2, 2, 1],
    );
    assert.ok(history.points[1].meanScore > history.points[0].meanScore, 'an owner and a description raise the score');
    assert.ok(history.points[5].meanScore > history.points[4].meanScore, 'quality checks raise the score');
  });

  it('counts a version that does not parse, with its errors, instead of stopping', async () => {
    const r = story();
    const { history } = await run(r.root);
    const broken = history.points.find((p) => p.date === '2026-02-17');
    assert.ok(broken);
    assert.strictEqual(broken.contracts, 2);
    assert.ok(broken.errors > history.points[1].errors, 'the parse error counts');
    assert.deepStrictEqual(figuresOnly(broken), figuresOfFiles(r.commits[3].files));
  });

  it('follows a renamed contract as the same contract, and drops a deleted one', async () => {
    const r = story();
    const { history, calls } = await run(r.root);
    const beforeMove = history.points.find((p) => p.date === '2026-03-02');
    const afterMove = history.points.find((p) => p.date === '2026-03-09');
    assert.ok(beforeMove && afterMove);
    assert.deepStrictEqual(figuresOnly(afterMove), figuresOnly(beforeMove));
    assert.ok(calls.includes('crown/hearings.odcs.yaml'));
    assert.strictEqual(history.points.at(-1)?.contracts, 1);
    // Each version is linted once, whatever the number of points it appears in (a moved file once more: its path
    // is part of its record).
    assert.deepStrictEqual(calls, [
      'courts/hearings.odcs.yaml',
      'courts/hearings.odcs.yaml',
      'courts/sentences.odcs.yaml',
      'other/settings.yaml',
      'courts/sentences.odcs.yaml',
      'courts/sentences.odcs.yaml',
      'crown/hearings.odcs.yaml',
      'crown/hearings.odcs.yaml',
    ]);
  });

  it('starts a --since history at that day, with the contracts already there counted', async () => {
    const r = story();
    const { history } = await run(r.root, { since: '2026-03-05' });
    assert.deepStrictEqual(
      history.points.map((p) => p.date),
      ['2026-03-09', '2026-04-14', '2026-05-01'],
    );
    assert.deepStrictEqual(figuresOnly(history.points[0]), figuresOfFiles(r.commits[5].files));
    const none = await run(r.root, { since: '2026-05-02' });
    assert.deepStrictEqual(none.history.points, []);
    assert.deepStrictEqual(none.history.notes, ['No commit changed a contract on or after 2026-05-02.']);
  });

  it('refuses a --since that is not a day', async () => {
    const r = story();
    for (const since of ['2026-13-01', 'last week', '2026-02-30'])
      await assert.rejects(
        run(r.root, { since }),
        (e: Error) => e instanceof GitProblem && /YYYY-MM-DD/.test(e.message),
      );
  });

  it('has one point per month, the last commit of each, when there are more commits than maxPoints', async () => {
    const r = story();
    const { history } = await run(r.root, { maxPoints: 3 });
    assert.strictEqual(history.granularity, 'month');
    const last = ['2026-01-05', '2026-02-17', '2026-03-09', '2026-04-14', '2026-05-01'];
    assert.deepStrictEqual(
      history.points.map((p) => p.date),
      last,
    );
    for (const point of history.points) {
      const at = r.commits.find((c) => c.commit === point.commit);
      assert.ok(at);
      assert.deepStrictEqual(figuresOnly(point), figuresOfFiles(at.files));
    }
    assert.match(history.notes.join(' '), /7 commits changed a contract, so each point is the last commit of a month/);
  });

  it('counts only the contracts below the folder it runs in', async () => {
    const r = story();
    const { history } = await run(join(r.root, 'crown'));
    assert.deepStrictEqual(
      history.points.map((p) => p.date),
      ['2026-03-09', '2026-04-14'],
    );
    assert.deepStrictEqual(figuresOnly(history.points[1]), figuresOfFiles(r.commits[6].files, 'crown/'));
  });

  it('follows the first parent of a merge, so a merged branch arrives at once', async () => {
    const r = repo('merge');
    r.commit('2026-01-05', { 'a.odcs.yaml': contract('alpha', 0) });
    r.git(['checkout', '-q', '-b', 'topic']);
    r.commit('2026-01-06', { 'b.odcs.yaml': contract('beta', 0) });
    r.commit('2026-01-07', { 'b.odcs.yaml': contract('beta', 1) });
    r.git(['checkout', '-q', 'main']);
    r.commit('2026-01-08', { 'a.odcs.yaml': contract('alpha', 1) });
    const stamp = { GIT_AUTHOR_DATE: '2026-01-09T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-09T12:00:00Z' };
    r.git(['merge', '-q', '--no-ff', '--no-edit', 'topic'], stamp);
    const files = new Map([
      ['a.odcs.yaml', contract('alpha', 1)],
      ['b.odcs.yaml', contract('beta', 1)],
    ]);
    const { history } = await run(r.root);
    assert.deepStrictEqual(
      history.points.map((p) => [p.date, p.contracts]),
      [
        ['2026-01-05', 1],
        ['2026-01-08', 1],
        ['2026-01-09', 2],
      ],
    );
    assert.deepStrictEqual(figuresOnly(history.points[2]), figuresOfFiles(files));
  });

  it('reads paths with spaces, quotes, accents and a line break as they are', async () => {
    const r = repo('names');
    const odd = ['cours d’appel/audiences "2026".odcs.yaml', 'two\nlines.odcs.yaml', '-rf.odcs.yaml'];
    r.commit('2026-01-05', Object.fromEntries(odd.map((p, i) => [p, contract(`c-${i}`, i)])));
    const { history, calls } = await run(r.root);
    assert.deepStrictEqual([...calls].sort(), [...odd].sort());
    assert.deepStrictEqual(figuresOnly(history.points[0]), figuresOfFiles(r.files));
  });

  it('reads a shallow clone from what it holds, and says so', async () => {
    const r = story();
    const clone = dir('shallow');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${r.root}`, clone], { env: gitEnv(clone) });
    const { history } = await run(clone);
    assert.deepStrictEqual(
      history.points.map((p) => p.date),
      ['2026-04-14', '2026-05-01'],
    );
    assert.deepStrictEqual(figuresOnly(history.points[0]), figuresOfFiles(r.commits[6].files));
    assert.deepStrictEqual(figuresOnly(history.points[1]), figuresOfFiles(r.commits[7].files));
    assert.match(history.notes.join(' '), /shallow clone: history starts on 2026-04-14.*git fetch --unshallow/);
  });

  it('says what is wrong outside a repository and in one without commits', async () => {
    const plain = dir('plain');
    await assert.rejects(
      run(plain, { cwd: plain }),
      (e: Error) => e instanceof GitProblem && /not in a git repository/.test(e.message),
    );
    const empty = repo('empty');
    const { history } = await run(empty.root);
    assert.deepStrictEqual(history, {
      granularity: 'commit',
      points: [],
      notes: ['The repository has no commit yet.'],
    });
  });

  it('keeps the records of each version on disk, so a second run lints only new versions', async () => {
    const r = story();
    const cacheDir = dir('history-cache');
    const first = await run(r.root, { cacheDir, context: TODAY });
    assert.ok(first.calls.length > 0);
    const second = await run(r.root, { cacheDir, context: TODAY });
    assert.deepStrictEqual(second.calls, [], 'nothing linted again');
    assert.deepStrictEqual(second.history, first.history);

    r.commit('2026-05-20', { 'crown/hearings.odcs.yaml': contract('hearings', 2, 'crown') });
    const third = await run(r.root, { cacheDir, context: TODAY });
    assert.deepStrictEqual(third.calls, ['crown/hearings.odcs.yaml'], 'only the new version');
    assert.deepStrictEqual(figuresOnly(third.history.points.at(-1)!), figuresOfFiles(r.files));

    // Another context (another day, another configuration) never reads records made for the first.
    const otherDay = await run(r.root, { cacheDir, context: '2026-06-02' });
    assert.strictEqual(otherDay.calls.length, first.calls.length + 1);

    // A corrupt cache is ignored and replaced.
    const file = join(cacheDir, HISTORY_CACHE_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const afterCorrupt = await run(r.root, { cacheDir, context: TODAY });
    assert.strictEqual(afterCorrupt.calls.length, first.calls.length + 1);
    assert.deepStrictEqual(afterCorrupt.history, third.history);
    assert.deepStrictEqual(readdirSync(join(cacheDir, 'report')), ['history.json'], 'no temporary file left');
    const again = await run(r.root, { cacheDir, context: TODAY });
    assert.deepStrictEqual(again.calls, []);
  });

  it('reports progress point by point', async () => {
    const r = story();
    const seen: Array<[number, number]> = [];
    const { history } = await run(r.root, { onProgress: (done, total) => seen.push([done, total]) });
    assert.deepStrictEqual(
      seen,
      history.points.map((_, i) => [i + 1, history.points.length]),
    );
  });
});
