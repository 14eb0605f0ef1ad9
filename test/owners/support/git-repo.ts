// Builds a real git repository in a folder, with commits by chosen authors on chosen dates (deterministic).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Author {
  name: string;
  email: string;
}

export class GitRepo {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
  }

  private git(args: string[], env: Record<string, string> = {}): void {
    execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], {
      cwd: this.root,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.root, ...env },
      stdio: 'ignore',
    });
  }

  write(rel: string, text: string): void {
    const abs = join(this.root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }

  remove(rel: string): void {
    rmSync(join(this.root, rel), { force: true });
  }

  /**
   * Writes a whole history at once with `git fast-import` (much faster than one `git commit` per change), then
   * checks the result out. Commits must be in date order; each lists the full new content of the files it changes.
   */
  importHistory(
    commits: { author: Author; date: string; files: { path: string; content: string }[]; message: string }[],
  ): void {
    const parts: string[] = [];
    for (const c of commits) {
      const when = `${Math.floor(Date.parse(`${c.date}T12:00:00Z`) / 1000)} +0000`;
      const who = `${c.author.name} <${c.author.email}> ${when}`;
      parts.push(
        `commit refs/heads/main\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(c.message)}\n${c.message}\n`,
      );
      for (const f of c.files)
        parts.push(`M 100644 inline ${f.path}\ndata ${Buffer.byteLength(f.content)}\n${f.content}\n`);
      parts.push('\n');
    }
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: this.root,
      input: parts.join(''),
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.root },
    });
    this.git(['reset', '--hard', '-q', 'main']);
  }

  /** Commits the given files (already written) as `author` on `date` (YYYY-MM-DD). */
  commit(author: Author, date: string, files: string[], message: string): void {
    this.git(['add', '--', ...files]);
    const stamp = `${date}T12:00:00Z`;
    this.git(
      [
        '-c',
        `user.name=${author.name}`,
        '-c',
        `user.email=${author.email}`,
        'commit',
        '-q',
        '--no-verify',
        '-m',
        message,
      ],
      { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp },
    );
  }
}
