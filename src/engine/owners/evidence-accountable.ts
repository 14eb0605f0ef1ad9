// Accountable evidence: who holds the role for related assets (same catalogue entry, folder, domain, team),
// and who leads the contract's team.
import type { Asset, CatalogueSnapshot, OwnerRole } from './model';
import type { SubjectFacts } from './subject';
import { folderOf } from './ids';
import type { Channel, Vote } from './votes';
import { teamOfName } from './evidence-team';

const WEIGHTS = { sameName: 0.9, folder: 0.85, parentFolder: 0.55, domain: 0.7, team: 0.6, teamLead: 0.3 };

const SENIOR_TITLE = /\b(director|head of|chief|senior responsible owner|siro|information asset owner)\b/i;

function describeSet(assets: readonly Asset[]): string {
  return assets.every((a) => a.path !== undefined) ? 'contracts' : 'catalogue entries';
}

/**
 * Each holder of `role` gets a share of the assets that name someone in that role. The +1 keeps one
 * matching asset from looking like certainty.
 */
function majorityVotes(
  assets: readonly Asset[],
  role: OwnerRole,
  weight: number,
  where: string,
  channel: Channel,
): Vote[] {
  const withRole = assets.filter((a) => a.owners.some((o) => o.role === role));
  if (withRole.length === 0) return [];
  const counts = new Map<string, { kind: 'person' | 'team'; n: number }>();
  for (const a of withRole) {
    for (const o of a.owners) {
      if (o.role !== role) continue;
      const c = counts.get(o.id);
      if (c) c.n++;
      else counts.set(o.id, { kind: o.kind, n: 1 });
    }
  }
  const total = withRole.length;
  const noun = describeSet(withRole);
  return [...counts].map(([id, c]) => ({
    id,
    kind: c.kind,
    strength: (weight * c.n) / (total + 1),
    evidence: `${role} of ${c.n} of ${total} other ${noun} ${where}`,
    accountable: true,
    channel,
  }));
}

const others = (assets: readonly Asset[], subject: SubjectFacts): Asset[] =>
  assets.filter((a) => a.path !== subject.path);

export function accountableVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts, role: OwnerRole): Vote[] {
  const votes: Vote[] = [];

  // The same dataset in another catalogue (DataHub, Backstage): matched by name, contracts excluded.
  if (subject.names.length > 0) {
    const wanted = new Set(subject.names);
    const matched = snapshot.assets.filter((a) => a.path === undefined && a.names.some((n) => wanted.has(n)));
    for (const a of matched) {
      for (const o of a.owners) {
        if (o.role !== role) continue;
        votes.push({
          id: o.id,
          kind: o.kind,
          strength: WEIGHTS.sameName / matched.length,
          evidence: `${role} of ${a.label}, which has this contract's name`,
          accountable: true,
          channel: 'catalogue',
        });
      }
    }
  }

  const inFolder = others(snapshot.assetsInFolder(subject.folder), subject);
  const folderVotes = majorityVotes(inFolder, role, WEIGHTS.folder, `in folder '${subject.folder || '.'}'`, 'folder');
  votes.push(...folderVotes);
  if (folderVotes.length === 0 && subject.folder !== '') {
    const parent = folderOf(subject.folder);
    const below = snapshot.assets.filter(
      (a) =>
        a.folder !== undefined &&
        a.path !== subject.path &&
        (parent === '' || a.folder.startsWith(`${parent}/`) || a.folder === parent),
    );
    if (parent !== '')
      votes.push(...majorityVotes(below, role, WEIGHTS.parentFolder, `under folder '${parent}'`, 'parentFolder'));
  }

  if (subject.domain) {
    votes.push(
      ...majorityVotes(
        others(snapshot.assetsInDomain(subject.domain), subject),
        role,
        WEIGHTS.domain,
        `in domain '${subject.domain}'`,
        'domain',
      ),
    );
  }
  if (subject.teamName) {
    votes.push(
      ...majorityVotes(
        others(snapshot.assetsWithTeam(subject.teamName), subject),
        role,
        WEIGHTS.team,
        `of team '${subject.teamName}'`,
        'team',
      ),
    );
    if (role === 'Data Owner') votes.push(...teamLeadVotes(snapshot, subject.teamName));
  }
  return votes;
}

/** Data owners are senior (deputy director or above): the senior people of the contract's team. */
function teamLeadVotes(snapshot: CatalogueSnapshot, teamName: string): Vote[] {
  const team = teamOfName(snapshot, teamName);
  if (!team) return [];
  const votes: Vote[] = [];
  for (const id of team.members) {
    const p = snapshot.people.get(id);
    if (p?.title && SENIOR_TITLE.test(p.title)) {
      votes.push({
        id,
        kind: 'person',
        strength: WEIGHTS.teamLead,
        evidence: `${p.title} in team '${team.name ?? team.id}'`,
        accountable: true,
        channel: 'teamLead',
      });
    }
  }
  return votes;
}
