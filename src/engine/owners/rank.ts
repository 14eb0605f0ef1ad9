// Ranks people and teams for one role of one contract, from the votes of every evidence channel.
import { accountableVotes } from './evidence-accountable';
import { coMaintainedVotes, siblingVotes } from './evidence-related';
import { maintainerVotes } from './evidence-maintainer';
import type { CatalogueSnapshot, OwnerRole } from './model';
import { subjectFacts, type OwnerSubject } from './subject';
import type { Vote } from './votes';

export interface Candidate {
  /** What goes into `team.members[].username` (a team id for teams). */
  id: string;
  name: string;
  kind: 'person' | 'team';
  /** 0..1, two decimals. */
  score: number;
  /** Sentences a person can check, strongest first. */
  evidence: string[];
}

export interface SuggestOptions {
  /** How many candidates at most (default 5). */
  top?: number;
  /** Below this best score, suggest nobody (default 0.25). */
  minScore?: number;
}

/**
 * How much maintainer evidence counts per role. For owners and stewards it only strengthens a candidate that
 * already has accountable evidence: git and CODEOWNERS never make someone a Data Owner on their own.
 */
const MAINTAINER_POLICY: Record<OwnerRole, { factor: number; canNominate: boolean }> = {
  'Data Owner': { factor: 0.15, canNominate: false },
  'Data Steward': { factor: 0.3, canNominate: false },
  'Data Custodian': { factor: 1, canNominate: true },
};

export const DEFAULT_MIN_SCORE = 0.25;
/** Candidates this weak are noise even when the best one is strong. */
const FLOOR = 0.08;

interface Tally {
  kind: 'person' | 'team';
  accountable: Vote[];
  maintainer: Vote[];
}

const noisyOr = (strengths: number[]): number => 1 - strengths.reduce((p, s) => p * (1 - Math.min(s, 0.99)), 1);

export function suggestOwners(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  role: OwnerRole,
  options: SuggestOptions = {},
): Candidate[] {
  const facts = subjectFacts(subject);
  const tallies = new Map<string, Tally>();
  const add = (v: Vote): void => {
    const t = tallies.get(v.id) ?? { kind: v.kind, accountable: [], maintainer: [] };
    tallies.set(v.id, t);
    (v.accountable ? t.accountable : t.maintainer).push(v);
  };
  accountableVotes(snapshot, facts, role).forEach(add);
  siblingVotes(snapshot, facts, role).forEach(add);
  coMaintainedVotes(snapshot, facts, role).forEach(add);
  maintainerVotes(snapshot, facts).forEach(add);

  const policy = MAINTAINER_POLICY[role];
  const candidates: Candidate[] = [];
  for (const [id, t] of tallies) {
    if (t.kind === 'person' && snapshot.people.get(id)?.status === 'left') continue;
    if (t.accountable.length === 0 && !policy.canNominate) continue;
    const used = [...t.accountable, ...t.maintainer.map((v) => ({ ...v, strength: v.strength * policy.factor }))];
    const score = noisyOr(used.map((v) => v.strength));
    if (score < FLOOR) continue;
    candidates.push({
      id,
      name: displayName(snapshot, id, t.kind),
      kind: t.kind,
      score: Math.round(score * 100) / 100,
      evidence: used.sort((a, b) => b.strength - a.strength).map((v) => v.evidence),
    });
  }
  candidates.sort((a, b) => b.score - a.score || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'person' ? -1 : 1));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (candidates.length === 0 || candidates[0].score < minScore) return [];
  return candidates.slice(0, options.top ?? 5);
}

function displayName(snapshot: CatalogueSnapshot, id: string, kind: 'person' | 'team'): string {
  if (kind === 'team') return snapshot.teams.get(id)?.name ?? id;
  return snapshot.people.get(id)?.name ?? id;
}
