// Runs `dclens diff` in process, as the CLI entry point does: output, errors and the exit code.
import { execFileSync } from 'node:child_process';
import { diffCommand } from '../../src/cli/commands/diff';
import { runCommand } from '../../src/cli/run';

export interface DiffRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runDiff(args: string[], cwd: string): Promise<DiffRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(
    ['diff', ...args],
    { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    { diff: diffCommand },
  );
  return { code, stdout, stderr };
}

/** Runs git in a test repository, with an author and no user configuration. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
  });
}
