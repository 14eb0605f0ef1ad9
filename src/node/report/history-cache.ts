// The on-disk cache of `dclens report --history`: the records of each contract version, keyed by its blob id and
// path, so a second run lints only the versions it has not seen. One JSON file, `report/history.json` in the
// cache folder of the catalogue cache (see cacheDirFor: `node_modules/.cache/dclens/` when the workspace has
// node_modules, else the user's cache folder). A record depends on more than the bytes: the build of dclens, the
// resolved configuration, the catalogue and today's date (for the date rules) are the cache's context; a file
// written in another context, by another build, or that cannot be read or parsed is ignored and replaced. Deleting
// it is always safe.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContractRecord } from '../../engine';
import { buildId } from '../catalogue/build-id';
import { tempNameFor } from '../catalogue/stamps';

const FORMAT = 1;
export const HISTORY_CACHE_FILE = join('report', 'history.json');

interface Stored {
  format: number;
  build: string;
  context: string;
  entries: Record<string, ContractRecord[]>;
}

export class HistoryCache {
  private readonly entries: Record<string, ContractRecord[]>;
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly build: string,
    private readonly context: string,
    entries: Record<string, ContractRecord[]> | undefined,
  ) {
    this.entries = entries ?? Object.create(null);
  }

  /** The cache in folder `dir` (none when undefined) for `context`; anything unusable is ignored. */
  static open(dir: string | undefined, context: string): HistoryCache {
    const build = buildId();
    if (dir === undefined) return new HistoryCache(undefined, build, context, undefined);
    const file = join(dir, HISTORY_CACHE_FILE);
    let entries: Record<string, ContractRecord[]> | undefined;
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (
        stored &&
        stored.format === FORMAT &&
        stored.build === build &&
        stored.context === context &&
        stored.entries &&
        typeof stored.entries === 'object' &&
        !Array.isArray(stored.entries)
      )
        entries = Object.assign(Object.create(null) as Record<string, ContractRecord[]>, stored.entries);
    } catch {
      entries = undefined;
    }
    return new HistoryCache(file, build, context, entries);
  }

  static key(blob: string, path: string): string {
    return `${blob} ${path}`;
  }

  /** The stored records of a version, when they look whole (an entry that does not is computed again). */
  get(key: string): ContractRecord[] | undefined {
    const records = this.entries[key];
    if (!Array.isArray(records)) return undefined;
    const whole = records.every(
      (r) =>
        r &&
        typeof r === 'object' &&
        typeof r.file === 'string' &&
        typeof r.score === 'number' &&
        Array.isArray(r.dataOwners) &&
        r.areas !== null &&
        typeof r.areas === 'object',
    );
    return whole ? records : undefined;
  }

  set(key: string, records: ContractRecord[]): void {
    this.entries[key] = records;
    this.changed = true;
  }

  /** Writes the cache when it gained entries (to a temporary file renamed over the old one); a failure is ignored. */
  save(): void {
    if (!this.file || !this.changed) return;
    const stored: Stored = { format: FORMAT, build: this.build, context: this.context, entries: this.entries };
    const temp = tempNameFor(this.file);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(stored));
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      rmSync(temp, { force: true });
    }
  }
}
