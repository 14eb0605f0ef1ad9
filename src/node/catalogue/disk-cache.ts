// An on-disk cache for the CLI, one file per workspace: the parse output of every catalogue file with the file's
// stamp (size, modification and change times, inode) and the sha1 of its bytes, the git evidence keyed by git HEAD,
// and the catalogue sources the configuration file resolved to. A later call stats the files instead of reading
// them: a file whose stamp is unchanged is not read; one whose stamp changed is read and hashed, and parsed again
// only when its bytes changed. A stamp too close to the time the cache was written is not trusted (a write in the
// same clock tick would leave it unchanged): such a file is read and hashed. Nothing in the cache changes a result:
// a missing, corrupt or unreadable cache, or one written by another build (see build-id.ts), is ignored and rebuilt.
//
// Where: `DCLENS_CACHE_DIR/<hash of root>/`, else `<root>/node_modules/.cache/dclens/` when `<root>/node_modules`
// exists, else `$XDG_CACHE_HOME/dclens/<hash of root>/` (or `~/.cache/dclens/<hash of root>/`).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GitFileRecord, ParseOutput } from '../../engine/owners';
import { buildId } from './build-id';
import { ManifestRecorder } from './snapshot-cache';
import { nameHash, sameStamp, stampBefore, tempNameFor, type FileStamp } from './stamps';

export { stampOf, type FileStamp } from './stamps';

/** Raised whenever the stored shape changes (the build id covers changes of meaning). */
const FORMAT = 2;
const FILE_NAME = 'catalogue.json';
/** File system times can be this coarse (FAT keeps 2 s); a stamp this close to the last check is re-hashed. */
const RACY_MS = 2000;

interface StoredFile {
  sha1: string;
  stamp?: FileStamp;
  output: ParseOutput;
}

interface StoredGit {
  head: string;
  paths: string[];
  records: GitFileRecord[];
}

interface StoredValue {
  /** What the value was computed from (a configuration file's path and stamp, say). */
  key: string;
  sha1?: string;
  stamp?: FileStamp;
  value: unknown;
}

interface Stored {
  format: number;
  build: string;
  root: string;
  /** What else a parse output depends on (today's date, for leavers). */
  context: string;
  /** When the run that wrote the cache started (ms since 1970): stamps from then on are not trusted. */
  checkedAt: number;
  files: Record<string, StoredFile>;
  git?: StoredGit;
  values?: Record<string, StoredValue>;
}

// Loaded when a file has to be hashed: a call that stamps answer never pays for loading node:crypto, nor node:module
// to find it (a plain require, since the owners bundle runs where import() has no loader).
export const sha1 = (bytes: Uint8Array | string): string =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(bytes).digest('hex');

const isOutput = (o: unknown): o is ParseOutput =>
  !!o &&
  typeof o === 'object' &&
  Array.isArray((o as ParseOutput).records) &&
  Array.isArray((o as ParseOutput).warnings);

/** The folder the cache of `root` lives in. */
export function cacheDirFor(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = nameHash(root);
  if (env.DCLENS_CACHE_DIR) return join(env.DCLENS_CACHE_DIR, named);
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'dclens');
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'dclens', named);
}

export interface DiskCacheOptions {
  today?: string;
  /** The cache folder (default: cacheDirFor(root)). */
  dir?: string;
  /** How close to the last check a stamp must be to be re-hashed (default 2 s; tests use 0). */
  racyMs?: number;
  /** The build the entries must come from (default: this build). */
  build?: string;
}

export class CatalogueDiskCache {
  private readonly old: Stored | undefined;
  private readonly next: Stored;
  private readonly racyMs: number;
  /** Whether `next` differs from what is stored, so it is worth writing. */
  private changed: boolean;
  /** Parse outputs reused from the stored cache, and parsed anew (for the bench and tests). */
  hits = 0;
  misses = 0;
  /** Files whose bytes were read (their stamp changed, or was too recent to trust). */
  reads = 0;
  gitReused = false;
  /** What the catalogue loaded by this run was built from, for the snapshot file (see snapshot-cache.ts). */
  readonly manifest: ManifestRecorder;

  private constructor(
    readonly file: string,
    root: string,
    context: string,
    old: Stored | undefined,
    options: DiskCacheOptions,
  ) {
    this.old = old;
    this.racyMs = options.racyMs ?? RACY_MS;
    this.next = {
      format: FORMAT,
      build: options.build ?? buildId(),
      root,
      context,
      checkedAt: Date.now(),
      files: {},
      values: {},
    };
    this.changed = old === undefined;
    this.manifest = new ManifestRecorder(root, this.next.checkedAt, this.next.build, join(file, '..'));
  }

  /** Opens the cache of `root` (read once, now); anything unreadable or from another build is ignored. */
  static open(root: string, options: DiskCacheOptions = {}): CatalogueDiskCache {
    const file = join(options.dir ?? cacheDirFor(root), FILE_NAME);
    const context = JSON.stringify({ today: options.today ?? null });
    const build = options.build ?? buildId();
    let old: Stored | undefined;
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      const usable =
        !!value &&
        typeof value === 'object' &&
        value.format === FORMAT &&
        value.build === build &&
        value.root === root &&
        value.context === context &&
        typeof value.checkedAt === 'number' &&
        !!value.files &&
        typeof value.files === 'object';
      old = usable ? value : undefined;
    } catch {
      old = undefined;
    }
    return new CatalogueDiskCache(file, root, context, old, { ...options, build });
  }

  /** A stamp that was already there when the cache was last written: a later write would have changed it. */
  private trusted(stamp: FileStamp): boolean {
    return this.old !== undefined && stampBefore(stamp, this.old.checkedAt, this.racyMs);
  }

  /**
   * The parse output of source `id`: the stored one when the file's stamp is unchanged, or its bytes are (`read`
   * returns them, or undefined when the file cannot be read: then undefined), else what `parse` makes of them.
   */
  async fileOutput(
    id: string,
    stamp: FileStamp,
    read: () => Promise<Uint8Array | undefined>,
    parse: (bytes: Uint8Array) => ParseOutput,
  ): Promise<ParseOutput | undefined> {
    const stored = this.old?.files[id];
    const usable = stored && typeof stored.sha1 === 'string' && isOutput(stored.output) ? stored : undefined;
    if (usable && sameStamp(usable.stamp, stamp) && this.trusted(stamp)) {
      this.hits++;
      this.next.files[id] = usable;
      return usable.output;
    }
    const bytes = await read();
    this.reads++;
    if (bytes === undefined) return undefined;
    const hash = sha1(bytes);
    let output: ParseOutput;
    if (usable && usable.sha1 === hash) {
      output = usable.output;
      this.hits++;
    } else {
      output = parse(bytes);
      this.misses++;
    }
    this.next.files[id] = { sha1: hash, stamp, output };
    this.changed = true;
    return output;
  }

  /** The stored git records when HEAD and the paths are the ones they were read at, else what `read` returns. */
  async git(head: string | undefined, paths: string[], read: () => Promise<GitFileRecord[]>): Promise<GitFileRecord[]> {
    const stored = this.old?.git;
    if (
      head !== undefined &&
      stored &&
      stored.head === head &&
      JSON.stringify(stored.paths) === JSON.stringify(paths) &&
      Array.isArray(stored.records)
    ) {
      this.gitReused = true;
      this.next.git = stored;
      return stored.records;
    }
    const records = await read();
    this.next.git = head === undefined ? undefined : { head, paths, records };
    this.changed = true;
    return records;
  }

  /**
   * A value computed from one file (the catalogue sources a configuration file resolves to): the stored one when it
   * was computed under the same `key` and the file (stamp `stamp`, bytes from `read`) is unchanged, else undefined.
   */
  async value(
    name: string,
    key: string,
    stamp: FileStamp | undefined,
    read: () => Promise<Uint8Array | undefined>,
  ): Promise<unknown> {
    const stored = this.old?.values?.[name];
    if (!stored || stored.key !== key || !('value' in stored)) return undefined;
    if (stamp === undefined) {
      // Computed from no file (the defaults): the key says it all.
      if (stored.stamp !== undefined) return undefined;
    } else if (!(sameStamp(stored.stamp, stamp) && this.trusted(stamp))) {
      const bytes = await read();
      if (bytes === undefined || stored.sha1 === undefined || sha1(bytes) !== stored.sha1) return undefined;
      this.changed = true;
      this.next.values![name] = { ...stored, stamp };
      return stored.value;
    }
    this.next.values![name] = stored;
    return stored.value;
  }

  /** Keeps a value computed from the file with stamp `stamp` and bytes `bytes` (none: computed from no file). */
  rememberValue(name: string, key: string, value: unknown, file?: { stamp: FileStamp; bytes: Uint8Array }): void {
    this.next.values![name] = { key, value, stamp: file?.stamp, sha1: file ? sha1(file.bytes) : undefined };
    this.changed = true;
  }

  /**
   * Writes what this run used (files no longer present are dropped): temp file, then rename. Skipped when nothing
   * changed. Never throws.
   */
  save(): void {
    const dropped = this.old !== undefined && Object.keys(this.old.files).some((id) => !(id in this.next.files));
    const valuesDropped =
      this.old !== undefined && Object.keys(this.old.values ?? {}).some((name) => !(name in this.next.values!));
    if (!this.changed && !dropped && !valuesDropped && this.old?.git === this.next.git) return;
    const dir = join(this.file, '..');
    const temp = tempNameFor(join(dir, `.${FILE_NAME}`));
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
