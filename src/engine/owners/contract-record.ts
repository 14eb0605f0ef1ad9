// Other contracts in the workspace as catalogue records: team members with roles, team name, domain, tags, folder.
import type { AssetRecord, CatalogueRecord, OwnerRef, ParseOutput, PersonRecord } from './model';
import { roleFromText } from './roles';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export interface ContractMember {
  username: string;
  name?: string;
  role?: string;
  dateOut?: string;
}

/** `team.members` (object form) or the deprecated array form of `team`. */
export function contractMembers(value: unknown): ContractMember[] {
  if (!isObject(value)) return [];
  const team = value.team;
  const list = Array.isArray(team) ? team : isObject(team) && Array.isArray(team.members) ? team.members : [];
  const members: ContractMember[] = [];
  for (const m of list) {
    if (!isObject(m)) continue;
    const username = str(m.username);
    if (!username) continue;
    members.push({ username, name: str(m.name), role: str(m.role), dateOut: dateText(m.dateOut) });
  }
  return members;
}

function dateText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return str(v);
}

export function contractTeamName(value: unknown): string | undefined {
  return isObject(value) && isObject(value.team) ? str(value.team.name) : undefined;
}

export function contractDomain(value: unknown): string | undefined {
  return isObject(value) ? str(value.domain) : undefined;
}

/** Names a catalogue dataset may be known by: physical names, schema names, the contract id and data product. */
export function contractNames(value: unknown): string[] {
  if (!isObject(value)) return [];
  const names = new Set<string>();
  for (const n of [str(value.id), str(value.dataProduct), str(value.name)]) if (n) names.add(n.toLowerCase());
  if (Array.isArray(value.schema)) {
    for (const s of value.schema) {
      if (!isObject(s)) continue;
      for (const n of [str(s.physicalName), str(s.name)]) if (n) names.add(n.toLowerCase());
    }
  }
  return [...names];
}

/** The repository a contract describes: a `customProperties` entry such as `sourceRepository`, lower-cased. */
export function contractRepository(value: unknown): string | undefined {
  if (!isObject(value) || !Array.isArray(value.customProperties)) return undefined;
  for (const p of value.customProperties) {
    if (!isObject(p) || typeof p.property !== 'string') continue;
    const v = str(p.value);
    if (v && /^(source_?repo(sitory)?|repo(sitory)?|git_?repo(sitory)?)$/i.test(p.property)) return v.toLowerCase();
  }
  return undefined;
}

export function contractTags(value: unknown): string[] {
  if (!isObject(value) || !Array.isArray(value.tags)) return [];
  return value.tags.map(str).filter((t): t is string => !!t);
}

/**
 * One contract as records. Members with a `dateOut` (before `today` when given) are former members: they are not
 * counted as owners, since the contract itself says they no longer hold the role.
 */
export function contractRecordFromValue(
  value: unknown,
  relPath: string,
  options: { today?: string } = {},
): ParseOutput {
  if (!isObject(value)) return { records: [], warnings: [] };
  const members = contractMembers(value);
  const current = members.filter((m) => !m.dateOut || (options.today !== undefined && m.dateOut > options.today));
  const owners: OwnerRef[] = [];
  const plainMembers: string[] = [];
  for (const m of current) {
    const role = roleFromText(m.role);
    if (role) owners.push({ ref: m.username, kind: 'person', role });
    else plainMembers.push(m.username);
  }
  const teamName = contractTeamName(value);
  const label = str(value.name) ?? str(value.id) ?? relPath;
  const asset: AssetRecord = {
    kind: 'asset',
    key: relPath,
    path: relPath,
    label: `contract '${label}'`,
    names: contractNames(value),
    domain: contractDomain(value),
    teamName,
    tags: contractTags(value),
    repository: contractRepository(value),
    owners,
    members: plainMembers,
    source: relPath,
  };
  const records: CatalogueRecord[] = [asset];
  // Listing someone in a contract does not make them a member of its team (owners are often from outside it),
  // so team membership comes only from directories and catalogues.
  for (const m of members)
    records.push({ kind: 'person', id: m.username, name: m.name, source: relPath } satisfies PersonRecord);
  return { records, warnings: [] };
}
