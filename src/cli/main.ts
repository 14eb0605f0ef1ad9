// The `dclens` entry point: picks the sub-command, turns every failure into one line and an exit code.
import { CliError, type CliIO, type CommandHandler } from './command';
import { MAIN_HELP } from './help';
import { DCLENS_VERSION } from './version';
import { safeForTerminal } from '../formatters/terminal';

/** Loaded on first use, so each command pays at start-up only for the code it runs. */
const lazy = (load: () => Promise<CommandHandler>): CommandHandler => async (args, io) => (await load())(args, io);

const COMMANDS: Record<string, CommandHandler> = {
  lint: lazy(async () => (await import('./commands/lint')).lintCommand),
  rules: lazy(async () => (await import('./commands/rules')).rulesCommand),
  owners: lazy(async () => (await import('./commands/owners')).ownersCommand),
  score: lazy(async () => (await import('./commands/score')).scoreCommand),
  format: lazy(async () => (await import('./commands/format')).formatCommand),
  lsp: lazy(async () => (await import('./commands/lsp')).lspCommand),
};

export async function run(argv: readonly string[], given: CliIO): Promise<number> {
  // Warnings and errors quote file names and contents: control characters in them are shown, never run.
  const io: CliIO = { ...given, stderr: (text) => given.stderr(safeForTerminal(text)) };
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout(MAIN_HELP);
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${DCLENS_VERSION}\n`);
      return 0;
    }
    if (first.startsWith('-')) throw new CliError(`unknown option ${first} (try dclens --help)`);
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new CliError(`unknown command '${first}' (try dclens --help)`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`dclens: ${oneLine(error.message)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`dclens: internal error: ${oneLine(message)}\n`);
      if (process.env.DCLENS_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    }
    return 2;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
  // exitCode rather than exit(): a large report piped to another program is flushed before the process ends.
  process.exitCode = code;
}

void main();
