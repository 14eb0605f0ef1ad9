// Which build of dclens is running, for the on-disk catalogue cache: an entry written by another build (other
// parsers, another ranking, another snapshot shape) is never used. The bundles carry a hash of their sources, set
// by scripts/build.mjs; run from the sources (tsx), the id is a hash of every source file's path, size and time.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DCLENS_VERSION } from '../version';
import { nameHash } from './stamps';

declare const __DCLENS_BUILD__: string | undefined;

let cached: string | undefined;

export function buildId(): string {
  if (cached !== undefined) return cached;
  const bundled = typeof __DCLENS_BUILD__ === 'string' ? __DCLENS_BUILD__ : undefined;
  cached = `${DCLENS_VERSION}+${bundled ?? `source.${sourceStamp(join(__dirname, '..', '..'))}`}`;
  return cached;
}

function sourceStamp(srcDir: string): string {
  // Only run from the sources. Not a digest of secrets, only a name for a state: the short hash of stamps.ts does.
  const lines: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) {
        const s = statSync(path, { throwIfNoEntry: false });
        lines.push(`${path}\0${s?.size}\0${s?.mtimeMs}\n`);
      }
    }
  };
  walk(srcDir);
  return nameHash(lines.join(''));
}
