// Maintainer evidence: git history of the file and its folder, and CODEOWNERS. It predicts custodians, not owners.
import type { CatalogueSnapshot, GitPathStats } from './model';
import { codeownersFor } from './parse-codeowners';
import type { SubjectFacts } from './subject';
import { plural, type Channel, type Vote } from './votes';

const WEIGHTS = { gitFile: 0.7, gitCreator: 0.5, gitFolder: 0.5, codeowners: 0.5, codeownersMember: 0.25 };

/** Authors whose last change is more than two years older than the newest one count half. */
function recency(last: string, newest: string): number {
  const years = (Date.parse(newest) - Date.parse(last)) / (365.25 * 86_400_000);
  return Number.isFinite(years) && years > 2 ? 0.5 : 1;
}

function gitVotes(
  stats: GitPathStats | undefined,
  weight: number,
  channel: Channel,
  where: (n: number, total: number) => string,
): Vote[] {
  if (!stats || stats.totalCommits === 0) return [];
  const newest = stats.authors.reduce((m, a) => (a.lastCommit > m ? a.lastCommit : m), '');
  return stats.authors.map((a) => ({
    id: a.id,
    kind: 'person' as const,
    strength: (weight * a.commits * recency(a.lastCommit, newest)) / (stats.totalCommits + 1),
    evidence: `${where(a.commits, stats.totalCommits)} (last on ${a.lastCommit})`,
    accountable: false,
    channel,
  }));
}

export function maintainerVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts): Vote[] {
  const votes: Vote[] = [];
  const fileStats = snapshot.git.get(subject.path);
  votes.push(
    ...gitVotes(fileStats, WEIGHTS.gitFile, 'gitFile', (n, t) => `made ${n} of ${plural(t, 'commit')} to this file`),
  );
  // In MoJ repositories the author of a file's first commit is a listed maintainer about 90% of the time.
  if (fileStats?.createdBy) {
    votes.push({
      id: fileStats.createdBy,
      kind: 'person',
      strength: WEIGHTS.gitCreator,
      evidence: 'made the first commit of this file',
      accountable: false,
      channel: 'gitCreator',
    });
  }
  const folder = snapshot.gitForFolder(subject.folder);
  votes.push(
    ...gitVotes(
      folder,
      WEIGHTS.gitFolder,
      'gitFolder',
      (n, t) => `made ${n} of ${plural(t, 'file change')} in folder '${subject.folder || '.'}'`,
    ),
  );

  const rule = codeownersFor(snapshot.codeowners, subject.path);
  if (rule && rule.owners.length > 0) {
    const share = 1 / rule.owners.length;
    for (const owner of rule.owners) {
      const who = snapshot.resolve(owner);
      const said = `CODEOWNERS (line ${rule.line}, '${rule.pattern}') assigns this file to ${owner}`;
      if (who?.kind === 'team' || (!who && owner.includes('/'))) {
        const teamId = who?.id ?? owner.replace(/^@/, '');
        votes.push({
          id: teamId,
          kind: 'team',
          strength: WEIGHTS.codeowners * share,
          evidence: said,
          accountable: false,
          channel: 'codeowners',
        });
        for (const member of snapshot.teams.get(teamId)?.members ?? []) {
          votes.push({
            id: member,
            kind: 'person',
            strength: WEIGHTS.codeownersMember * share,
            evidence: `member of ${owner}; CODEOWNERS (line ${rule.line}) assigns this file to that team`,
            accountable: false,
            channel: 'codeowners',
          });
        }
      } else {
        votes.push({
          id: who?.id ?? owner.replace(/^@/, ''),
          kind: 'person',
          strength: WEIGHTS.codeowners * share,
          evidence: said,
          accountable: false,
          channel: 'codeowners',
        });
      }
    }
  }
  return votes;
}
