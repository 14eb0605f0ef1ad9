// Git history per file through the `git` command (execFile, never a shell). Nothing in the workspace is run:
// `git log` runs no hooks, and fsmonitor is switched off for the call.
import { execFile } from 'node:child_process';
import type { GitAuthorStats, GitFileRecord } from '../../engine/owners';

const FIELD = '\u001f';
const COMMIT = '\u001e';

function git(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '-C', root, ...args],
      { maxBuffer: 512 * 1024 * 1024, windowsHide: true },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

export async function isGitRepository(root: string): Promise<boolean> {
  try {
    return (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** The commit HEAD names, or undefined (no git, no commit yet). */
export async function gitHead(root: string): Promise<string | undefined> {
  try {
    const head = (await git(root, ['rev-parse', '--verify', '-q', 'HEAD'])).trim();
    return /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `root` is inside a git work tree, and the commit HEAD names there (undefined before the first commit):
 * one `git rev-parse` for both.
 */
export async function gitState(root: string): Promise<{ inside: boolean; head?: string }> {
  // `--verify -q HEAD` prints nothing and fails (after printing the first answer) while there is no commit.
  const out = await new Promise<string>((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-C', root, 'rev-parse', '--is-inside-work-tree', '--verify', '-q', 'HEAD'],
      { windowsHide: true },
      (_error, stdout) => resolve(typeof stdout === 'string' ? stdout : ''),
    );
  });
  const [inside, head] = out.split('\n').map((line) => line.trim());
  if (inside !== 'true') return { inside: false };
  return { inside: true, head: /^[0-9a-f]{40,64}$/.test(head ?? '') ? head : undefined };
}

/** The top folder of the git work tree that holds `dir`, or undefined outside git. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    const top = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
    return top === '' ? undefined : top;
  } catch {
    return undefined;
  }
}

/**
 * Commits that change more than this many files are bulk edits (format upgrades, renames, imports): they say
 * nothing about who looks after one file, so they are not counted.
 */
export const BULK_COMMIT_FILES = 50;

/**
 * Authors, commit counts and last commit date per file, for every file under `root` (or only `paths`).
 * Paths are relative to `root`, with forward slashes.
 */
export async function readGitHistory(
  root: string,
  paths: string[] = ['.'],
  maxFilesPerCommit = BULK_COMMIT_FILES,
): Promise<GitFileRecord[]> {
  const out = await git(root, [
    // -z: file names come unquoted, each ended by NUL (plain output C-quotes names with quotes, tabs or newlines).
    'log',
    '-z',
    '--no-merges',
    '--relative',
    '--name-only',
    `--format=${COMMIT}%ae${FIELD}%an${FIELD}%as`,
    '--',
    ...paths,
  ]);
  const perFile = new Map<string, Map<string, GitAuthorStats>>();
  // Newest first: the last commit seen for a file is the one that created it.
  const creator = new Map<string, string>();
  for (const chunk of out.split(COMMIT)) {
    if (chunk.trim() === '') continue;
    // "<header>NUL\n<file>NUL<file>NUL": names are exact bytes, so only the line break after the header is removed.
    const [header, ...files] = chunk.split('\0');
    const [email, name, date] = header.split(FIELD);
    const changed = files.map((f, i) => (i === 0 && f.startsWith('\n') ? f.slice(1) : f)).filter((f) => f !== '');
    if (changed.length > maxFilesPerCommit) continue;
    for (const path of changed) {
      creator.set(path, email.toLowerCase());
      let authors = perFile.get(path);
      if (!authors) perFile.set(path, (authors = new Map()));
      const key = email.toLowerCase();
      const a = authors.get(key);
      if (a) {
        a.commits++;
        if (date > a.lastCommit) a.lastCommit = date;
      } else authors.set(key, { email: key, name, commits: 1, lastCommit: date });
    }
  }
  return [...perFile].map(([path, authors]) => ({
    kind: 'git',
    path,
    authors: [...authors.values()],
    createdBy: creator.get(path),
    source: `git:${path}`,
  }));
}
