// Turns the paths given on the command line (files, folders, globs) into the YAML files to check.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ALWAYS_SKIPPED, GitignoreFilter, toPosix } from './fs-gitignore';

export const YAML_FILE = /\.ya?ml$/i;

/** dclens's own configuration is YAML but never a contract. */
const CONFIG_NAMES = new Set(['.dclens.yaml', '.dclens.yml']);

export interface DiscoveredFiles {
  /** Absolute paths of regular files, sorted, each real file once (a symbolic link and its target count once). */
  files: string[];
  /** Paths that matched nothing (a missing file or an empty glob). */
  missing: string[];
  /** Folders that could not be read, and named paths that are not regular files, with the reason (EACCES, …). */
  unreadable: Array<{ path: string; reason: string }>;
}

/** The file-system calls discovery makes; tests replace them to simulate what root cannot (an unreadable folder). */
export interface DiscoveryFs {
  readdir(folder: string): Dirent[];
  stat(file: string): Stats;
  realpath(file: string): string;
}

const nodeFs: DiscoveryFs = {
  readdir: (folder) => readdirSync(folder, { withFileTypes: true }),
  stat: (file) => statSync(file),
  realpath: (file) => realpathSync(file),
};

/**
 * Folders are walked recursively (skipping node_modules, .git and what .gitignore files ignore);
 * globs are expanded the same way; a file named explicitly is always checked.
 * Only regular files are read: a device, a pipe or a socket with a YAML name (or a link to one) never is, and no
 * symbolic link to a folder is followed, so a link loop cannot list a contract twice or walk forever.
 */
export async function discoverFiles(
  inputs: readonly string[],
  cwd: string,
  fs: DiscoveryFs = nodeFs,
): Promise<DiscoveredFiles> {
  const gitignore = new GitignoreFilter(cwd);
  const found = new Set<string>();
  const missing: string[] = [];
  const unreadable: DiscoveredFiles['unreadable'] = [];
  const stat = (p: string): Stats | undefined => {
    try {
      return fs.stat(p);
    } catch {
      return undefined;
    }
  };
  const walk = (folder: string, named: string): void => {
    // The folder named on the command line is walked even when ignored; its contents follow .gitignore.
    let entries: Dirent[];
    try {
      entries = fs.readdir(folder);
    } catch (error) {
      unreadable.push({ path: folder, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || gitignore.ignores(full, true, named)) continue;
        walk(full, named);
      } else if (
        YAML_FILE.test(entry.name) &&
        !CONFIG_NAMES.has(entry.name) &&
        (entry.isFile() || (entry.isSymbolicLink() && stat(full)?.isFile()))
      ) {
        if (!gitignore.ignores(full, false, named)) found.add(full);
      }
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stats = stat(absolute);
    if (stats?.isFile()) {
      found.add(absolute);
    } else if (stats?.isDirectory()) {
      walk(absolute, absolute);
    } else if (stats) {
      // A device, pipe or socket: reading it could block or never end.
      unreadable.push({ path: absolute, reason: 'not a regular file' });
    } else if (isDynamicPattern(toPosix(input))) {
      const matches = await glob(toPosix(input), {
        cwd,
        absolute: true,
        dot: true,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      const yaml = matches
        .map((m) => path.resolve(m))
        .filter(
          (m) =>
            YAML_FILE.test(m) &&
            !CONFIG_NAMES.has(path.basename(m)) &&
            !gitignore.ignores(m, false) &&
            stat(m)?.isFile(),
        );
      if (yaml.length === 0) missing.push(input);
      for (const m of yaml) found.add(m);
    } else {
      missing.push(input);
    }
  }
  return { files: oncePerRealFile([...found].sort(), fs), missing, unreadable };
}

/** Keeps the first path (in sorted order) to each real file. */
function oncePerRealFile(sorted: string[], fs: DiscoveryFs): string[] {
  const seen = new Set<string>();
  return sorted.filter((file) => {
    let real = file;
    try {
      real = fs.realpath(file);
    } catch {
      // keep the path as given; reading it will say what is wrong
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
