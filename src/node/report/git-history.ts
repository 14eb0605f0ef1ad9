// Reads the history of a repository for `dclens report --history`, through the `git` command only (execFile and
// spawn, never a shell; nothing is checked out and no hook runs): the commits of the current branch, oldest first,
// with the files each changed (blob ids, renames, deletions), and the bytes of blobs through one long-lived
// `git cat-file --batch` process.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitProblem } from '../git-show';

/** No prompt, no optional lock, and no fetch of an object a partial clone does not have (reading stays offline). */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1' };
const GIT_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '-c', 'log.showSignature=false'];

export interface GitOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git with `args` in `cwd`; history can be long, so there is no limit on the output and none on the time. */
export function runGit(cwd: string, args: string[]): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...GIT_CONFIG, ...args],
      { cwd, maxBuffer: Infinity, windowsHide: true, env: { ...process.env, ...GIT_ENV } },
      (error, stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
          reject(new GitProblem('report --history needs git: install git, or leave out --history'));
        else resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** A file a commit added, changed, renamed or deleted (against its first parent). */
export interface FileChange {
  /** A (added), M (modified), D (deleted), R (renamed), T (type changed), C (copied). */
  status: string;
  /** The path after the change (for a deletion, the path deleted). */
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
  /** The blob after the change ('0…0' for a deletion). */
  blob: string;
  /** The file mode after the change: 100644 or 100755 for a regular file, 120000 a link, 160000 a submodule. */
  mode: string;
}

export interface LoggedCommit {
  commit: string;
  /** Committer time, seconds since 1970. */
  time: number;
  changes: FileChange[];
}

/** The arguments of the log: first parents only, so each commit is compared with the one before it on the branch. */
export const LOG_ARGS = [
  'log',
  '--first-parent',
  '--diff-merges=first-parent',
  '--reverse',
  '--root',
  '--raw',
  '--no-abbrev',
  '-M',
  '-z',
  '--no-color',
  '--format=%H %ct',
];

/**
 * Parses the output of `git log` with LOG_ARGS. With -z every field ends with NUL: a commit's header
 * ("<sha> <time>"), then for each file a raw line (":<old mode> <new mode> <old blob> <new blob> <status>", the
 * first one after a newline) followed by its path, or by two paths for a rename or copy.
 */
export function parseRawLog(out: string): LoggedCommit[] {
  const fields = out.split('\0');
  const commits: LoggedCommit[] = [];
  let current: LoggedCommit | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i].replace(/^\n+/, '');
    if (field === '') continue;
    if (field.startsWith(':')) {
      const meta = /^:(\d{6}) (\d{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*$/.exec(field);
      if (!meta || !current) continue;
      const [, , mode, , blob, status] = meta;
      if (status === 'R' || status === 'C') {
        current.changes.push({ status, oldPath: fields[i + 1], path: fields[i + 2], blob, mode });
        i += 2;
      } else {
        current.changes.push({ status, path: fields[i + 1], blob, mode });
        i += 1;
      }
      continue;
    }
    const header = /^([0-9a-f]{40,64}) (\d+)$/.exec(field);
    if (!header) continue;
    current = { commit: header[1], time: Number(header[2]), changes: [] };
    commits.push(current);
  }
  return commits;
}

/** Where the repository that holds `cwd` starts, and the path of `cwd` inside it ('' at the top, else 'a/b/'). */
export async function repositoryOf(cwd: string): Promise<{ root: string; prefix: string; shallow: boolean }> {
  const r = await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  const [root, prefix, shallow] = r.stdout.split('\n');
  if (!r.ok || !root)
    throw new GitProblem(
      /not a git repository/i.test(r.stderr) || !r.ok
        ? 'report --history reads the git history, but this folder is not in a git repository'
        : `git could not read the repository: ${r.stderr.trim().split('\n')[0]}`,
    );
  return { root, prefix: prefix ?? '', shallow: shallow === 'true' };
}

/** The commits of the current branch, oldest first; none when the repository has no commit yet. */
export async function branchHistory(root: string): Promise<LoggedCommit[]> {
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head.ok) return [];
  const log = await runGit(root, [...LOG_ARGS, 'HEAD', '--']);
  if (!log.ok) throw new GitProblem(`git could not read the history: ${log.stderr.trim().split('\n')[0]}`);
  return parseRawLog(log.stdout);
}

interface Waiting {
  resolve(bytes: Buffer | undefined): void;
  reject(error: Error): void;
}

/**
 * Reads blobs through one `git cat-file --batch` process: each request is a line with an object id; the answer is
 * "<id> blob <size>\n<bytes>\n", or "<id> missing\n" (then undefined). Requests are answered in order, so many can
 * be in flight at once.
 */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Waiting[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** The size of the body being read, once its header is in. */
  private bodySize: number | undefined;
  private failure: Error | undefined;

  constructor(root: string) {
    this.child = spawn('git', [...GIT_CONFIG, 'cat-file', '--batch'], {
      cwd: root,
      windowsHide: true,
      env: { ...process.env, ...GIT_ENV },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.drain();
    });
    this.child.stdin.on('error', (error) => this.fail(error));
    this.child.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(error.code === 'ENOENT' ? new GitProblem('report --history needs git: install git') : error),
    );
    this.child.on('close', () => this.fail(new GitProblem('git stopped while reading the history')));
  }

  /** The bytes of blob `id`, or undefined when the repository does not have it. */
  read(id: string): Promise<Buffer | undefined> {
    if (!/^[0-9a-f]{40,64}$/.test(id)) return Promise.reject(new Error(`not an object id: ${id}`));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    const taken = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  private drain(): void {
    for (;;) {
      if (this.bodySize === undefined) {
        const newline = this.newlineAt();
        if (newline < 0) return;
        const header = this.take(newline + 1)
          .toString('latin1')
          .trimEnd();
        const found = /^[0-9a-f]{40,64} \w+ (\d+)$/.exec(header);
        if (!found) {
          // "<id> missing" (or ambiguous): nothing follows the header.
          this.waiting.shift()?.resolve(undefined);
          continue;
        }
        this.bodySize = Number(found[1]);
      }
      if (this.length < this.bodySize + 1) return;
      const body = Buffer.from(this.take(this.bodySize + 1).subarray(0, this.bodySize));
      this.bodySize = undefined;
      this.waiting.shift()?.resolve(body);
    }
  }

  private newlineAt(): number {
    let offset = 0;
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(10);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }
}
