// Where the configuration that applies to a file lives, and today's date: the light part of the Node host, with no
// engine code, so a command that only needs to know which file applies (and whether it changed) loads nothing else.
// The rule, for the CLI and the editor alike: the nearest `.dclens.yaml` (or `.dclens.yml`) in the file's folder or
// above it, up to the top folder of its git repository (a folder holding `.git`), or up to the file system root.
import { statSync } from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE_NAMES = ['.dclens.yaml', '.dclens.yml'];

/** The configuration file in `folder` itself, if there is one. */
export function configFileIn(folder: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).find(isFile);
}

/** The configuration file that applies to a file in `folder`, by the rule above. */
export function findConfigFile(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const here = configFileIn(dir);
    if (here) return here;
    if (path.dirname(dir) === dir || isRepositoryTop(dir)) return undefined;
  }
}

/** The top folder of a git work tree: it holds `.git` (a folder, or a file in a linked work tree or submodule). */
export function isRepositoryTop(folder: string): boolean {
  try {
    statSync(path.join(folder, '.git'));
    return true;
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date (`YYYY-MM-DD`); `DCLENS_TODAY` pins it for reproducible runs. */
export function today(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const pinned = env.DCLENS_TODAY;
  if (pinned !== undefined) {
    if (!DATE.test(pinned)) throw new Error(`DCLENS_TODAY must be a date like 2026-01-31 (got '${pinned}')`);
    return pinned;
  }
  return now().toISOString().slice(0, 10);
}
