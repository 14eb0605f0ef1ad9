// Writes a report to the file named by --output, creating its folders one by one.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../command';

const code = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/**
 * Creates the missing folders above `target` from the nearest existing one down. Node's recursive mkdirSync never
 * returns under a virtual file system such as /proc (creating a folder there fails with ENOENT while its parent
 * exists); one level at a time, the first refusal ends the run with its reason.
 */
function makeFoldersAbove(target: string, shown: string): void {
  const missing: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    let stats;
    try {
      stats = statSync(dir);
    } catch (error) {
      if (code(error) !== 'ENOENT' || path.dirname(dir) === dir)
        throw new CliError(`cannot write ${shown} (${code(error)} on ${dir})`);
      missing.unshift(dir);
      continue;
    }
    if (!stats.isDirectory()) throw new CliError(`cannot write ${shown} (${dir} is not a folder)`);
    break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if (code(error) !== 'EEXIST')
        throw new CliError(`cannot write ${shown} (cannot create the folder ${dir}: ${code(error)})`);
    }
  }
}

export function writeOutput(cwd: string, output: string, text: string): void {
  const target = path.resolve(cwd, output);
  makeFoldersAbove(target, output);
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw new CliError(`cannot write ${output} (${code(error)})`);
  }
}
