// `dclens owners …` from its own bundle (dist/cli-owners.js; dist/cli.js sends the command here). A call the caches
// answer (the stored catalogue snapshot and the contract's stored facts, see commands/owners-cached.ts) runs from
// this small bundle alone, which holds neither the linter nor the YAML parser nor the catalogue loader; any other
// call is handed, untouched, to the whole owners command (owners-whole.ts, a bundle of its own).
import { writeSync } from 'node:fs';
import type { CliIO } from './command';
import { answerFromCaches } from './commands/owners-cached';
import { safeForTerminal } from '../formatters/terminal';

/**
 * Writes to a standard stream's file descriptor directly: process.stdout is a stream whose creation loads Node's
 * net and stream modules, a noticeable share of a call the cache answers. A descriptor that would block (a
 * non-blocking pipe that is full) or fails hands the rest, and everything after it, to the stream, so nothing is
 * lost or reordered and the process still ends only once the stream is flushed.
 */
function directWriter(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    if (stream) {
      stream.write(text);
      return;
    }
    let bytes = Buffer.from(text, 'utf8');
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
    } catch {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.write(bytes);
    }
  };
}

void (async () => {
  const argv = process.argv.slice(2);
  const io: CliIO = { cwd: process.cwd(), stdout: directWriter(1), stderr: directWriter(2) };
  // Warnings quote catalogue files: shown, never run by the terminal (as runCommand does for the whole command).
  const quick =
    argv[0] === 'owners' && argv[1] === 'suggest'
      ? await answerFromCaches(argv.slice(2), { ...io, stderr: (text) => io.stderr(safeForTerminal(text)) }).catch(
          () => undefined,
        )
      : undefined;
  if (quick !== undefined) {
    process.exitCode = quick;
    return;
  }
  const { runWhole } = await import('./owners-whole');
  process.exitCode = await runWhole(argv, io);
})();
