// The `dclens` entry point: picks the sub-command, turns every failure into one line and an exit code.
import type { CliIO, CommandHandler } from './command';
import { isMainThread, workerData } from 'node:worker_threads';
import { runCommand, start } from './run';

/** Loaded on first use, so each command pays at start-up only for the code it runs. */
const lazy =
  (load: () => Promise<CommandHandler>): CommandHandler =>
  async (args, io) =>
    (await load())(args, io);

const COMMANDS: Record<string, CommandHandler> = {
  lint: lazy(async () => (await import('./commands/lint')).lintCommand),
  rules: lazy(async () => (await import('./commands/rules')).rulesCommand),
  owners: lazy(async () => (await import('./commands/owners')).ownersCommand),
  score: lazy(async () => (await import('./commands/score')).scoreCommand),
  report: lazy(async () => (await import('./commands/report')).reportCommand),
  format: lazy(async () => (await import('./commands/format')).formatCommand),
  lsp: lazy(async () => (await import('./commands/lsp')).lspCommand),
  test: lazy(async () => (await import('./commands/test')).testCommand),
  diff: lazy(async () => (await import('./commands/diff')).diffCommand),
  new: lazy(async () => (await import('./commands/new')).newCommand),
  migrate: lazy(async () => (await import('./commands/migrate')).migrateCommand),
};

export async function run(argv: readonly string[], given: CliIO): Promise<number> {
  return runCommand(argv, given, COMMANDS);
}

// The same bundle is `dclens lint`'s worker thread (see commands/lint-workers.ts) when started with its workerData.
if (!isMainThread && (workerData as { kind?: unknown } | null)?.kind === 'dclens-lint-worker') {
  void import('./commands/lint-workers').then((workers) => workers.runLintWorker(workerData));
} else {
  void start(COMMANDS);
}
