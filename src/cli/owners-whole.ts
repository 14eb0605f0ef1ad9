// The whole `dclens owners` command, for the calls the caches cannot answer: a bundle of its own
// (dist/cli-owners-whole.js), loaded by the owners bundle (owners-main.ts) only then.
import { ownersCommand } from './commands/owners';
import type { CliIO } from './command';
import { runCommand } from './run';

export const runWhole = (argv: readonly string[], io: CliIO): Promise<number> =>
  runCommand(argv, io, { owners: ownersCommand });
