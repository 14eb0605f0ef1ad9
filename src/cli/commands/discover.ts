// Finds the files a command works on and what the configuration decides for each; anything that cannot be found or
// read stops the run with exit 2.
import path from 'node:path';
import { ConfigError, type FileContext, type NodeHost } from '../../node/host';
import { toPosix } from '../../node/fs-gitignore';
import { CliError } from '../command';

/**
 * The regular YAML files under `inputs`. A folder that cannot be read is an error, like a file that cannot:
 * passing with its contracts unchecked would hide them.
 */
export async function filesToCheck(inputs: readonly string[], cwd: string, host: NodeHost): Promise<string[]> {
  const { files, missing, unreadable } = await host.discover(inputs);
  if (missing.length > 0) throw new CliError(`no such file, folder or matching YAML file: ${missing[0]}`);
  if (unreadable.length > 0) {
    const [first] = unreadable;
    const shown = toPosix(path.relative(cwd, first.path)) || '.';
    throw new CliError(
      `cannot read ${shown} (${first.reason})${unreadable.length > 1 ? ` and ${unreadable.length - 1} more` : ''}`,
    );
  }
  return files;
}

/** What the configuration decides for one file; a configuration that cannot be read stops the run with exit 2. */
export function fileContextOf(host: NodeHost, absolute: string): FileContext {
  try {
    return host.fileContext(absolute);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
