// `dclens owners …` from its own bundle (dist/cli-owners.js; dist/cli.js sends the command here): the owners
// command without the rest of the CLI, so a call the catalogue cache answers does not compile or load the linter.
import { writeSync } from 'node:fs';
import { ownersCommand } from './commands/owners';
import { runCommand } from './run';

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
  const stdout = directWriter(1);
  const stderr = directWriter(2);
  const code = await runCommand(
    process.argv.slice(2),
    { cwd: process.cwd(), stdout, stderr },
    { owners: ownersCommand },
  );
  process.exitCode = code;
})();
