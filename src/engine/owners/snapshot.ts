// Merges per-source records into one read-only snapshot with the indexes ranking needs.
import { folderOf, nameWords } from './ids';
import { Identity, type IdentityData, type Ref } from './identity';
import type {
  Asset,
  AssetRecord,
  CatalogueSnapshot,
  CodeownersRule,
  GitAuthor,
  GitPathStats,
  ParseOutput,
  PersonRecord,
  ResolvedOwner,
  SourceWarning,
} from './model';
import { authorOrderOf, mergeAuthors, storedOrder, type CompareIds } from './git-authors';
import { roleFromDataHubType } from './roles';

interface Built {
  identity: Identity;
  labels: Map<string, string>;
  assetsBySource: Map<string, Asset[]>;
  codeowners: CodeownersRule[];
  git: Map<string, GitPathStats>;
  snapshot: CatalogueSnapshot;
}

/** People and teams from directories, catalogues and git change who is who: those need a full rebuild. */
function touchesIdentity(output: ParseOutput | undefined): boolean {
  if (!output) return false;
  return output.records.some((r) =>
    r.kind === 'person'
      ? !!(r.email || r.aliases?.length || r.teams?.length || r.title || r.active !== undefined)
      : r.kind !== 'asset',
  );
}

/**
 * Holds each source's latest parse output. Replacing a contract (assets and bare usernames) rebuilds only its own
 * assets and the indexes; replacing anything that changes who is who rebuilds everything from cached records.
 */
export class CatalogueBuilder {
  private readonly sources = new Map<string, ParseOutput>();
  private built?: Built;
  private readonly changed = new Set<string>();
  private needsFullBuild = true;
  private readonly dropped: { id: string; source: string }[] = [];

  setSource(sourceId: string, output: ParseOutput): this {
    this.note(sourceId, this.sources.get(sourceId), output);
    this.sources.set(sourceId, output);
    return this;
  }

  removeSource(sourceId: string): this {
    if (!this.sources.has(sourceId)) return this;
    this.note(sourceId, this.sources.get(sourceId), undefined);
    this.sources.delete(sourceId);
    return this;
  }

  hasSource(sourceId: string): boolean {
    return this.sources.has(sourceId);
  }

  sourceIds(): string[] {
    return [...this.sources.keys()];
  }

  /** Each source's latest parse output, by source id (a copy: changing it changes nothing here). */
  outputs(): Map<string, ParseOutput> {
    return new Map(this.sources);
  }

  private note(sourceId: string, before: ParseOutput | undefined, after: ParseOutput | undefined): void {
    if (touchesIdentity(before) || touchesIdentity(after)) this.needsFullBuild = true;
    else {
      this.changed.add(sourceId);
      // People the source named before and names no longer: if no other source names them, a partial build would
      // keep them as known people (a deleted contract's members would still resolve).
      const still = new Set<string>();
      for (const r of after?.records ?? []) if (r.kind === 'person') still.add(r.id.toLowerCase());
      for (const r of before?.records ?? [])
        if (r.kind === 'person' && !still.has(r.id.toLowerCase())) this.dropped.push({ id: r.id, source: r.source });
    }
  }

  /** Whether a person a changed source stopped naming is named by no source any more. */
  private dropsPerson(): boolean {
    if (!this.built || this.dropped.length === 0) return false;
    const gone = new Set(this.dropped.map((d) => d.source));
    return this.dropped.some((d) => {
      const who = this.built!.identity.resolve(d.id);
      const p = who?.kind === 'person' ? this.built!.identity.people.get(who.id) : undefined;
      return !!p && p.sources.every((s) => gone.has(s));
    });
  }

  build(): CatalogueSnapshot {
    if (this.dropsPerson()) this.needsFullBuild = true;
    this.dropped.length = 0;
    if (this.needsFullBuild || !this.built) {
      this.built = fullBuild(this.sources);
    } else if (this.changed.size > 0) {
      this.built = partialBuild(this.built, this.sources, this.changed);
    }
    this.needsFullBuild = false;
    this.changed.clear();
    return this.built.snapshot;
  }
}

export function buildSnapshot(outputs: Iterable<ParseOutput>): CatalogueSnapshot {
  const sources = new Map<string, ParseOutput>();
  let i = 0;
  for (const o of outputs) sources.set(String(i++), o);
  return fullBuild(sources).snapshot;
}

function fullBuild(sources: ReadonlyMap<string, ParseOutput>): Built {
  const identity = new Identity();
  const labels = new Map<string, string>();
  const persons: PersonRecord[] = [];
  for (const o of sources.values()) {
    for (const r of o.records) {
      if (r.kind === 'label') labels.set(r.urn, r.name);
      else if (r.kind === 'person') persons.push(r);
    }
  }
  // Directory-like sources (with emails or aliases) first, so their ids win over bare usernames in contracts.
  for (const r of persons) if (r.email || r.aliases?.length) identity.addPerson(r);
  for (const r of persons) if (!(r.email || r.aliases?.length)) identity.addPerson(r);
  for (const o of sources.values()) for (const r of o.records) if (r.kind === 'team') identity.addTeam(r.id, r);
  identity.linkMemberships();

  const assetsBySource = new Map<string, Asset[]>();
  for (const [id, o] of sources) assetsBySource.set(id, resolveAssets(o, identity, labels));

  const codeowners: CodeownersRule[] = [];
  const git = new Map<string, GitPathStats>();
  for (const o of sources.values()) {
    for (const r of o.records) {
      if (r.kind === 'codeowners')
        codeowners.push({ pattern: r.pattern, owners: r.owners, line: r.line, source: r.source });
      else if (r.kind === 'git') {
        const authors = r.authors.map((a) => ({
          id: identity.resolve(a.email)?.id ?? a.email,
          name: a.name,
          commits: a.commits,
          lastCommit: a.lastCommit,
        }));
        const stats = mergeAuthors(r.path, authors);
        if (r.createdBy) stats.createdBy = identity.resolve(r.createdBy)?.id ?? r.createdBy;
        git.set(r.path, stats);
      }
    }
  }
  return finish({ identity, labels, assetsBySource, codeowners, git }, sources);
}

/** Only the changed sources' assets are resolved again; people they name are added to a copy of the identity. */
function partialBuild(previous: Built, sources: ReadonlyMap<string, ParseOutput>, changed: ReadonlySet<string>): Built {
  const identity = previous.identity.extend();
  const assetsBySource = new Map(previous.assetsBySource);
  for (const id of changed) {
    const o = sources.get(id);
    if (!o) {
      assetsBySource.delete(id);
      continue;
    }
    for (const r of o.records) if (r.kind === 'person') identity.addPerson(r);
    assetsBySource.set(id, resolveAssets(o, identity, previous.labels));
  }
  return finish({ ...previous, identity, assetsBySource }, sources);
}

function finish(parts: Omit<Built, 'snapshot'>, sources: ReadonlyMap<string, ParseOutput>): Built {
  const warnings: SourceWarning[] = [];
  for (const o of sources.values()) for (const w of o.warnings) warnings.push(w);
  const assets: Asset[] = [];
  for (const list of parts.assetsBySource.values()) for (const a of list) assets.push(a);
  return { ...parts, snapshot: createSnapshot(parts.identity, assets, parts.codeowners, parts.git, warnings) };
}

function resolveAssets(output: ParseOutput, identity: Identity, labels: ReadonlyMap<string, string>): Asset[] {
  const assets: Asset[] = [];
  for (const r of output.records) if (r.kind === 'asset') assets.push(resolveAsset(r, identity, labels));
  return assets;
}

function resolveAsset(r: AssetRecord, identity: Identity, labels: ReadonlyMap<string, string>): Asset {
  const owners: ResolvedOwner[] = [];
  for (const o of r.owners) {
    const role = o.role ?? roleFromDataHubType(o.dataHubType, o.dataHubTypeUrn, labels);
    if (!role) continue;
    const who = identity.resolveOrAdd(o.ref, o.kind, r.source);
    if (!owners.some((x) => x.id === who.id && x.role === role)) owners.push({ ...who, role });
  }
  return {
    key: r.key,
    path: r.path,
    label: r.label,
    names: r.names ?? [],
    domain: r.domain ? (labels.get(r.domain) ?? r.domain.replace(/^urn:li:domain:/, '')) : undefined,
    teamName: r.teamName,
    folder: r.path !== undefined ? folderOf(r.path) : undefined,
    tags: r.tags ?? [],
    repository: r.repository,
    owners,
    members: (r.members ?? []).map((m) => identity.resolveOrAdd(m, 'person', r.source).id),
    source: r.source,
  };
}

/** The name words of an asset, computed once: assets are shared by the snapshots a partial build makes. */
const wordsOf = new WeakMap<Asset, string[]>();
function assetWords(a: Asset): string[] {
  let words = wordsOf.get(a);
  if (!words) wordsOf.set(a, (words = [...new Set(a.names.flatMap(nameWords))]));
  return words;
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** A built snapshot as plain data (JSON): what `snapshotFromData` needs to answer exactly as the snapshot does. */
export interface SnapshotData {
  identity: IdentityData;
  assets: Asset[];
  codeowners: CodeownersRule[];
  git: [string, GitPathStats][];
  sourceWarnings: SourceWarning[];
  /** The name words of each asset (see nameWords), in the order of `assets`. */
  words?: string[][];
  /** Each git author id's place in locale order (equal places for ids that compare equal). */
  authorOrder?: [string, number][];
}

/** What each snapshot was made from, for `snapshotToData`. */
const madeFrom = new WeakMap<CatalogueSnapshot, () => SnapshotData>();

/** The data a snapshot was built from (undefined for a snapshot this module did not make). */
export function snapshotToData(snapshot: CatalogueSnapshot): SnapshotData | undefined {
  return madeFrom.get(snapshot)?.();
}

/** The snapshot `snapshotToData` described, with no record resolved again: only the indexes are rebuilt. */
export function snapshotFromData(data: SnapshotData): CatalogueSnapshot {
  return createSnapshot(
    Identity.fromData(data.identity),
    data.assets,
    data.codeowners,
    new Map(data.git),
    data.sourceWarnings,
    storedOrder(data.authorOrder),
    data.words?.length === data.assets.length ? data.words : undefined,
  );
}

function createSnapshot(
  identity: Identity,
  assets: Asset[],
  codeowners: CodeownersRule[],
  git: Map<string, GitPathStats>,
  sourceWarnings: SourceWarning[],
  compareIds?: CompareIds,
  words?: string[][],
): CatalogueSnapshot {
  /** The name words of the asset at `i`: stored ones (a snapshot read back), else computed once per asset. */
  const wordsAt = (i: number): string[] => words?.[i] ?? assetWords(assets[i]);
  const snapshot = indexedSnapshot(identity, assets, codeowners, git, sourceWarnings, wordsAt, compareIds);
  madeFrom.set(snapshot, () => ({
    identity: identity.toData(),
    assets,
    codeowners,
    git: [...git],
    sourceWarnings,
    words: assets.map((_, i) => wordsAt(i)),
    authorOrder: authorOrderOf(git),
  }));
  return snapshot;
}

function indexedSnapshot(
  identity: Identity,
  assets: Asset[],
  codeowners: CodeownersRule[],
  git: Map<string, GitPathStats>,
  sourceWarnings: SourceWarning[],
  wordsAt: (i: number) => string[],
  compareIds?: CompareIds,
): CatalogueSnapshot {
  const byDomain = new Map<string, Asset[]>();
  const byFolder = new Map<string, Asset[]>();
  const byTeam = new Map<string, Asset[]>();
  const byOwner = new Map<string, Asset[]>();
  const byPath = new Map<string, Asset>();
  const byName = new Map<string, Asset[]>();
  const byRepository = new Map<string, Asset[]>();
  for (const a of assets) {
    if (a.path !== undefined) byPath.set(a.path, a);
    // Each name and owner once (the first time it appears), without a set per asset.
    const names = a.names;
    for (let i = 0; i < names.length; i++) if (names.indexOf(names[i]) === i) push(byName, names[i], a);
    if (a.repository) push(byRepository, a.repository, a);
    if (a.domain) push(byDomain, a.domain.toLowerCase(), a);
    if (a.folder !== undefined) push(byFolder, a.folder, a);
    if (a.teamName) push(byTeam, a.teamName.toLowerCase(), a);
    const owners = a.owners;
    for (let i = 0; i < owners.length; i++) {
      const id = owners[i].id;
      let first = true;
      for (let j = 0; j < i && first; j++) first = owners[j].id !== id;
      if (first) push(byOwner, id, a);
    }
  }
  const folderGit = new Map<string, GitPathStats | undefined>();
  let gitByAuthor: Map<string, GitPathStats[]> | undefined;
  let byWord: Map<string, Asset[]> | undefined;
  const none: Asset[] = [];
  return {
    people: identity.people,
    teams: identity.teams,
    assets,
    codeowners,
    git,
    sourceWarnings,
    resolve: (ref: string): Ref | undefined => identity.resolve(ref),
    assetsInDomain: (d) => byDomain.get(d.toLowerCase()) ?? none,
    assetsInFolder: (f) => byFolder.get(f) ?? none,
    assetsWithTeam: (t) => byTeam.get(t.toLowerCase()) ?? none,
    assetsOwnedBy: (id) => byOwner.get(id) ?? none,
    assetAt: (path) => byPath.get(path),
    assetsNamed: (name) => byName.get(name.toLowerCase()) ?? none,
    assetsOfRepository: (repository) => byRepository.get(repository.toLowerCase()) ?? none,
    assetsWithNameWord(word) {
      if (!byWord) {
        byWord = new Map();
        for (let i = 0; i < assets.length; i++) for (const w of wordsAt(i)) push(byWord, w, assets[i]);
      }
      return byWord.get(word) ?? none;
    },
    gitFilesOf(authorId) {
      if (!gitByAuthor) {
        gitByAuthor = new Map();
        for (const stats of git.values()) for (const a of stats.authors) push(gitByAuthor, a.id, stats);
      }
      return gitByAuthor.get(authorId) ?? [];
    },
    gitForFolder(folder) {
      if (folderGit.has(folder)) return folderGit.get(folder);
      // The files below the folder, at any depth (every file for the root), in the order git lists them: a scan of
      // the paths rather than an index of every folder, since a call asks about one or two folders.
      const below = `${folder}/`;
      const authors: GitAuthor[] = [];
      for (const [path, stats] of git) if (folder === '' || path.startsWith(below)) authors.push(...stats.authors);
      const merged = authors.length > 0 ? mergeAuthors(folder, authors, compareIds) : undefined;
      folderGit.set(folder, merged);
      return merged;
    },
  };
}
