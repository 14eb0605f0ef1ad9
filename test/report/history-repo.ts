// A real git repository for the history tests: commits on chosen days, and the contract files as they stand after
// each commit, so a test can lint every version directly and compare with what the history read from git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const gitEnv = (home: string): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: home,
  GIT_AUTHOR_NAME: 'A Khan',
  GIT_AUTHOR_EMAIL: 'a.khan@example.org',
  GIT_COMMITTER_NAME: 'A Khan',
  GIT_COMMITTER_EMAIL: 'a.khan@example.org',
});

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `dclens-${name}-`));
}

export class HistoryRepo {
  /** The files after the last commit (path → text). */
  readonly files = new Map<string, string>();
  /** After each commit: its id, day, and the files then. */
  readonly commits: Array<{ commit: string; date: string; files: Map<string, string> }> = [];

  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], env: NodeJS.ProcessEnv = {}): string {
    return execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], {
      cwd: this.root,
      env: { ...gitEnv(this.root), ...env },
      encoding: 'utf8',
    });
  }

  /** Commits on `date` (YYYY-MM-DD, noon UTC): files written (text) or deleted (null), then renames [from, to]. */
  commit(date: string, changes: Record<string, string | null>, renames: Array<[string, string]> = []): string {
    for (const [path, text] of Object.entries(changes)) {
      const abs = join(this.root, path);
      if (text === null) {
        this.git(['rm', '-q', '--', path]);
        this.files.delete(path);
      } else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, text);
        this.git(['add', '--', path]);
        this.files.set(path, text);
      }
    }
    for (const [from, to] of renames) {
      mkdirSync(dirname(join(this.root, to)), { recursive: true });
      this.git(['mv', '--', from, to]);
      this.files.set(to, this.files.get(from) ?? '');
      this.files.delete(from);
    }
    const stamp = `${date}T12:00:00Z`;
    this.git(['commit', '-q', '--no-verify', '--allow-empty', '-m', `changes of ${date}`], {
      GIT_AUTHOR_DATE: stamp,
      GIT_COMMITTER_DATE: stamp,
    });
    const commit = this.git(['rev-parse', 'HEAD']).trim();
    this.commits.push({ commit, date, files: new Map(this.files) });
    return commit;
  }
}

/** An ODCS v3.1.0 contract that improves with `level`: 0 a bare draft, 1 described with a Data Owner, 2 checked. */
export function contract(id: string, level: number, domain = 'courts'): string {
  const lines = [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    `id: ${id}`,
    `name: ${id.replace(/-/g, ' ')}`,
    'version: 1.0.0',
    'status: active',
    `domain: ${domain}`,
  ];
  if (level >= 1)
    lines.push(
      'description:',
      `  purpose: The ${id.replace(/-/g, ' ')} recorded by the service, one row each.`,
      'team:',
      '  name: data-team',
      '  members:',
      '    - username: a.khan',
      '      role: Data Owner',
      '    - username: b.lee',
      '      role: Data Steward',
    );
  lines.push(
    'schema:',
    `  - name: ${id.replace(/-/g, '_')}`,
    '    logicalType: object',
    ...(level >= 1 ? ['    description: One row for each record.'] : []),
    '    properties:',
    '      - name: record_id',
    '        logicalType: string',
    '        primaryKey: true',
    ...(level >= 1 ? ['        description: The identifier of the record.'] : []),
    ...(level >= 2
      ? [
          '        required: true',
          '        unique: true',
          '        quality:',
          '          - metric: nullValues',
          '            mustBe: 0',
          '            dimension: completeness',
        ]
      : []),
  );
  return `${lines.join('\n')}\n`;
}
