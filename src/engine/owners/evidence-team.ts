// Team membership from the people directory (and Backstage groups): the members of a team that holds the role on
// related contracts, and the members of the contract's own team.
import type { CatalogueSnapshot, OwnerRole, Team } from './model';
import type { SubjectFacts } from './subject';
import type { Channel, Vote } from './votes';

/** Team evidence whose holders' members are candidates too (team structure, not who maintains what). */
const FROM: ReadonlySet<Channel> = new Set<Channel>([
  'catalogue',
  'sibling',
  'folder',
  'parentFolder',
  'domain',
  'team',
  'coMaintained',
  'nameWord',
]);

const noisyOr = (strengths: readonly number[]): number =>
  1 - strengths.reduce((p, s) => p * (1 - Math.min(s, 0.99)), 1);
const teamName = (team: Team): string => team.name ?? team.id;

/**
 * The team an id names, when contracts write a team as a member's username (`username: team-phoenix`) and the people
 * directory or Backstage knows a team by that id. A person the directory describes (e-mail, title, teams, status)
 * stays a person.
 */
export function teamNamed(snapshot: CatalogueSnapshot, id: string): Team | undefined {
  const person = snapshot.people.get(id);
  if (person && (person.email || person.title || person.teams.length > 0 || person.status !== 'unknown'))
    return undefined;
  const ref = snapshot.resolve(`group:${id}`);
  return ref?.kind === 'team' ? snapshot.teams.get(ref.id) : undefined;
}

/** The team `team.name` names: a team id, or an id contracts also use as a username for the team. */
export function teamOfName(snapshot: CatalogueSnapshot, name: string): Team | undefined {
  const ref = snapshot.resolve(name);
  if (ref?.kind === 'team') return snapshot.teams.get(ref.id);
  return teamNamed(snapshot, ref?.id ?? name);
}

/**
 * A team that holds the role on related contracts (siblings, the folder, the domain…) puts its members forward,
 * each with a share of the team's evidence: one line per member and team, naming the team's strongest evidence.
 */
export function ownerTeamMemberVotes(snapshot: CatalogueSnapshot, role: OwnerRole, votes: readonly Vote[]): Vote[] {
  const byTeam = new Map<string, Vote[]>();
  for (const v of votes) {
    if (v.kind !== 'team' || !v.accountable || !FROM.has(v.channel)) continue;
    const list = byTeam.get(v.id);
    if (list) list.push(v);
    else byTeam.set(v.id, [v]);
  }
  const out: Vote[] = [];
  for (const [id, teamVotes] of byTeam) {
    const team = snapshot.teams.get(id);
    const members = (team?.members ?? []).filter((m) => snapshot.people.get(m)?.status !== 'left');
    if (!team || members.length === 0) continue;
    const strongest = teamVotes.reduce((a, b) => (b.strength > a.strength ? b : a));
    const strength = noisyOr(teamVotes.map((v) => v.strength)) / members.length;
    for (const m of members) {
      out.push({
        id: m,
        kind: 'person',
        strength,
        evidence: `member of team '${teamName(team)}', which is ${lowerFirst(strongest.evidence, role)}`,
        accountable: true,
        channel: 'ownerTeamMember',
      });
    }
  }
  return out;
}

/** The people of the team the contract names in `team.name`, each with a share. */
export function teamMemberVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts): Vote[] {
  if (!subject.teamName) return [];
  const team = teamOfName(snapshot, subject.teamName);
  const members = (team?.members ?? []).filter((m) => snapshot.people.get(m)?.status !== 'left');
  if (!team || members.length === 0) return [];
  return members.map((m) => ({
    id: m,
    kind: 'person' as const,
    strength: 1 / members.length,
    evidence: `member of team '${teamName(team)}', the team this contract names`,
    accountable: true,
    channel: 'teamMember' as const,
  }));
}

/** "Data Owner of …" stays as written: it reads as "which is Data Owner of …". */
function lowerFirst(evidence: string, role: OwnerRole): string {
  return evidence.startsWith(role) ? evidence : evidence.charAt(0).toLowerCase() + evidence.slice(1);
}
