// The catalogue data model: what each source contributes (records) and the merged, read-only snapshot.

export const OWNER_ROLES = ['Data Owner', 'Data Steward', 'Data Custodian'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** A problem in one source file; the rest of the catalogue still works. `line` is 1-based (0 when unknown). */
export interface SourceWarning {
  file: string;
  line: number;
  message: string;
}

export type PersonStatus = 'active' | 'left' | 'unknown';

export interface PersonRecord {
  kind: 'person';
  /** What goes into `team.members[].username`. */
  id: string;
  name?: string;
  email?: string;
  /** Team ids the person belongs to. */
  teams?: string[];
  /** Job title or role in the organisation ("Deputy Director"). */
  title?: string;
  /** undefined when the source does not say. */
  active?: boolean;
  /** Other ids the same person is known by (emails, handles, DataHub urns). */
  aliases?: string[];
  source: string;
}

export interface TeamRecord {
  kind: 'team';
  id: string;
  name?: string;
  parent?: string;
  members?: string[];
  aliases?: string[];
  source: string;
}

export interface OwnerRef {
  /** A person id, email, handle or urn; resolved to a person or team when the snapshot is built. */
  ref: string;
  kind?: 'person' | 'team';
  /** Known at parse time for contracts; DataHub owners carry their type and are mapped when the snapshot is built. */
  role?: OwnerRole;
  dataHubType?: string;
  dataHubTypeUrn?: string;
}

/** Something owned: a contract in the workspace, a DataHub dataset, a Backstage component. */
export interface AssetRecord {
  kind: 'asset';
  /** Unique key: the workspace-relative path for contracts, the urn or entity ref otherwise. */
  key: string;
  /** Workspace-relative path (contracts only); leave-one-out matches on it. */
  path?: string;
  /** What a person calls it ("contract 'orders'", "DataHub dataset 'db.orders'"). */
  label: string;
  /** Lower-case names a contract can be matched by (dataset names, physical names). */
  names?: string[];
  domain?: string;
  teamName?: string;
  tags?: string[];
  /** The source repository the contract describes (a custom property), lower-cased: siblings share it. */
  repository?: string;
  owners: OwnerRef[];
  /** Members listed without a recognised role (team structure). */
  members?: string[];
  source: string;
}

export interface CodeownersRuleRecord {
  kind: 'codeowners';
  pattern: string;
  /** '@user', '@org/team' or an email, as written. */
  owners: string[];
  line: number;
  source: string;
}

export interface GitAuthorStats {
  email: string;
  name: string;
  commits: number;
  /** ISO date (YYYY-MM-DD) of the author's most recent commit to the path. */
  lastCommit: string;
}

export interface GitFileRecord {
  kind: 'git';
  /** Workspace-relative file path. */
  path: string;
  authors: GitAuthorStats[];
  /** Email of the author of the file's first commit. */
  createdBy?: string;
  source: string;
}

/** Names a domain urn or ownership type urn; lets files refer to each other. */
export interface LabelRecord {
  kind: 'label';
  urn: string;
  name: string;
  source: string;
}

export type CatalogueRecord =
  PersonRecord | TeamRecord | AssetRecord | CodeownersRuleRecord | GitFileRecord | LabelRecord;

/** What a parser returns for one file. */
export interface ParseOutput {
  records: CatalogueRecord[];
  warnings: SourceWarning[];
}

export interface Person {
  id: string;
  name?: string;
  email?: string;
  teams: string[];
  title?: string;
  status: PersonStatus;
  /** The source (file) that says the person has left. */
  leftAccordingTo?: string;
  sources: string[];
}

export interface Team {
  id: string;
  name?: string;
  parent?: string;
  members: string[];
  sources: string[];
}

export interface ResolvedOwner {
  id: string;
  kind: 'person' | 'team';
  role: OwnerRole;
}

export interface Asset {
  key: string;
  path?: string;
  label: string;
  names: string[];
  domain?: string;
  teamName?: string;
  folder?: string;
  tags: string[];
  repository?: string;
  owners: ResolvedOwner[];
  members: string[];
  source: string;
}

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  source: string;
}

export interface GitAuthor {
  /** Person id when the email is known, otherwise the email. */
  id: string;
  name: string;
  commits: number;
  lastCommit: string;
}

export interface GitPathStats {
  path: string;
  totalCommits: number;
  authors: GitAuthor[];
  /** Who made the first commit (person id, or email when unknown); files only. */
  createdBy?: string;
}

/** The merged catalogue. Immutable: build a new one to change it. */
export interface CatalogueSnapshot {
  readonly people: ReadonlyMap<string, Person>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly assets: readonly Asset[];
  readonly codeowners: readonly CodeownersRule[];
  /** Per file, keyed by workspace-relative path. */
  readonly git: ReadonlyMap<string, GitPathStats>;
  readonly sourceWarnings: readonly SourceWarning[];
  /** Resolves an email, handle, urn or id to a person or team id. */
  resolve(ref: string): { id: string; kind: 'person' | 'team' } | undefined;
  assetsInDomain(domain: string): readonly Asset[];
  assetsInFolder(folder: string): readonly Asset[];
  assetsWithTeam(teamName: string): readonly Asset[];
  assetsOwnedBy(id: string): readonly Asset[];
  /** The contract at a workspace-relative path. */
  assetAt(path: string): Asset | undefined;
  /** Assets that share a name (lower-case) or the source repository. */
  assetsNamed(name: string): readonly Asset[];
  assetsOfRepository(repository: string): readonly Asset[];
  /** Assets with a word (see nameWords) in one of their names. */
  assetsWithNameWord(word: string): readonly Asset[];
  /** Git stats of every file the author (person id or e-mail) changed. */
  gitFilesOf(authorId: string): readonly GitPathStats[];
  /** Git stats for every file under a folder, merged per author. */
  gitForFolder(folder: string): GitPathStats | undefined;
}
