// Who a person is, for hovers and rules.
import type { CatalogueSnapshot, PersonStatus } from './model';
import { folderOf } from './ids';
import { plural } from './votes';

export function personStatus(snapshot: CatalogueSnapshot, id: string): PersonStatus {
  const ref = snapshot.resolve(id);
  if (ref?.kind !== 'person') return 'unknown';
  return snapshot.people.get(ref.id)?.status ?? 'unknown';
}

/** The contract being checked, so that people named only in it do not count as known. */
export interface ContractIdentity {
  path?: string;
  /** The contract's `id`, used when the host gives no path. */
  id?: string;
}

/**
 * Known to at least one catalogue: a team, or a person named by any source other than the contract being checked
 * (people directory, DataHub, Backstage, or another contract).
 */
export function isKnownPerson(snapshot: CatalogueSnapshot, id: string, except: ContractIdentity = {}): boolean {
  const ref = snapshot.resolve(id);
  if (!ref) return false;
  if (ref.kind === 'team') return true;
  const sources = snapshot.people.get(ref.id)?.sources ?? [];
  const contractId = except.id?.toLowerCase();
  return sources.some((source) => {
    if (source === except.path) return false;
    if (contractId === undefined) return true;
    const asset = snapshot.assetsInFolder(folderOf(source)).find((a) => a.path === source);
    return !asset || !asset.names.includes(contractId);
  });
}

/** True when some source says who is active or has left (a people directory, DataHub users), not only contracts. */
export function hasPeopleDirectory(snapshot: CatalogueSnapshot): boolean {
  for (const p of snapshot.people.values()) if (p.status !== 'unknown' || p.email) return true;
  return false;
}

/** The snapshot a host passed to the rules, or undefined when it passed none (or something else). */
export function asCatalogueSnapshot(value: unknown): CatalogueSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<CatalogueSnapshot>;
  return v.people instanceof Map && typeof v.resolve === 'function' && Array.isArray(v.assets)
    ? (value as CatalogueSnapshot)
    : undefined;
}

const escape = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

/** Markdown for the hover on a team member: who they are, team, active or left, what else they own. */
export function describePerson(
  snapshot: CatalogueSnapshot,
  id: string,
  options: { excludePath?: string } = {},
): string | undefined {
  const ref = snapshot.resolve(id);
  if (!ref) return undefined;
  if (ref.kind === 'team') {
    const team = snapshot.teams.get(ref.id)!;
    return `**${escape(team.name ?? team.id)}** (team)\n\n${plural(team.members.length, 'member')}`;
  }
  const p = snapshot.people.get(ref.id)!;
  const lines: string[] = [];
  lines.push(`**${escape(p.name ?? p.id)}**${p.title ? ` — ${escape(p.title)}` : ''}`);
  const facts: string[] = [];
  if (p.email) facts.push(escape(p.email));
  if (p.teams.length > 0)
    facts.push(`team ${p.teams.map((t) => `'${escape(snapshot.teams.get(t)?.name ?? t)}'`).join(', ')}`);
  if (p.status === 'left')
    facts.push(
      `**has left** the organisation${p.leftAccordingTo ? ` (according to ${escape(p.leftAccordingTo)})` : ''}`,
    );
  else facts.push(p.status === 'active' ? 'active' : 'not in the people directory');
  lines.push(facts.join(' · '));
  const owned = snapshot.assetsOwnedBy(p.id).filter((a) => a.path === undefined || a.path !== options.excludePath);
  if (owned.length > 0) {
    const byRole = new Map<string, string[]>();
    for (const a of owned) {
      for (const o of a.owners) if (o.id === p.id) byRole.set(o.role, [...(byRole.get(o.role) ?? []), a.label]);
    }
    for (const [role, labels] of byRole) {
      const shown = labels.slice(0, 5).map(escape).join(', ');
      lines.push(`${role} of ${plural(labels.length, 'asset')}: ${shown}${labels.length > 5 ? ', …' : ''}`);
    }
  } else lines.push('Owns nothing else in the catalogue.');
  return lines.join('\n\n');
}
