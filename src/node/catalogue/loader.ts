// Loads every configured catalogue source once, keeps per-file records, and refreshes one file at a time.
// Nothing outside the workspace root is read: a source path that leads outside (by its text or through a link)
// and a file that is a link to somewhere outside are skipped with a warning that quotes none of their bytes.
import { realpathSync, statSync, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { CatalogueBuilder, pathOutsideByText, type CatalogueSnapshot, type ParseOutput } from '../../engine/owners';
import { DEFAULT_SOURCES, type CatalogueSourceConfig, type SourceType } from './config';
import { gitState, readGitHistory } from './git-history';
import { gitStateFromFiles } from './git-files';
import { stampOf, type CatalogueDiskCache } from './disk-cache';
import { missingFile, parseSourceText, readText } from './read-sources';
import { isInside, realPathOf } from '../workspace';

export interface LoadCatalogueOptions {
  /** Workspace root; every path in records is relative to it. */
  root: string;
  sources?: CatalogueSourceConfig[];
  /** YYYY-MM-DD; members whose `dateOut` is after it still count as current. */
  today?: string;
  /**
   * The CLI's on-disk cache: parse outputs reused for files whose stamp or bytes did not change, git evidence while
   * HEAD did not move. Only the full load uses it (and saves it); `updateFile` and `refreshGit` read afresh.
   */
  diskCache?: CatalogueDiskCache;
}

export interface LoadedCatalogue {
  readonly root: string;
  /** The current snapshot (rebuilt from cached records only when something changed). */
  snapshot(): CatalogueSnapshot;
  /** Re-reads one changed, created or deleted file; returns false when it belongs to no source. */
  updateFile(path: string): Promise<boolean>;
  /** Re-reads git history (after a commit or a checkout). */
  refreshGit(): Promise<void>;
  /** How many files were read by the full load. */
  readonly fileCount: number;
  /** The parse output of every source file, by source id (`contracts:<path>`, `people:<path>`, `git`, …). */
  sourceOutputs(): Map<string, ParseOutput>;
}

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];
const IGNORED_DIR = /(^|\/)(node_modules|\.git|dist|out)\//;
const GLOBS: Partial<Record<SourceType, string[]>> = {
  contracts: ['**/*.yaml', '**/*.yml'],
  datahub: ['**/*.json'],
  backstage: ['**/catalog-info.yaml', '**/catalog-info.yml'],
};
const CODEOWNERS_PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

const toPosix = (p: string): string => p.split(sep).join('/');

interface ResolvedSource {
  config: CatalogueSourceConfig;
  /** Relative to root ('' for root); undefined when the source has no file (a default CODEOWNERS that is absent). */
  relPath?: string;
  isDir: boolean;
}

async function kindOf(abs: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(abs);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** Where a file's records go: into the catalogue at once, or kept until every file has been read. */
type Apply = (id: string, output: ParseOutput | undefined) => void;

export async function loadCatalogue(options: LoadCatalogueOptions): Promise<LoadedCatalogue> {
  const root = options.root;
  const configs = options.sources ?? DEFAULT_SOURCES;
  // Sources someone wrote down (not the defaults a workspace gets without saying anything) are worth a warning
  // when they cannot be read: a folder outside git is no problem unless git was asked for.
  const explicit = options.sources !== undefined && JSON.stringify(options.sources) !== JSON.stringify(DEFAULT_SOURCES);
  const builder = new CatalogueBuilder();
  const loaderWarnings: ParseOutput = { records: [], warnings: [] };
  const resolved: ResolvedSource[] = [];
  let fileCount = 0;

  const realRoot = realPathOf(root);
  /**
   * Why a file of a source is not read (it leads outside the workspace, or is no regular file), if it is not; else
   * the file's stats (undefined when it is gone).
   */
  const check = async (abs: string): Promise<{ refused?: string; stats?: Stats }> => {
    // The CLI (with its disk cache) checks hundreds of files and waits for nothing else: plain calls are faster.
    const real = diskCache ? realPathOrUndefined(abs) : await realpath(abs).catch(() => undefined);
    if (real === undefined) return {};
    if (!isInside(realRoot, real)) return { refused: 'is a link to a file outside the workspace; not read' };
    const stats = diskCache ? statSync(real, { throwIfNoEntry: false }) : await stat(real).catch(() => undefined);
    if (!stats?.isFile()) return { refused: 'is not a regular file; not read' };
    return { stats };
  };

  let diskCache = options.diskCache;
  /** Puts a file's records in the catalogue (or takes them out when the file is gone). */
  const applyNow: Apply = (id, output) => {
    if (output === undefined) builder.removeSource(id);
    else builder.setSource(id, output);
  };
  /** Reads one file of a source (`named`: the source's own path, not a file found in its folder). */
  const readInto = async (type: SourceType, rel: string, named = false, apply: Apply = applyNow): Promise<void> => {
    const { refused, stats } = await check(join(root, rel));
    const id = `${type}:${rel}`;
    diskCache?.manifest.file(
      rel,
      stats ? 'file' : refused === undefined ? 'missing' : refused.startsWith('is a link') ? 'outside' : 'not-file',
      stats && stampOf(stats),
      named,
    );
    if (diskCache && stats) {
      const output = await diskCache.fileOutput(
        id,
        stampOf(stats),
        () => readFile(join(root, rel)).catch(() => undefined),
        (bytes) =>
          parseSourceText(
            type,
            Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
            rel,
            options.today,
          ),
      );
      fileCount++;
      apply(id, output);
      return;
    }
    const text = refused === undefined ? await readText(join(root, rel)) : undefined;
    fileCount++;
    if (refused !== undefined)
      apply(id, { records: [], warnings: [{ file: rel, line: 0, message: `${type} source file ${refused}` }] });
    else apply(id, text === undefined ? undefined : parseSourceText(type, text, rel, options.today));
  };

  for (const config of configs) {
    if (config.type === 'codeowners' && !config.path) {
      for (const place of CODEOWNERS_PLACES) diskCache?.manifest.probe(place);
      const found = await firstExisting(root, CODEOWNERS_PLACES);
      if (found) resolved.push({ config, relPath: found, isDir: false });
      continue;
    }
    const written = config.path ?? '';
    const normalised = posix.normalize(toPosix(written) || '.').replace(/\/+$/, '');
    const rel = normalised === '.' ? '' : normalised;
    if (!pathOutsideByText(written)) diskCache?.manifest.probe(rel);
    if (pathOutsideByText(written) || !isInside(realRoot, realPathOf(join(root, rel)))) {
      loaderWarnings.warnings.push({
        file: written,
        line: 0,
        message: `${config.type} source leads outside the workspace; not read`,
      });
      continue;
    }
    const kind = await kindOf(join(root, rel));
    if (!kind) {
      loaderWarnings.warnings.push(missingFile(rel || '.', config.type).warnings[0]);
      continue;
    }
    resolved.push({ config, relPath: rel, isDir: kind === 'dir' });
  }

  let gitEnabled = false;
  /** HEAD when the full load began (the disk cache's key for git evidence). */
  let head: string | undefined;
  const gitScope = resolved.find((s) => s.config.type === 'git');
  const refreshGit = async (): Promise<void> => {
    if (!gitScope || !gitEnabled) return;
    const paths = [gitScope.relPath || '.'];
    const records = diskCache
      ? await diskCache.git(head, paths, () => readGitHistory(root, paths))
      : await readGitHistory(root, paths);
    builder.setSource('git', { records, warnings: [] });
  };

  const work: Promise<void>[] = [];
  // Files are read at the same time but enter the catalogue in a fixed order (sources as configured, files sorted):
  // the order decides which record names a person first, and the snapshot (and with it every cache key built on it)
  // must not depend on which read finished first.
  const read: Array<[string, ParseOutput | undefined] | undefined> = [];
  const queue = (type: SourceType, rel: string, named = false): void => {
    const slot = read.length;
    read.push(undefined);
    work.push(readInto(type, rel, named, (id, output) => void (read[slot] = [id, output])));
  };
  for (const source of resolved) {
    const type = source.config.type;
    if (type === 'git') {
      // The repository's files answer in the plain cases, without starting git.
      const state = gitStateFromFiles(root) ?? (await gitState(root));
      diskCache?.manifest.git(state);
      gitEnabled = state.inside;
      head = state.head;
      if (!gitEnabled && explicit)
        loaderWarnings.warnings.push({
          file: source.relPath || '.',
          line: 0,
          message: 'git source: not a git repository',
        });
      continue;
    }
    if (!source.isDir) {
      queue(type, source.relPath!, true);
      continue;
    }
    // Stamped before the search: a file added during it changes a stamp the next call checks.
    diskCache?.manifest.folders(source.relPath!);
    const patterns = GLOBS[type] ?? ['**/*'];
    // Links are not followed: one could lead outside the workspace or into a loop.
    const files = await glob(patterns, {
      cwd: join(root, source.relPath!),
      ignore: IGNORED,
      dot: false,
      followSymbolicLinks: false,
    });
    for (const f of files.sort()) queue(type, toPosix(join(source.relPath!, f)));
  }
  await Promise.all(work);
  for (const entry of read) if (entry) applyNow(...entry);
  await refreshGit();
  builder.setSource('loader', loaderWarnings);
  if (diskCache) {
    diskCache.save();
    diskCache = undefined;
  }

  let current: CatalogueSnapshot | undefined;
  let dirty = true;

  const owningSources = (rel: string): ResolvedSource[] =>
    resolved.filter((s) => {
      if (s.config.type === 'git' || s.relPath === undefined) return false;
      if (!s.isDir) return s.relPath === rel;
      const inside = s.relPath === '' || rel.startsWith(`${s.relPath}/`);
      const base = rel.slice(rel.lastIndexOf('/') + 1);
      if (!inside || IGNORED_DIR.test(rel)) return false;
      if (s.config.type === 'contracts') return /\.ya?ml$/i.test(base);
      if (s.config.type === 'datahub') return /\.json$/i.test(base);
      if (s.config.type === 'backstage') return /^catalog-info\.ya?ml$/i.test(base);
      return false;
    });

  return {
    root,
    get fileCount() {
      return fileCount;
    },
    sourceOutputs: () => builder.outputs(),
    snapshot() {
      if (dirty || !current) {
        current = builder.build();
        dirty = false;
      }
      return current;
    },
    async updateFile(path: string) {
      const rel = toPosix(isAbsolute(path) ? relative(root, path) : path);
      const sources = owningSources(rel);
      for (const s of sources) await readInto(s.config.type, rel);
      if (sources.length > 0) dirty = true;
      return sources.length > 0;
    },
    async refreshGit() {
      await refreshGit();
      dirty = true;
    },
  };
}

function realPathOrUndefined(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

async function firstExisting(root: string, candidates: string[]): Promise<string | undefined> {
  for (const c of candidates) if ((await kindOf(join(root, c))) === 'file') return c;
  return undefined;
}
