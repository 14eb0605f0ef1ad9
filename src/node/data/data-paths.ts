// Paths a contract's server names (a data file, a DuckDB database) are read relative to the contract's folder and
// must stay inside the workspace: `..` escapes, absolute paths elsewhere and links that lead out are refused.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside, realPathOf } from '../workspace';

/** A problem with where the data is: the run stops with exit 2 and this message. */
export class DataUnreachable extends Error {}

const OBJECT_PLACEHOLDER = /\$?\{(model|object|table)\}/g;

/** The path of a schema object's data: `{model}`/`{object}` replaced by its table name. */
export function fillPath(template: string, table: string): string {
  return template.replace(OBJECT_PLACEHOLDER, table);
}

/**
 * The absolute path `written` (from the contract) names, read from `contractDir`; refused when it leads outside
 * `root` (the workspace, else the contract's folder). Globs stay globs.
 */
export function dataPath(written: string, contractDir: string, root: string): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(written))
    throw new DataUnreachable(`'${written}' is a remote location; only local files are read`);
  const absolute = path.resolve(contractDir, written);
  const firstGlob = absolute.search(/[*?[{]/);
  const fixedPart = firstGlob === -1 ? absolute : path.dirname(absolute.slice(0, firstGlob + 1));
  if (!isInside(realPathOf(root), realPathOf(fixedPart)) || !isInside(path.resolve(root), absolute))
    throw new DataUnreachable(`'${written}' leads outside the workspace (${root}); data must live inside it`);
  return absolute;
}

/** Whether a path without glob characters exists; a glob is left for the database to expand. */
export function missingFile(absolute: string): boolean {
  return !/[*?[{]/.test(absolute) && !existsSync(absolute);
}
