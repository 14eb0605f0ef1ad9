// What `git rev-parse` says about a folder, read from the repository's files instead of running git: the top of the
// work tree and the commit HEAD names. It answers only the plain cases it can answer exactly as git does (a `.git`
// folder or a `gitdir:` file owned by this user, loose or packed refs) and says "ask git" (undefined) for any other
// (environment variables that move the repository, another owner, an unborn branch, a reftable repository), so a
// caller that trusts it is never wrong, only sometimes slower.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Variables that tell git where the repository is: with any of them set, only git knows. */
const MOVING = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
];

const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

interface Repository {
  /** The top folder of the work tree. */
  top: string;
  /** The repository folder of this work tree (`.git`, or `.git/worktrees/<name>` for a linked work tree). */
  gitDir: string;
  /** Where shared refs live (the main `.git` folder). */
  commonDir: string;
}

const ownedByMe = (uid: number): boolean => typeof process.getuid !== 'function' || uid === process.getuid();

function readSmall(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const isDir = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * The repository that holds `folder` as git would find it, null when there is none up to the root of the file
 * system, undefined when only git can tell.
 */
function findRepository(folder: string, env: NodeJS.ProcessEnv): Repository | null | undefined {
  if (MOVING.some((name) => env[name] !== undefined)) return undefined;
  // git walks up the real path (a linked folder's parents are not the link's parents).
  let start: string;
  try {
    start = realpathSync.native(folder);
  } catch {
    return undefined;
  }
  // Inside a repository folder itself, git answers differently (no work tree).
  if (start.split(path.sep).includes('.git')) return undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const s = lstatSync(dotGit, { throwIfNoEntry: false });
    if (s) {
      const dirStats = lstatSync(dir, { throwIfNoEntry: false });
      // git refuses a repository another user owns (safe.directory): what it then says is git's business.
      if (!dirStats || !ownedByMe(s.uid) || !ownedByMe(dirStats.uid)) return undefined;
      let gitDir: string;
      if (s.isDirectory()) gitDir = dotGit;
      else if (s.isFile()) {
        const m = /^gitdir: (.+?)\r?\n?$/.exec(readSmall(dotGit) ?? '');
        if (!m) return undefined;
        gitDir = path.resolve(dir, m[1]);
      } else return undefined;
      const common = readSmall(path.join(gitDir, 'commondir'))?.trim();
      const commonDir = common ? path.resolve(gitDir, common) : gitDir;
      // What git checks before it takes a folder for a repository; anything else, git may look further up.
      const valid =
        statSync(path.join(gitDir, 'HEAD'), { throwIfNoEntry: false })?.isFile() === true &&
        isDir(path.join(commonDir, 'objects')) &&
        isDir(path.join(commonDir, 'refs'));
      return valid ? { top: dir, gitDir, commonDir } : undefined;
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** The commit a ref names, following symbolic refs; undefined when the files do not say (git may know). */
function resolveRef(repo: Repository, ref: string, depth = 0): string | undefined {
  if (depth > 5 || !/^refs\/[^\0]+$/.test(ref) || ref.split('/').includes('..')) return undefined;
  const perWorktree = /^refs\/(bisect|worktree|rewritten)\//.test(ref);
  const loose = readSmall(path.join(perWorktree ? repo.gitDir : repo.commonDir, ...ref.split('/')));
  if (loose !== undefined) {
    const text = loose.trim();
    if (HASH.test(text)) return text;
    const symbolic = /^ref: (.+)$/.exec(text);
    return symbolic ? resolveRef(repo, symbolic[1].trim(), depth + 1) : undefined;
  }
  const packed = readSmall(path.join(repo.commonDir, 'packed-refs'));
  for (const line of packed?.split('\n') ?? []) {
    const space = line.indexOf(' ');
    if (space > 0 && line.slice(space + 1).trimEnd() === ref) {
      const hash = line.slice(0, space);
      return HASH.test(hash) ? hash : undefined;
    }
  }
  return undefined;
}

/** What `git rev-parse --show-toplevel` prints for `folder` (undefined: not in a work tree), or 'ask git'. */
export function workTreeTop(folder: string, env: NodeJS.ProcessEnv = process.env): { top?: string } | 'ask git' {
  const repo = findRepository(folder, env);
  if (repo === undefined) return 'ask git';
  return { top: repo?.top };
}

/**
 * Whether `folder` is in a git work tree and the commit HEAD names there (as `gitState` answers), or undefined
 * when only git can tell (an unborn branch, a reftable repository, refs elsewhere).
 */
export function gitStateFromFiles(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): { inside: boolean; head?: string } | undefined {
  const repo = findRepository(folder, env);
  if (repo === undefined) return undefined;
  if (repo === null) return { inside: false };
  const text = readSmall(path.join(repo.gitDir, 'HEAD'))?.trim();
  if (text === undefined) return undefined;
  if (HASH.test(text)) return { inside: true, head: text };
  const symbolic = /^ref: (.+)$/.exec(text);
  const head = symbolic ? resolveRef(repo, symbolic[1].trim()) : undefined;
  return head === undefined ? undefined : { inside: true, head };
}
