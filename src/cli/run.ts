// Runs one `dclens` sub-command: turns every failure into one line and an exit code. Shared by the whole CLI
// (main.ts) and the owners command's own bundle (owners-main.ts).
import { CliError, type CliIO, type CommandHandler } from './command';
import { MAIN_HELP } from './help';
import { DCLENS_VERSION } from '../node/version';
import { safeForTerminal } from '../formatters/terminal';

export async function runCommand(
  argv: readonly string[],
  given: CliIO,
  commands: Record<string, CommandHandler>,
): Promise<number> {
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
    const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
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

/** Runs the process's arguments and sets its exit code. */
export async function start(commands: Record<string, CommandHandler>): Promise<void> {
  const code = await runCommand(
    process.argv.slice(2),
    {
      cwd: process.cwd(),
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    },
    commands,
  );
  // exitCode rather than exit(): a large report piped to another program is flushed before the process ends.
  process.exitCode = code;
}
