// Suggestions for `team.name`: the team other contracts in the same folder and domain name, and the CODEOWNERS team.
import type { Asset, CatalogueSnapshot } from './model';
import { codeownersFor } from './parse-codeowners';
import type { Candidate, SuggestOptions } from './rank';
import { byCodeUnits, DEFAULT_MIN_SCORE } from './rank';
import { subjectFacts, type OwnerSubject } from './subject';

interface Tally {
  strengths: number[];
  evidence: string[];
}

export function suggestTeams(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  options: SuggestOptions = {},
): Candidate[] {
  const facts = subjectFacts(subject);
  const tallies = new Map<string, Tally>();
  const vote = (name: string, strength: number, evidence: string): void => {
    const t = tallies.get(name) ?? { strengths: [], evidence: [] };
    tallies.set(name, t);
    t.strengths.push(strength);
    t.evidence.push(evidence);
  };
  const majority = (assets: readonly Asset[], weight: number, where: string): void => {
    const named = assets.filter((a) => a.path !== facts.path && a.teamName);
    const counts = new Map<string, number>();
    for (const a of named) counts.set(a.teamName!, (counts.get(a.teamName!) ?? 0) + 1);
    for (const [name, n] of counts)
      vote(name, (weight * n) / (named.length + 1), `named by ${n} of ${named.length} other contracts ${where}`);
  };
  majority(snapshot.assetsInFolder(facts.folder), 0.85, `in folder '${facts.folder || '.'}'`);
  if (facts.domain) majority(snapshot.assetsInDomain(facts.domain), 0.7, `in domain '${facts.domain}'`);

  const rule = codeownersFor(snapshot.codeowners, facts.path);
  for (const owner of rule?.owners ?? []) {
    const who = snapshot.resolve(owner);
    if (who?.kind !== 'team' && !owner.includes('/')) continue;
    const team = who ? snapshot.teams.get(who.id) : undefined;
    vote(
      team?.name ?? team?.id ?? owner.replace(/^@/, ''),
      0.5 / rule!.owners.length,
      `CODEOWNERS (line ${rule!.line}) assigns this file to ${owner}`,
    );
  }

  const candidates: Candidate[] = [...tallies].map(([name, t]) => ({
    id: name,
    name: snapshot.teams.get(name)?.name ?? name,
    kind: 'team' as const,
    score: Math.round((1 - t.strengths.reduce((p, s) => p * (1 - Math.min(s, 0.99)), 1)) * 100) / 100,
    evidence: t.evidence,
  }));
  candidates.sort((a, b) => b.score - a.score || byCodeUnits(a.id, b.id));
  if (candidates.length === 0 || candidates[0].score < (options.minScore ?? DEFAULT_MIN_SCORE)) return [];
  return candidates.slice(0, options.top ?? 5);
}
