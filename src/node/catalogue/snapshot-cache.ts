// The CLI's snapshot file, beside catalogue.json: the catalogue as built (people, teams, assets, CODEOWNERS rules,
// git stats, warnings) with everything it was built from that could change since: the configuration file's stamp,
// where each source path led, the stamp of every file read and of every folder searched for files (a file added,
// removed or renamed in a folder changes the folder's stamp), and git HEAD. A later call checks all of that with
// stat calls and reads HEAD from the repository's files; when nothing changed it uses the snapshot as it is (one
// JSON.parse, no file parsed, no record resolved, no git run), otherwise the catalogue is loaded as usual and the
// file written again. A stamp too close to when the file was written proves nothing (see stamps.ts) and sends the
// call the usual way too. Like catalogue.json, the file only saves time: when in doubt it is not used.
import { isAscii } from 'node:buffer';
import {
  lstatSync,
  type Stats,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { snapshotFromData, snapshotToData, type CatalogueSnapshot, type SnapshotData } from '../../engine/owners';
import { isInside, realPathOf } from '../workspace';
import type { CatalogueSourceConfig } from './config';
import { gitStateFromFiles } from './git-files';
import { sameStamp, stampBefore, stampOf, tempNameFor, type FileStamp } from './stamps';

/** Raised whenever the stored shape changes (the build id covers changes of meaning). */
const FORMAT = 2;
export const SNAPSHOT_FILE_NAME = 'snapshot.json';
const RACY_MS = 2000;
/** Folders whose files no source reads (the loader's ignore list): not watched. */
const IGNORED_NAMES = new Set(['node_modules', '.git', 'dist', 'out']);

/** What the loader found at a file: read, gone, a link that leads out of the workspace, or not a regular file. */
export type FileState = 'file' | 'missing' | 'outside' | 'not-file';

interface WatchedFile {
  /** Relative to the root, with forward slashes. */
  rel: string;
  state: FileState;
  stamp?: FileStamp;
  /** Named by the configuration rather than found in a watched folder: its path is followed again. */
  named?: true;
}

interface WatchedDir {
  rel: string;
  stamp: FileStamp;
  /** A source's own folder, which may be a link: followed. */
  top?: true;
}

/** Where a source path led: what it is and its real path (so a link that now leads elsewhere is noticed). */
interface Probe {
  rel: string;
  kind: 'file' | 'dir' | 'missing';
  real: string;
}

interface GitStateRecord {
  inside: boolean;
  head?: string;
}

/** The configuration the catalogue sources came from. */
export interface ConfigState {
  /** Which file the command looked for (its path and whether --config named it). */
  key: string;
  /** The file, when there is one: its stamp, and whether the stamp is the file's own (false) or its target's. */
  file?: { path: string; follow: boolean; stamp: FileStamp };
  sources: CatalogueSourceConfig[] | null;
}

/**
 * A watched file as stored: relative path, what the loader found, 1 when the configuration named it, then its stamp
 * (size, modification and change times, inode) when it has one. Flat, so that reading hundreds of them back makes
 * one array each rather than three objects.
 */
type StoredFile = [rel: string, state: FileState, named: 0 | 1, ...stamp: [] | StampFields];
/** A watched folder as stored: relative path, 1 for a source's own folder (followed if a link), then its stamp. */
type StoredDir = [rel: string, top: 0 | 1, ...stamp: StampFields];
type StampFields = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

interface Stored {
  format: number;
  build: string;
  root: string;
  /** Today's date and anything else the parse outputs depend on. */
  context: string;
  checkedAt: number;
  config: ConfigState;
  files: StoredFile[];
  dirs: StoredDir[];
  probes: Probe[];
  git?: GitStateRecord;
  snapshot: SnapshotData;
}

const stampFields = (s: FileStamp): StampFields => [s.size, s.mtimeMs, s.ctimeMs, s.ino];
const storedStamp = (f: StoredFile): FileStamp | undefined =>
  f.length === 7 ? { size: f[3], mtimeMs: f[4], ctimeMs: f[5], ino: f[6] } : undefined;

/** What a full load looked at, in the order it looked (before reading): written with the snapshot it built. */
export class ManifestRecorder {
  private readonly files: WatchedFile[] = [];
  private readonly dirs: WatchedDir[] = [];
  private readonly walked = new Set<string>();
  private readonly probes: Probe[] = [];
  private gitState?: GitStateRecord;

  constructor(
    private readonly root: string,
    private readonly checkedAt: number,
    private readonly build: string,
    private readonly dir: string,
  ) {}

  /** A file the loader looked at (`named`: a file source's own path rather than one found in a folder). */
  file(rel: string, state: FileState, stamp?: FileStamp, named = false): void {
    this.files.push({ rel, state, stamp, ...(named ? { named: true as const } : {}) });
  }

  /** A source path the loader resolved, as it is now. */
  probe(rel: string): void {
    const abs = join(this.root, rel);
    const s = statSync(abs, { throwIfNoEntry: false });
    this.probes.push({ rel, kind: !s ? 'missing' : s.isDirectory() ? 'dir' : 'file', real: realPathOf(abs) });
  }

  /** Every folder under `rel` the loader may search, with its stamp now (before the search). */
  folders(rel: string): void {
    const walk = (at: string, top: boolean): void => {
      if (this.walked.has(at)) return;
      const abs = join(this.root, at);
      // The source folder itself may be a link (inside the workspace); folders below it are never followed.
      const s = top ? statSync(abs, { throwIfNoEntry: false }) : lstatSync(abs, { throwIfNoEntry: false });
      if (!s?.isDirectory()) return;
      this.walked.add(at);
      this.dirs.push({ rel: at, stamp: stampOf(s), ...(top ? { top: true as const } : {}) });
      let entries;
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries)
        if (e.isDirectory() && !IGNORED_NAMES.has(e.name)) walk(at ? `${at}/${e.name}` : e.name, false);
    };
    walk(rel, true);
  }

  git(state: GitStateRecord): void {
    this.gitState = { inside: state.inside, head: state.head };
  }

  /** Writes the snapshot with what it was built from. Never throws: a cache that cannot be written costs speed. */
  save(context: string, config: ConfigState, snapshot: CatalogueSnapshot): void {
    const data = snapshotToData(snapshot);
    if (!data) return;
    const stored: Stored = {
      format: FORMAT,
      build: this.build,
      root: this.root,
      context,
      checkedAt: this.checkedAt,
      config,
      files: this.files.map((f): StoredFile =>
        f.stamp ? [f.rel, f.state, f.named ? 1 : 0, ...stampFields(f.stamp)] : [f.rel, f.state, f.named ? 1 : 0],
      ),
      dirs: this.dirs.map((d): StoredDir => [d.rel, d.top ? 1 : 0, ...stampFields(d.stamp)]),
      probes: this.probes,
      git: this.gitState,
      snapshot: data,
    };
    const file = join(this.dir, SNAPSHOT_FILE_NAME);
    const temp = tempNameFor(join(this.dir, `.${SNAPSHOT_FILE_NAME}`));
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(stored));
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

const NO_THROW = { throwIfNoEntry: false } as const;

/** What the loader's check finds at a file now (the same rules: links followed, nothing outside the workspace). */
function fileState(abs: string, realRoot: string): { state: FileState; stamp?: FileStamp } {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch {
    return { state: 'missing' };
  }
  if (!isInside(realRoot, real)) return { state: 'outside' };
  const s = statSync(real, { throwIfNoEntry: false });
  return s?.isFile() ? { state: 'file', stamp: stampOf(s) } : { state: 'not-file' };
}

export interface ReadSnapshotOptions {
  root: string;
  /** The cache folder (catalogue.json's). */
  dir: string;
  context: string;
  /** The configuration key the command computed (the file it found and whether --config named it). */
  configKey: string;
  build: string;
  racyMs?: number;
  /** Asks git for HEAD when the repository's files cannot tell. */
  gitState: (root: string) => Promise<GitStateRecord>;
}

/**
 * The stored snapshot and the catalogue sources it was built from, when nothing it was built from changed; else
 * undefined (the caller loads the catalogue).
 */
export async function readCachedSnapshot(
  options: ReadSnapshotOptions,
): Promise<{ snapshot: CatalogueSnapshot; sources: CatalogueSourceConfig[] | undefined } | undefined> {
  let stored: Stored;
  try {
    const bytes = readFileSync(join(options.dir, SNAPSHOT_FILE_NAME));
    // Mostly ASCII: then read without UTF-8 decoding.
    stored = JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')) as Stored;
  } catch {
    return undefined;
  }
  if (
    !stored ||
    typeof stored !== 'object' ||
    stored.format !== FORMAT ||
    stored.build !== options.build ||
    stored.root !== options.root ||
    stored.context !== options.context ||
    typeof stored.checkedAt !== 'number' ||
    !stored.config ||
    stored.config.key !== options.configKey ||
    !Array.isArray(stored.files) ||
    !Array.isArray(stored.dirs) ||
    !Array.isArray(stored.probes) ||
    !stored.snapshot
  )
    return undefined;
  const racyMs = options.racyMs ?? RACY_MS;
  const unchanged = (stamp: FileStamp | undefined, now: FileStamp): boolean =>
    sameStamp(stamp, now) && stampBefore(now, stored.checkedAt, racyMs);
  /** Whether `s` is the stamp stored in `t` from index `from` on, and was already there racyMs before the snapshot. */
  const limit = stored.checkedAt - racyMs;
  const sameAsStored = (s: Stats, t: StoredFile | StoredDir, from: number): boolean =>
    s.size === t[from] &&
    s.mtimeMs === t[from + 1] &&
    s.ctimeMs === t[from + 2] &&
    s.ino === t[from + 3] &&
    s.mtimeMs < limit &&
    s.ctimeMs < limit;
  const root = options.root;
  // Relative paths are plain (no `.` or `..`: the loader wrote them): joined without path.join's normalising.
  const at = (rel: string): string => (rel === '' ? root : `${root}${sep}${rel}`);

  try {
    const config = stored.config.file;
    if (config) {
      const s = config.follow ? statSync(config.path, NO_THROW) : lstatSync(config.path, NO_THROW);
      if (!s || !unchanged(config.stamp, stampOf(s))) return undefined;
    }
    for (const p of stored.probes) {
      const abs = at(p.rel);
      const s = statSync(abs, NO_THROW);
      const kind = !s ? 'missing' : s.isDirectory() ? 'dir' : 'file';
      if (kind !== p.kind || realPathOf(abs) !== p.real) return undefined;
    }
    for (const d of stored.dirs) {
      const s = d[1] === 1 ? statSync(at(d[0]), NO_THROW) : lstatSync(at(d[0]), NO_THROW);
      if (!s?.isDirectory() || !sameAsStored(s, d, 2)) return undefined;
    }
    let realRoot: string | undefined;
    for (const f of stored.files) {
      const abs = at(f[0]);
      // A regular file in a watched folder is where it was found: its own stamp says whether it changed.
      const own = f[2] === 1 ? undefined : lstatSync(abs, NO_THROW);
      if (own?.isFile()) {
        if (f[1] !== 'file' || !sameAsStored(own, f, 3)) return undefined;
        continue;
      }
      const now = fileState(abs, (realRoot ??= realPathOf(root)));
      if (now.state !== f[1]) return undefined;
      if (now.stamp && !unchanged(storedStamp(f), now.stamp)) return undefined;
    }
  } catch {
    // A damaged file (an entry of the wrong shape): not used.
    return undefined;
  }
  if (stored.git) {
    const git = gitStateFromFiles(root) ?? (await options.gitState(root));
    if (git.inside !== stored.git.inside || git.head !== stored.git.head) return undefined;
  }
  try {
    return { snapshot: snapshotFromData(stored.snapshot), sources: stored.config.sources ?? undefined };
  } catch {
    return undefined;
  }
}
