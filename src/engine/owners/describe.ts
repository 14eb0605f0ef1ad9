// Who a person is, for hovers and rules.
import type { CatalogueSnapshot, PersonStatus } from './model';
import { plural } from './votes';

export function personStatus(snapshot: CatalogueSnapshot, id: string): PersonStatus {
  const ref = snapshot.resolve(id);
  if (ref?.kind !== 'person') return 'unknown';
  return snapshot.people.get(ref.id)?.status ?? 'unknown';
}

/** Known to at least one catalogue: a person or team in any source (including other contracts). */
export function isKnownPerson(snapshot: CatalogueSnapshot, id: string): boolean {
  return snapshot.resolve(id) !== undefined;
}

const escape = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

/** Markdown for the hover on a team member: who they are, team, active or left, what else they own. */
export function describePerson(snapshot: CatalogueSnapshot, id: string, options: { excludePath?: string } = {}): string | undefined {
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
  if (p.teams.length > 0) facts.push(`team ${p.teams.map((t) => `'${escape(snapshot.teams.get(t)?.name ?? t)}'`).join(', ')}`);
  facts.push(p.status === 'left' ? '**has left** the organisation' : p.status === 'active' ? 'active' : 'not in the people directory');
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
