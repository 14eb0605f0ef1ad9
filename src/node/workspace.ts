// The workspace boundary on disk: where a path really leads once links are followed, and which folders are too
// wide to search without a marker. The configuration's own check (src/engine/config/workspace-paths.ts) judges
// only the text of a path; this adds what only the file system knows.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Whether `target` is `folder` itself or lies below it (both absolute, compared as written). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of `target` with every link followed. A path that does not exist yet resolves through its nearest
 * existing folder, so a missing file under a link to somewhere else is still placed where the link leads.
 */
export function realPathOf(target: string): string {
  let missing = '';
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(realpathSync(current), missing);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      missing = path.join(path.basename(current), missing);
      current = parent;
    }
  }
}

/** Whether `relativePath`, read from `folder`, really lands outside `folder` (following links). */
export function leadsOutside(folder: string, relativePath: string): boolean {
  return !isInside(realPathOf(folder), realPathOf(path.resolve(folder, relativePath)));
}

/**
 * A folder too wide to search for catalogue files when nothing marks it as a workspace: the root of a file
 * system or the user's home folder. Searching it would read the whole disk (or every project of the user).
 */
export function isTooWideToSearch(folder: string, home: string = homedir()): boolean {
  const real = realPathOf(folder);
  return path.dirname(real) === real || (home !== '' && real === realPathOf(home));
}
