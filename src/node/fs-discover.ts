// Turns the paths given on the command line (files, folders, globs) into the YAML files to check.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ALWAYS_SKIPPED, GitignoreFilter, toPosix } from './fs-gitignore';

export const YAML_FILE = /\.ya?ml$/i;

/** dclens's own configuration is YAML but never a contract. */
const CONFIG_NAMES = new Set(['.dclens.yaml', '.dclens.yml']);

export interface DiscoveredFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Paths that matched nothing (a missing file or an empty glob). */
  missing: string[];
}

/**
 * Folders are walked recursively (skipping node_modules, .git and what .gitignore files ignore);
 * globs are expanded the same way; a file named explicitly is always checked.
 */
export async function discoverFiles(inputs: readonly string[], cwd: string): Promise<DiscoveredFiles> {
  const gitignore = new GitignoreFilter(cwd);
  const found = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stats = statOrUndefined(absolute);
    if (stats?.isFile()) {
      found.add(absolute);
    } else if (stats?.isDirectory()) {
      walk(absolute, absolute, gitignore, found);
    } else if (isDynamicPattern(toPosix(input))) {
      const matches = await glob(toPosix(input), {
        cwd, absolute: true, dot: true, onlyFiles: true, expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      const yaml = matches.map((m) => path.resolve(m)).filter((m) => YAML_FILE.test(m) && !CONFIG_NAMES.has(path.basename(m)) && !gitignore.ignores(m, false));
      if (yaml.length === 0) missing.push(input);
      for (const m of yaml) found.add(m);
    } else {
      missing.push(input);
    }
  }
  return { files: [...found].sort(), missing };
}

function walk(folder: string, named: string, gitignore: GitignoreFilter, found: Set<string>): void {
  // The folder named on the command line is walked even when ignored; its contents follow .gitignore.
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing to check there
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || gitignore.ignores(full, true, named)) continue;
      walk(full, named, gitignore, found);
    } else if (YAML_FILE.test(entry.name) && !CONFIG_NAMES.has(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(full)?.isFile()))) {
      if (!gitignore.ignores(full, false, named)) found.add(full);
    }
  }
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
