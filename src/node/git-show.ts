// A file as it was at a git ref, through the `git` command (execFile, never a shell; nothing in the repository is
// run: `git show` runs no hooks, and fsmonitor is switched off for each call).
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** A git problem worth one line to the user: no repository, an unknown ref, a file the ref does not have. */
export class GitProblem extends Error {}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', ...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true,
        timeout: 60_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/**
 * A ref the user gave: a branch, tag, commit or expression such as HEAD~1. It may not start with '-' (git would
 * read it as an option) nor hold ':' or control characters (it names a commit, never a file).
 */
export function checkRef(ref: string): string {
  if (ref.trim() === '') throw new GitProblem('--base needs a git ref, such as main or HEAD~1');
  if (ref.startsWith('-')) throw new GitProblem(`'${ref}' is not a git ref: a ref cannot start with '-'`);
  if (/[\u0000-\u001f\u007f\s:]/.test(ref)) throw new GitProblem(`'${ref}' is not a git ref`);
  return ref;
}

export interface FileAtRef {
  text: string;
  /** The ref compared with, as the report shows it: the given ref, or the merge base and the branch it is with. */
  base: string;
}

/** The repository's top folder, and the file's path in it (posix), refusing a file outside the repository. */
async function locateInRepository(file: string): Promise<{ root: string; relative: string }> {
  const dir = path.dirname(file);
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok || top.stdout.trim() === '')
    throw new GitProblem(`${path.basename(file)} is not in a git repository; compare with a file: --base-file OLD`);
  const root = realpathSync(top.stdout.trim());
  let real: string;
  try {
    real = path.join(realpathSync(dir), path.basename(file));
  } catch {
    real = path.resolve(file);
  }
  const relative = path.relative(root, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    throw new GitProblem(`${path.basename(file)} is outside the git repository at ${root}`);
  return { root, relative: relative.split(path.sep).join('/') };
}

async function commitOf(root: string, ref: string): Promise<string | undefined> {
  const r = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = r.stdout.trim();
  return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/**
 * The default base: where the current branch left the default branch (origin/HEAD, else main or master), so
 * that a pull request is compared with what it started from; HEAD when there is no default branch.
 */
async function defaultBase(root: string): Promise<{ commit: string; base: string; label: string }> {
  const candidates: string[] = [];
  const remote = await git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remote.ok && remote.stdout.trim() !== '') candidates.push(remote.stdout.trim());
  candidates.push('main', 'master', 'origin/main', 'origin/master');
  for (const branch of candidates) {
    if (!(await commitOf(root, branch))) continue;
    const mergeBase = await git(root, ['merge-base', 'HEAD', branch]);
    const sha = mergeBase.stdout.trim();
    if (mergeBase.ok && /^[0-9a-f]{40,64}$/.test(sha))
      return { commit: sha, base: `${sha.slice(0, 12)} (merge base with ${branch})`, label: branch };
  }
  const head = await commitOf(root, 'HEAD');
  if (!head) throw new GitProblem('the repository has no commit yet to compare with');
  return { commit: head, base: 'HEAD', label: 'HEAD' };
}

/** The commit a file is compared with, and where the file is in its repository. */
export interface BaseCommit {
  root: string;
  /** The file's path in the repository (posix). */
  relative: string;
  commit: string;
  /** The ref compared with, as the report shows it: the given ref, or the merge base and the branch it is with. */
  base: string;
  /** The branch or ref in a few characters, for titles: 'main', 'HEAD', 'v1.2.0'. */
  label: string;
}

/** The commit `ref` names for `file` (default: the merge base with the default branch, else HEAD). */
export async function baseCommit(file: string, ref: string | undefined): Promise<BaseCommit> {
  const { root, relative } = await locateInRepository(file);
  if (ref === undefined) return { root, relative, ...(await defaultBase(root)) };
  const commit = await commitOf(root, checkRef(ref));
  if (!commit) throw new GitProblem(`unknown git ref '${ref}'`);
  return { root, relative, commit, base: ref, label: ref };
}

/** The text of the file at the commit found by `baseCommit`; undefined when the commit has no such file. */
export async function textAtCommit(at: BaseCommit): Promise<string | undefined> {
  const { root, relative, commit, base } = at;
  const shown = await git(root, ['show', '--no-textconv', `${commit}:${relative}`]);
  if (!shown.ok) {
    const exists = await git(root, ['cat-file', '-e', `${commit}:${relative}`]);
    if (!exists.ok) return undefined;
    throw new GitProblem(`git could not show ${relative} at ${base}: ${shown.stderr.trim().split('\n')[0]}`);
  }
  return shown.stdout.startsWith('\uFEFF') ? shown.stdout.slice(1) : shown.stdout;
}

/** The text of `file` at `ref` (default: the merge base with the default branch, else HEAD). */
export async function fileAtRef(file: string, ref: string | undefined): Promise<FileAtRef> {
  const at = await baseCommit(file, ref);
  const text = await textAtCommit(at);
  if (text === undefined)
    throw new GitProblem(`${at.relative} does not exist at ${at.base}; compare with a file instead: --base-file OLD`);
  return { text, base: at.base };
}
