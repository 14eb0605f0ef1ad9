// Paths in `.dclens.yaml` stay inside the workspace: the folder that holds the configuration file. Only the
// text of a path is judged here (the engine reads no files); hosts with a file system also check where links lead.

/** Why a path written in the configuration leads outside the workspace, or undefined when it stays inside. */
export type OutsideReason = 'absolute' | 'parent' | 'link';

/**
 * Judges a path by its text alone: absolute paths (`/etc`, `\\server\share`, `C:\…`) and paths that climb above
 * the workspace with `..` are outside; `a/../b`, `./b`, `.` and the empty path are inside.
 */
export function pathOutsideByText(relativePath: string): OutsideReason | undefined {
  if (/^[\\/]/.test(relativePath) || /^[A-Za-z]:/.test(relativePath)) return 'absolute';
  let depth = 0;
  for (const segment of relativePath.split(/[\\/]+/)) {
    if (segment === '..') depth--;
    else if (segment !== '' && segment !== '.') depth++;
    if (depth < 0) return 'parent';
  }
  return undefined;
}

/** The plain-English reason, for a message that already names the entry. */
export function describeOutside(path: string, reason: OutsideReason): string {
  const shown = JSON.stringify(path).slice(1, -1);
  switch (reason) {
    case 'absolute':
      return `'${shown}' is an absolute path; write it relative to the folder of this configuration file`;
    case 'parent':
      return `'${shown}' leads outside the folder of this configuration file`;
    case 'link':
      return `'${shown}' is a link that leads outside the folder of this configuration file`;
  }
}
