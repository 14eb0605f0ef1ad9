// An on-disk cache for the CLI: the parse output of every catalogue file, keyed by the sha1 of its bytes, and the
// git evidence, keyed by git HEAD and the paths asked. A later call re-reads the files (cheap) but parses only the
// changed ones, and runs no `git log` while HEAD stays the same. Nothing in it changes a result: a missing, corrupt
// or foreign cache is ignored and rebuilt.
//
// Where: `DCLENS_CACHE_DIR/<hash of root>/`, else `<root>/node_modules/.cache/dclens/` when `<root>/node_modules`
// exists, else `$XDG_CACHE_HOME/dclens/<hash of root>/` (or `~/.cache/dclens/<hash of root>/`).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GitFileRecord, ParseOutput } from '../../engine/owners';
import { DCLENS_VERSION } from '../../cli/version';

/** Raised whenever the stored shape or the meaning of a parse output changes. */
const FORMAT = 1;
const FILE_NAME = 'catalogue.json';

interface StoredFile {
  sha1: string;
  output: ParseOutput;
}

interface StoredGit {
  head: string;
  paths: string[];
  records: GitFileRecord[];
}

interface Stored {
  format: number;
  version: string;
  root: string;
  /** What else a parse output depends on (today's date, for leavers). */
  context: string;
  files: Record<string, StoredFile>;
  git?: StoredGit;
}

export const sha1 = (bytes: Uint8Array | string): string => createHash('sha1').update(bytes).digest('hex');

/** The folder the cache of `root` lives in. */
export function cacheDirFor(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = sha1(root).slice(0, 16);
  if (env.DCLENS_CACHE_DIR) return join(env.DCLENS_CACHE_DIR, named);
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'dclens');
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'dclens', named);
}

export class CatalogueDiskCache {
  private readonly old: Stored | undefined;
  private readonly next: Stored;
  /** Parse outputs reused from the stored cache, and parsed anew (for the bench and tests). */
  hits = 0;
  misses = 0;
  gitReused = false;

  private constructor(readonly file: string, root: string, context: string, old: Stored | undefined) {
    this.old = old;
    this.next = { format: FORMAT, version: DCLENS_VERSION, root, context, files: {} };
  }

  /** Opens the cache of `root` (read once, now); anything unreadable or from another version is ignored. */
  static open(root: string, options: { today?: string; dir?: string } = {}): CatalogueDiskCache {
    const file = join(options.dir ?? cacheDirFor(root), FILE_NAME);
    const context = JSON.stringify({ today: options.today ?? null });
    let old: Stored | undefined;
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      const usable = value && typeof value === 'object' && value.format === FORMAT && value.version === DCLENS_VERSION
        && value.root === root && value.context === context && value.files && typeof value.files === 'object';
      old = usable ? value : undefined;
    } catch {
      old = undefined;
    }
    return new CatalogueDiskCache(file, root, context, old);
  }

  /** The stored parse output of source `id` when its bytes hash to `hash`, else what `parse` returns (kept). */
  output(id: string, hash: string, parse: () => ParseOutput): ParseOutput {
    const stored = this.old?.files[id];
    let output: ParseOutput;
    if (stored && stored.sha1 === hash && stored.output && Array.isArray(stored.output.records) && Array.isArray(stored.output.warnings)) {
      output = stored.output;
      this.hits++;
    } else {
      output = parse();
      this.misses++;
    }
    this.next.files[id] = { sha1: hash, output };
    return output;
  }

  /** The stored git records when HEAD and the paths are the ones they were read at, else what `read` returns. */
  async git(head: string | undefined, paths: string[], read: () => Promise<GitFileRecord[]>): Promise<GitFileRecord[]> {
    const stored = this.old?.git;
    if (head !== undefined && stored && stored.head === head && JSON.stringify(stored.paths) === JSON.stringify(paths) && Array.isArray(stored.records)) {
      this.gitReused = true;
      this.next.git = stored;
      return stored.records;
    }
    const records = await read();
    this.next.git = head === undefined ? undefined : { head, paths, records };
    return records;
  }

  /** Writes what this run used (files no longer present are dropped): temp file, then rename. Never throws. */
  save(): void {
    const dir = join(this.file, '..');
    const temp = join(dir, `.${FILE_NAME}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(this.next));
      renameSync(temp, this.file);
    } catch {
      // A read-only or full disk only costs speed.
      rmSync(temp, { force: true });
    }
  }
}
