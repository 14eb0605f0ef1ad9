// Runs the built `dclens` as a child process, as users and CI run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const CLI = path.join(REPO, 'dist/cli.js');
export const FIXTURES = path.join(REPO, 'test/fixtures/cli');

let built = false;

/** Builds dist/cli.js once per test run, so the tests exercise the bundle users install. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  built = true;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DCLENS_TODAY: '2026-06-01', ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Copies a fixture folder to a fresh temporary folder (outside any git repository); `_gitignore` becomes `.gitignore`. */
export function copyFixture(name: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dclens-cli-'));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  try {
    renameSync(path.join(dir, '_gitignore'), path.join(dir, '.gitignore'));
  } catch {
    // this fixture has no .gitignore
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
