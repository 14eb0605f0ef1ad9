// Merges per-source records into one read-only snapshot with the indexes ranking needs.
import { folderOf, refKey, teamSlug } from './ids';
import type {
  Asset, CatalogueRecord, CatalogueSnapshot, CodeownersRule, GitAuthor, GitPathStats, ParseOutput, Person,
  PersonRecord, ResolvedOwner, SourceWarning, Team,
} from './model';
import { roleFromDataHubType } from './roles';

/** Holds each source's latest parse output; replacing one source and rebuilding does not touch the others. */
export class CatalogueBuilder {
  private readonly sources = new Map<string, ParseOutput>();

  setSource(sourceId: string, output: ParseOutput): this {
    this.sources.set(sourceId, output);
    return this;
  }

  removeSource(sourceId: string): this {
    this.sources.delete(sourceId);
    return this;
  }

  hasSource(sourceId: string): boolean {
    return this.sources.has(sourceId);
  }

  sourceIds(): string[] {
    return [...this.sources.keys()];
  }

  build(): CatalogueSnapshot {
    return buildSnapshot(this.sources.values());
  }
}

type Ref = { id: string; kind: 'person' | 'team' };

export function buildSnapshot(outputs: Iterable<ParseOutput>): CatalogueSnapshot {
  const records: CatalogueRecord[] = [];
  const sourceWarnings: SourceWarning[] = [];
  for (const o of outputs) {
    for (const r of o.records) records.push(r);
    for (const w of o.warnings) sourceWarnings.push(w);
  }
  const labels = new Map<string, string>();
  for (const r of records) if (r.kind === 'label') labels.set(r.urn, r.name);

  const people = new Map<string, Person>();
  const personKeys = new Map<string, string>();
  const localParts = new Map<string, string>();
  const teams = new Map<string, Team>();
  const teamKeys = new Map<string, string>();

  const addPerson = (r: PersonRecord): void => {
    const keys = [r.id, r.email, ...(r.aliases ?? [])].filter((k): k is string => !!k).map((k) => refKey(k).key);
    const existingId = keys.map((k) => personKeys.get(k)).find((id) => id !== undefined);
    const p: Person = existingId
      ? people.get(existingId)!
      : { id: refKey(r.id).id, teams: [], status: 'unknown', sources: [] };
    if (!existingId) people.set(p.id, p);
    p.name ??= r.name;
    p.email ??= r.email;
    p.title ??= r.title;
    for (const t of r.teams ?? []) if (!p.teams.includes(t)) p.teams.push(t);
    if (r.active === false) p.status = 'left';
    else if (r.active === true && p.status === 'unknown') p.status = 'active';
    if (!p.sources.includes(r.source)) p.sources.push(r.source);
    for (const k of keys) if (!personKeys.has(k)) personKeys.set(k, p.id);
    if (p.email) localParts.set(p.email.toLowerCase().split('@')[0], p.id);
  };
  const addTeam = (id: string, fields: { name?: string; parent?: string; members?: string[]; aliases?: string[]; source?: string }): Team => {
    const keys = [id, ...(fields.aliases ?? [])].map((k) => refKey(k).key);
    const existingId = keys.map((k) => teamKeys.get(k)).find((t) => t !== undefined);
    const t: Team = existingId ? teams.get(existingId)! : { id: refKey(id).id, members: [], sources: [] };
    if (!existingId) teams.set(t.id, t);
    t.name ??= fields.name;
    t.parent ??= fields.parent;
    for (const m of fields.members ?? []) if (!t.members.includes(m)) t.members.push(m);
    if (fields.source && !t.sources.includes(fields.source)) t.sources.push(fields.source);
    for (const k of keys) if (!teamKeys.has(k)) teamKeys.set(k, t.id);
    return t;
  };

  // Directory-like sources (with emails or aliases) first, so their ids win over bare usernames in contracts.
  const personRecords = records.filter((r): r is PersonRecord => r.kind === 'person');
  for (const r of personRecords) if (r.email || r.aliases?.length) addPerson(r);
  for (const r of personRecords) if (!(r.email || r.aliases?.length)) addPerson(r);
  for (const r of records) if (r.kind === 'team') addTeam(r.id, r);

  const resolve = (ref: string): Ref | undefined => {
    const k = refKey(ref);
    if (k.kind !== 'team') {
      const id = personKeys.get(k.key) ?? (k.kind === undefined && k.key.includes('@') ? localParts.get(k.key.split('@')[0]) : undefined);
      if (id) return { id, kind: 'person' };
    }
    if (k.kind !== 'person') {
      const id = teamKeys.get(k.key) ?? teamKeys.get(teamSlug(k.key));
      if (id) return { id, kind: 'team' };
    }
    if (k.kind === undefined && k.key.includes('@')) {
      const id = personKeys.get(k.key.split('@')[0]);
      if (id) return { id, kind: 'person' };
    }
    return undefined;
  };
  /** Owners named only in an asset are still known to the catalogue. */
  const resolveOrAdd = (ref: string, kind: 'person' | 'team' | undefined, source: string): Ref => {
    const found = resolve(ref);
    if (found) return found;
    const k = refKey(ref);
    if ((k.kind ?? kind) === 'team') return { id: addTeam(k.id, { source }).id, kind: 'team' };
    addPerson({ kind: 'person', id: k.id, email: k.key.includes('@') ? k.id : undefined, source });
    return { id: personKeys.get(k.key)!, kind: 'person' };
  };

  for (const t of teams.values()) {
    t.members = [...new Set(t.members.map((m) => (resolve(m)?.kind === 'person' ? resolve(m)!.id : m)))];
  }
  for (const p of people.values()) {
    for (const t of p.teams) {
      const team = addTeam(t, {});
      if (!team.members.includes(p.id)) team.members.push(p.id);
    }
  }

  const assets: Asset[] = [];
  for (const r of records) {
    if (r.kind !== 'asset') continue;
    const owners: ResolvedOwner[] = [];
    for (const o of r.owners) {
      const role = o.role ?? roleFromDataHubType(o.dataHubType, o.dataHubTypeUrn, labels);
      if (!role) continue;
      const who = resolveOrAdd(o.ref, o.kind, r.source);
      if (!owners.some((x) => x.id === who.id && x.role === role)) owners.push({ ...who, role });
    }
    const domain = r.domain ? (labels.get(r.domain) ?? r.domain.replace(/^urn:li:domain:/, '')) : undefined;
    assets.push({
      key: r.key,
      path: r.path,
      label: r.label,
      names: r.names ?? [],
      domain,
      teamName: r.teamName,
      folder: r.path !== undefined ? folderOf(r.path) : undefined,
      tags: r.tags ?? [],
      owners,
      members: (r.members ?? []).map((m) => resolveOrAdd(m, 'person', r.source).id),
      source: r.source,
    });
  }

  const codeowners: CodeownersRule[] = records
    .filter((r) => r.kind === 'codeowners')
    .map((r) => ({ pattern: r.pattern, owners: r.owners, line: r.line, source: r.source }));

  const git = new Map<string, GitPathStats>();
  for (const r of records) {
    if (r.kind !== 'git') continue;
    git.set(r.path, mergeAuthors(r.path, r.authors.map((a) => ({ id: resolve(a.email)?.id ?? a.email, name: a.name, commits: a.commits, lastCommit: a.lastCommit }))));
  }

  return createSnapshot({ people, teams, assets, codeowners, git, sourceWarnings, resolve });
}

function mergeAuthors(path: string, authors: GitAuthor[]): GitPathStats {
  const byId = new Map<string, GitAuthor>();
  let total = 0;
  for (const a of authors) {
    total += a.commits;
    const e = byId.get(a.id);
    if (!e) byId.set(a.id, { ...a });
    else {
      e.commits += a.commits;
      if (a.lastCommit > e.lastCommit) e.lastCommit = a.lastCommit;
    }
  }
  return { path, totalCommits: total, authors: [...byId.values()].sort((x, y) => y.commits - x.commits || x.id.localeCompare(y.id)) };
}

interface SnapshotParts {
  people: Map<string, Person>;
  teams: Map<string, Team>;
  assets: Asset[];
  codeowners: CodeownersRule[];
  git: Map<string, GitPathStats>;
  sourceWarnings: SourceWarning[];
  resolve: (ref: string) => Ref | undefined;
}

function indexBy(assets: Asset[], keyOf: (a: Asset) => (string | undefined)[]): Map<string, Asset[]> {
  const index = new Map<string, Asset[]>();
  for (const a of assets) {
    for (const k of new Set(keyOf(a))) {
      if (k === undefined) continue;
      const list = index.get(k);
      if (list) list.push(a);
      else index.set(k, [a]);
    }
  }
  return index;
}

function createSnapshot(parts: SnapshotParts): CatalogueSnapshot {
  const byDomain = indexBy(parts.assets, (a) => [a.domain?.toLowerCase()]);
  const byFolder = indexBy(parts.assets, (a) => [a.folder]);
  const byTeam = indexBy(parts.assets, (a) => [a.teamName?.toLowerCase()]);
  const byOwner = indexBy(parts.assets, (a) => a.owners.map((o) => o.id));
  const folderGit = new Map<string, GitPathStats | undefined>();
  const none: Asset[] = [];
  return {
    people: parts.people,
    teams: parts.teams,
    assets: parts.assets,
    codeowners: parts.codeowners,
    git: parts.git,
    sourceWarnings: parts.sourceWarnings,
    resolve: parts.resolve,
    assetsInDomain: (d) => byDomain.get(d.toLowerCase()) ?? none,
    assetsInFolder: (f) => byFolder.get(f) ?? none,
    assetsWithTeam: (t) => byTeam.get(t.toLowerCase()) ?? none,
    assetsOwnedBy: (id) => byOwner.get(id) ?? none,
    gitForFolder(folder) {
      if (folderGit.has(folder)) return folderGit.get(folder);
      const prefix = folder === '' ? '' : `${folder}/`;
      const authors: GitAuthor[] = [];
      for (const [path, stats] of parts.git) if (path.startsWith(prefix)) authors.push(...stats.authors);
      const merged = authors.length > 0 ? mergeAuthors(folder, authors) : undefined;
      folderGit.set(folder, merged);
      return merged;
    },
  };
}
