// Answers "does git ignore this path?" by reading every .gitignore from the repository root down, cached per folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders never worth walking into. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export class GitignoreFilter {
  private readonly perFolder = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  /**
   * @param fallbackRoot where to start reading .gitignore files for paths outside any git repository.
   */
  constructor(private readonly fallbackRoot: string) {}

  /**
   * @param namedFolder a folder named on the command line: it is walked even when .gitignore lists it, and
   *   inside it the rules of the .gitignore files above it apply as if it were their folder.
   */
  ignores(absolutePath: string, isDirectory: boolean, namedFolder?: string): boolean {
    const root = this.rootFor(path.dirname(absolutePath));
    // Check each folder's rules, from the root down; a matching folder excludes everything below it.
    const folders = foldersBetween(root, path.dirname(absolutePath));
    for (const folder of folders) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const base = namedFolder && folder !== namedFolder && isInside(namedFolder, folder) ? namedFolder : folder;
      for (const below of folders) {
        if (below === base || !isInside(below, base)) continue;
        if (rules.ignores(`${toPosix(path.relative(base, below))}/`)) return true;
      }
      const relative = toPosix(path.relative(base, absolutePath));
      if (relative && rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
    }
    return false;
  }

  private rulesIn(folder: string): Ignore | null {
    let rules = this.perFolder.get(folder);
    if (rules === undefined) {
      const file = path.join(folder, '.gitignore');
      // Only a regular file is read: a .gitignore linked to a device or a pipe would block the run forever.
      rules = statSync(file, { throwIfNoEntry: false })?.isFile() ? ignore().add(readFileSync(file, 'utf8')) : null;
      this.perFolder.set(folder, rules);
    }
    return rules;
  }

  /** The nearest folder holding `.git`, or the fallback root when the path is inside it, or the folder itself. */
  private rootFor(folder: string): string {
    const cached = this.roots.get(folder);
    if (cached) return cached;
    let root: string | undefined;
    for (let dir = folder; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, '.git'))) {
        root = dir;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    root ??= isInside(folder, this.fallbackRoot) ? this.fallbackRoot : folder;
    this.roots.set(folder, root);
    return root;
  }
}

function foldersBetween(root: string, folder: string): string[] {
  const chain: string[] = [];
  for (let dir = folder; ; dir = path.dirname(dir)) {
    chain.push(dir);
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return chain.reverse();
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
