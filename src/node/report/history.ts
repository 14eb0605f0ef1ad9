// `dclens report --history`: the report's figures at each commit of the current branch that changed a contract, or
// at the last commit of each month when there are many. Read from git (see git-history.ts), nothing checked out:
// the log gives each commit's changed files with their blob ids, the set of contracts is carried from commit to
// commit (added, changed, renamed, deleted), and each version is read once through `git cat-file --batch` and
// linted once; its records are kept on disk by blob id (history-cache.ts), so a second run lints only new versions.
import { figuresOf, type ContractRecord, type HistoryPoint, type ReportHistory } from '../../engine';
import { cacheDirFor } from '../catalogue/disk-cache';
import { GitProblem } from '../git-show';
import { HistoryCache } from './history-cache';
import { BlobReader, branchHistory, repositoryOf, type LoggedCommit } from './git-history';

/** More commits than this that changed a contract, and history has one point per month instead of per commit. */
export const MAX_COMMIT_POINTS = 60;

export interface ReportHistoryOptions {
  /** The workspace: contracts are the files below it; paths are relative to it. */
  cwd: string;
  /** Whether a path (relative to cwd, forward slashes) is one the report counts, as `dclens report` finds files. */
  isContractPath(path: string): boolean;
  /** The records of one version of a file (its text, and its path relative to cwd); none for YAML that is not ODCS. */
  recordsFor(text: string, relativePath: string): ContractRecord[];
  /**
   * What the records depend on besides a file's bytes and path: the resolved configuration, the catalogue, today's
   * date. The disk cache is used only by a run with the same context (and the same build of dclens).
   */
  context?: string;
  /** YYYY-MM-DD: leave out commits before that day. */
  since?: string;
  /** The cache folder; default the workspace's (see cacheDirFor); false: no disk cache. */
  cacheDir?: string | false;
  /** Called after each point, for progress on long runs. */
  onProgress?(done: number, total: number): void;
  /** Above this many commits, one point per month (default MAX_COMMIT_POINTS). */
  maxPoints?: number;
  /** How a file's bytes become the text linted (default UTF-8, as `dclens lint` reads it). */
  decode?(bytes: Uint8Array): string;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const dayOf = (time: number): string => new Date(time * 1000).toISOString().slice(0, 10);

/** Checks a --since value: a real day written YYYY-MM-DD. */
export function checkSince(since: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(since) ? new Date(`${since}T00:00:00Z`) : undefined;
  const valid = day !== undefined && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === since;
  if (!valid) throw new GitProblem(`--since needs a day written YYYY-MM-DD, such as 2026-01-31; got '${since}'`);
  return since;
}

/** A regular file (not a link, not a submodule). */
const isFileMode = (mode: string): boolean => mode === '100644' || mode === '100755';

/**
 * Applies one commit's changes to `files` (path relative to cwd → blob), keeping only contract paths. Returns
 * whether a contract was added, changed, renamed or deleted.
 */
function applyCommit(
  commit: LoggedCommit,
  files: Map<string, string>,
  contractPath: (p: string) => string | undefined,
) {
  let touched = false;
  for (const change of commit.changes) {
    if (change.oldPath !== undefined && change.status === 'R') {
      const old = contractPath(change.oldPath);
      if (old !== undefined && files.delete(old)) touched = true;
    }
    const path = contractPath(change.path);
    if (path === undefined) continue;
    if (change.status === 'D' || !isFileMode(change.mode)) {
      if (files.delete(path)) touched = true;
    } else {
      files.set(path, change.blob);
      touched = true;
    }
  }
  return touched;
}

/** The figures of the contracts over time, oldest first. */
export async function reportHistory(options: ReportHistoryOptions): Promise<ReportHistory> {
  const since = options.since === undefined ? undefined : checkSince(options.since);
  const maxPoints = options.maxPoints ?? MAX_COMMIT_POINTS;
  const decode = options.decode ?? ((bytes: Uint8Array) => utf8.decode(bytes));
  const { root, prefix, shallow } = await repositoryOf(options.cwd);
  const commits = await branchHistory(root);
  const notes: string[] = [];
  if (commits.length === 0) return { granularity: 'commit', points: [], notes: ['The repository has no commit yet.'] };
  if (shallow)
    notes.push(
      `This is a shallow clone: history starts on ${dayOf(commits[0].time)}, at the oldest commit it holds. ` +
        'Fetch the whole history (git fetch --unshallow) to see earlier points.',
    );

  // Paths relative to cwd, for the contracts below it; decided once per path.
  const decided = new Map<string, string | undefined>();
  const contractPath = (repoPath: string): string | undefined => {
    let answer = decided.get(repoPath);
    if (answer === undefined && !decided.has(repoPath)) {
      const relative = repoPath.startsWith(prefix) ? repoPath.slice(prefix.length) : undefined;
      answer = relative !== undefined && relative !== '' && options.isContractPath(relative) ? relative : undefined;
      decided.set(repoPath, answer);
    }
    return answer;
  };

  // First pass: which commits changed a contract (from `since` on).
  const walk = new Map<string, string>();
  const touching: number[] = [];
  commits.forEach((commit, index) => {
    if (applyCommit(commit, walk, contractPath) && (since === undefined || dayOf(commit.time) >= since))
      touching.push(index);
  });
  if (touching.length === 0) {
    notes.push(since ? `No commit changed a contract on or after ${since}.` : 'No commit changed a contract.');
    return { granularity: 'commit', points: [], notes };
  }
  let chosen = touching;
  let granularity: ReportHistory['granularity'] = 'commit';
  if (touching.length > maxPoints) {
    granularity = 'month';
    const lastOfMonth = new Map<string, number>();
    for (const index of touching) lastOfMonth.set(dayOf(commits[index].time).slice(0, 7), index);
    chosen = [...lastOfMonth.values()].sort((a, b) => a - b);
    notes.push(
      `${touching.length} commits changed a contract, so each point is the last commit of a month ` +
        `(one point per commit up to ${maxPoints}).`,
    );
  }

  // Second pass: the contracts at each chosen commit, their records read from the cache or linted.
  const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? cacheDirFor(root));
  const cache = HistoryCache.open(cacheDir, JSON.stringify({ context: options.context ?? '', prefix }));
  const reader = new BlobReader(root);
  const points: HistoryPoint[] = [];
  const missing = new Set<string>();
  try {
    const files = new Map<string, string>();
    let next = 0;
    for (let index = 0; index < commits.length && next < chosen.length; index++) {
      applyCommit(commits[index], files, contractPath);
      if (index !== chosen[next]) continue;
      next++;
      const entries = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const unknown = entries.filter(([path, blob]) => cache.get(HistoryCache.key(blob, path)) === undefined);
      // Every unknown version of this point is asked for at once; git answers in order.
      const texts = await Promise.all(unknown.map(([, blob]) => reader.read(blob)));
      unknown.forEach(([path, blob], i) => {
        const bytes = texts[i];
        if (bytes === undefined) return;
        cache.set(HistoryCache.key(blob, path), options.recordsFor(decode(bytes), path));
      });
      const records: ContractRecord[] = [];
      for (const [path, blob] of entries) {
        const known = cache.get(HistoryCache.key(blob, path));
        if (known) records.push(...known);
        else missing.add(HistoryCache.key(blob, path));
      }
      const commit = commits[index];
      points.push({ date: dayOf(commit.time), commit: commit.commit, ...figuresOf(records) });
      options.onProgress?.(points.length, chosen.length);
    }
  } finally {
    reader.close();
    cache.save();
  }
  if (missing.size > 0)
    notes.push(
      `${missing.size} contract version${missing.size === 1 ? ' is' : 's are'} not in this clone (a partial clone) and ` +
        'left out of the points that had them.',
    );
  return { granularity, points, notes };
}
