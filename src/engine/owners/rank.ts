// Ranks people and teams for one role of one contract, from the votes of every evidence channel.
import { accountableVotes } from './evidence-accountable';
import { coMaintainedVotes, nameWordVotes, siblingVotes } from './evidence-related';
import { maintainerVotes } from './evidence-maintainer';
import type { CatalogueSnapshot, OwnerRole } from './model';
import { subjectFacts, type OwnerSubject } from './subject';
import type { Vote } from './votes';
import { modelFeatures, OWNER_MODEL, probability, type OwnerModel } from './owner-model';

export interface Candidate {
  /** What goes into `team.members[].username` (a team id for teams). */
  id: string;
  name: string;
  kind: 'person' | 'team';
  /** The probability (0..1, two decimals) that the candidate holds the role, by the fitted model. */
  score: number;
  /** Sentences a person can check, strongest first. */
  evidence: string[];
}

export interface SuggestOptions {
  /** How many candidates at most (default 5). */
  top?: number;
  /** Below this probability for the best candidate, suggest nobody (default 0.05). */
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

/** Below this probability of the best candidate nobody is suggested: fewer than 1 in 20 would be right. */
export const DEFAULT_MIN_PROBABILITY = 0.05;
/** Team suggestions still use a fixed score. */
export const DEFAULT_MIN_SCORE = 0.25;
/** Candidates with a ranking score this weak are noise even when the best one is strong. */
const FLOOR = 0.08;
/** Below this, the best candidate's evidence says why it is not more certain. */
const UNCERTAIN = 0.5;

interface Tally {
  kind: 'person' | 'team';
  accountable: Vote[];
  maintainer: Vote[];
}

const noisyOr = (strengths: number[]): number => 1 - strengths.reduce((p, s) => p * (1 - Math.min(s, 0.99)), 1);

/** A candidate with its ranking score (a noisy-or of its evidence), before the model makes it a probability. */
export interface RankedCandidate {
  id: string;
  name: string;
  kind: 'person' | 'team';
  role: OwnerRole;
  /** 0..1: the noisy-or of the weighed votes. */
  raw: number;
  /** Sentences, strongest first. */
  evidence: string[];
}

/** Every eligible candidate for the role with its ranking score (no probability, no cut-off). */
export function rankCandidates(snapshot: CatalogueSnapshot, subject: OwnerSubject, role: OwnerRole): RankedCandidate[] {
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
  nameWordVotes(snapshot, facts, role).forEach(add);
  maintainerVotes(snapshot, facts).forEach(add);

  const policy = MAINTAINER_POLICY[role];
  const out: RankedCandidate[] = [];
  for (const [id, t] of tallies) {
    if (t.kind === 'person' && snapshot.people.get(id)?.status === 'left') continue;
    if (t.accountable.length === 0 && !policy.canNominate) continue;
    const used = [...t.accountable, ...t.maintainer.map((v) => ({ ...v, strength: v.strength * policy.factor }))];
    out.push({
      id, name: displayName(snapshot, id, t.kind), kind: t.kind, role,
      raw: noisyOr(used.map((v) => v.strength)),
      evidence: used.sort((a, b) => b.strength - a.strength).map((v) => v.evidence),
    });
  }
  return out;
}

/** Probabilities, order and cut-offs as suggestOwners applies them, for any model (the evaluation fits its own). */
export function scoreCandidates(candidates: readonly RankedCandidate[], model: OwnerModel, options: SuggestOptions = {}): Candidate[] {
  if (candidates.length === 0) return [];
  const xs = modelFeatures(candidates.map((c) => c.raw), candidates[0].role);
  const scored = candidates
    .map((c, i) => ({ c, p: probability(xs[i], model) }))
    .sort((a, b) => b.c.raw - a.c.raw || b.p - a.p || (a.c.kind === b.c.kind ? a.c.id.localeCompare(b.c.id) : a.c.kind === 'person' ? -1 : 1));
  if (scored[0].p < (options.minScore ?? DEFAULT_MIN_PROBABILITY)) return [];
  const kept = scored.filter((s, i) => i === 0 || s.c.raw >= FLOOR).slice(0, options.top ?? 5);
  return kept.map(({ c, p }, i) => {
    const evidence = [...c.evidence];
    if (i === 0 && p < UNCERTAIN) evidence.push(whyUncertain(scored.map((s) => ({ name: s.c.name, p: s.p }))));
    return { id: c.id, name: c.name, kind: c.kind, score: Math.round(p * 100) / 100, evidence };
  });
}

function whyUncertain(scored: { name: string; p: number }[]): string {
  const [, next] = scored;
  if (next && next.p >= scored[0].p / 2) return `not more certain: ${next.name} has evidence nearly as strong (score ${next.p.toFixed(2)})`;
  return 'not more certain: evidence like this has named the right person or team less than half the time';
}

export function suggestOwners(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  role: OwnerRole,
  options: SuggestOptions = {},
): Candidate[] {
  return scoreCandidates(rankCandidates(snapshot, subject, role), OWNER_MODEL, options);
}

function displayName(snapshot: CatalogueSnapshot, id: string, kind: 'person' | 'team'): string {
  if (kind === 'team') return snapshot.teams.get(id)?.name ?? id;
  return snapshot.people.get(id)?.name ?? id;
}
