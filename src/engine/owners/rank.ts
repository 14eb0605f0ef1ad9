// Ranks people and teams for one role of one contract: every evidence channel votes, the fitted model weighs the
// channels and turns them into the probability that each candidate holds the role.
import { accountableVotes } from './evidence-accountable';
import { coMaintainedVotes, gitSiblingVotes, nameWordVotes, siblingVotes } from './evidence-related';
import { maintainerVotes } from './evidence-maintainer';
import { ownerTeamMemberVotes, teamMemberVotes } from './evidence-team';
import type { CatalogueSnapshot, OwnerRole } from './model';
import { subjectFacts, type OwnerSubject, type SubjectFacts } from './subject';
import { CHANNELS, type Channel, type Vote } from './votes';
import { FEATURES, featureOf, OWNER_MODEL, probabilities, type Features, type OwnerModel } from './owner-model';
import { CONFIDENCE_MODEL, confidentProbability, type ConfidenceModel } from './confidence';

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
 * How much maintainer evidence counts in the hand-set ranking score, which now only breaks ties between
 * candidates the model finds equally likely.
 */
const MAINTAINER_FACTOR: Record<OwnerRole, number> = { 'Data Owner': 0.15, 'Data Steward': 0.3, 'Data Custodian': 1 };

/** Below this probability of the best candidate nobody is suggested: fewer than 1 in 20 would be right. */
export const DEFAULT_MIN_PROBABILITY = 0.05;
/** Team suggestions still use a fixed score. */
export const DEFAULT_MIN_SCORE = 0.25;
/** Candidates whose hand-set ranking score is under this (all but the first) are left out before the model. */
const TRACE = 0.03;
/** Candidates this unlikely are noise even when the best one is strong (the first one is always kept). */
const FLOOR = 0.01;
/** Below this, the best candidate's evidence says why it is not more certain. */
const UNCERTAIN = 0.5;
/**
 * Git and CODEOWNERS predict maintainers. For a Data Owner or Steward, a candidate with only that evidence is shown
 * when the fitted model says the combination is strong: more likely than not.
 */
export const MAINTAINER_ONLY_BAR = 0.5;

const noisyOr = (strengths: number[]): number => 1 - strengths.reduce((p, s) => p * (1 - Math.min(s, 0.99)), 1);
const CHANNEL_INDEX = new Map<Channel, number>(CHANNELS.map((c, i) => [c, i]));
const HOLDS_ROLE = FEATURES.indexOf('holds the role elsewhere');
const UNKNOWN = FEATURES.indexOf('not in the catalogue');
const RAW = FEATURES.indexOf('hand-set ranking score');
const FIRST = FEATURES.indexOf('first by the hand-set ranking score');

/** A candidate with its features, before the model makes it a probability. */
export interface RankedCandidate {
  id: string;
  name: string;
  kind: 'person' | 'team';
  role: OwnerRole;
  /** The model's inputs: each channel's strength (a noisy-or of its votes) and what the catalogue says. */
  features: Features;
  /** Whether any evidence is accountable (not only git or CODEOWNERS). */
  accountable: boolean;
  /** 0..1: the hand-set noisy-or of the votes; breaks ties only. */
  raw: number;
  /** The evidence sentences with their channel and strength. */
  votes: { channel: number; strength: number; evidence: string }[];
}

/**
 * Every candidate for the role with more than a trace of evidence, with its features (no probability yet). People
 * who have left are never candidates.
 */
export function rankCandidates(snapshot: CatalogueSnapshot, subject: OwnerSubject, role: OwnerRole): RankedCandidate[] {
  const facts = subjectFacts(subject);
  return rankWith(snapshot, facts, role, roleFreeVotes(snapshot, facts));
}

/** The evidence that is the same whatever the role: gathered once when several roles are ranked for one contract. */
interface RoleFreeVotes {
  teamMembers: Vote[];
  maintainers: Vote[];
  gitSiblings: Vote[];
}

function roleFreeVotes(snapshot: CatalogueSnapshot, facts: SubjectFacts): RoleFreeVotes {
  return {
    teamMembers: teamMemberVotes(snapshot, facts),
    maintainers: maintainerVotes(snapshot, facts),
    gitSiblings: gitSiblingVotes(snapshot, facts),
  };
}

function rankWith(
  snapshot: CatalogueSnapshot,
  facts: SubjectFacts,
  role: OwnerRole,
  roleFree: RoleFreeVotes,
): RankedCandidate[] {
  const all: Vote[] = [
    ...accountableVotes(snapshot, facts, role),
    ...siblingVotes(snapshot, facts, role),
    ...coMaintainedVotes(snapshot, facts, role),
    ...nameWordVotes(snapshot, facts, role),
  ];
  all.push(...ownerTeamMemberVotes(snapshot, role, all), ...roleFree.teamMembers);
  all.push(...roleFree.maintainers, ...roleFree.gitSiblings);
  const tallies = new Map<string, { kind: 'person' | 'team'; votes: Vote[] }>();
  for (const v of all) {
    const t = tallies.get(v.id) ?? { kind: v.kind, votes: [] };
    tallies.set(v.id, t);
    t.votes.push(v);
  }
  const out: RankedCandidate[] = [];
  for (const [id, t] of tallies) {
    if (t.kind === 'person' && snapshot.people.get(id)?.status === 'left') continue;
    const byFeature = new Map<number, number[]>();
    for (const v of t.votes) {
      const i = featureOf(v.channel);
      byFeature.set(i, [...(byFeature.get(i) ?? []), v.strength]);
    }
    const features: [number, number][] = [...byFeature].map(([i, strengths]) => [i, noisyOr(strengths)]);
    const holds = snapshot
      .assetsOwnedBy(id)
      .filter((a) => a.path !== facts.path && a.owners.some((o) => o.id === id && o.role === role)).length;
    if (holds > 0) features.push([HOLDS_ROLE, Math.log1p(holds) / 3]);
    if (t.kind === 'person' && !snapshot.people.has(id)) features.push([UNKNOWN, 1]);
    out.push({
      id,
      name: displayName(snapshot, id, t.kind),
      kind: t.kind,
      role,
      features,
      accountable: t.votes.some((v) => v.accountable),
      raw: noisyOr(t.votes.map((v) => v.strength * (v.accountable ? 1 : MAINTAINER_FACTOR[role]))),
      votes: t.votes.map((v) => ({
        channel: CHANNEL_INDEX.get(v.channel)!,
        strength: v.strength,
        evidence: v.evidence,
      })),
    });
  }
  // The hand-set combination is a feature too: the model corrects it per channel rather than replacing it.
  const best = out.reduce((m, c) => Math.max(m, c.raw), 0);
  // Candidates with only a trace of evidence would each take a little probability from the strong ones.
  const kept = out.filter((c) => c.raw >= TRACE || c.raw === best);
  for (const c of kept) {
    const f = c.features as [number, number][];
    f.push([RAW, c.raw]);
    if (c.raw === best) f.push([FIRST, 1]);
    f.sort((a, b) => a[0] - b[0]);
  }
  return kept;
}

/**
 * Probabilities, order and cut-offs as suggestOwners applies them, for any model (the evaluation fits its own).
 * With a confidence model (suggestOwners passes the shipped one), the best candidate's probability is corrected by it
 * before the cut-off and the evidence read it; the order is the owner model's either way.
 */
export function scoreCandidates(
  candidates: readonly RankedCandidate[],
  model: OwnerModel,
  options: SuggestOptions = {},
  confidence?: ConfidenceModel,
): Candidate[] {
  if (candidates.length === 0) return [];
  const role = candidates[0].role;
  const ps = probabilities(
    candidates.map((c) => c.features),
    role,
    model,
  );
  const scored = candidates
    .map((c, i) => ({ c, p: ps[i] }))
    .filter((s) => s.c.accountable || role === 'Data Custodian' || s.p >= MAINTAINER_ONLY_BAR)
    .sort(
      (a, b) =>
        b.p - a.p ||
        b.c.raw - a.c.raw ||
        (a.c.kind === b.c.kind ? byCodeUnits(a.c.id, b.c.id) : a.c.kind === 'person' ? -1 : 1),
    );
  if (scored.length === 0) return [];
  const best = confidence
    ? confidentProbability(scored[0].p, candidates.length, role, confidence, scored[1]?.p ?? 0)
    : scored[0].p;
  if (best < (options.minScore ?? DEFAULT_MIN_PROBABILITY)) return [];
  // Who is listed is the owner model's choice; what the list shows adds up as probabilities do: when the best
  // candidate's probability is corrected, the others share what is left in the same proportions (never above it).
  const rest = scored[0].p < 1 ? (1 - best) / (1 - scored[0].p) : 0;
  const shown = scored.map((s, i) => ({ ...s, p: i === 0 ? best : Math.min(best, s.p * rest) }));
  const kept = shown.filter((s, i) => i === 0 || scored[i].p >= FLOOR).slice(0, options.top ?? 5);
  return kept.map(({ c, p }, i) => {
    // Strongest first. The model's weights correct the channels against each other (some negatively, where the
    // hand-set score already counts them), so they do not order the sentences.
    const evidence = [...c.votes].sort((a, b) => b.strength - a.strength).map((v) => v.evidence);
    if (i === 0 && p < UNCERTAIN) evidence.push(whyUncertain(shown.map((s) => ({ name: s.c.name, p: s.p }))));
    return { id: c.id, name: c.name, kind: c.kind, score: Math.round(p * 100) / 100, evidence };
  });
}

function whyUncertain(scored: { name: string; p: number }[]): string {
  const [, next] = scored;
  if (next && next.p >= scored[0].p / 2)
    return `not more certain: ${next.name} has evidence nearly as strong (score ${next.p.toFixed(2)})`;
  return 'not more certain: evidence like this has named the right person or team less than half the time';
}

export function suggestOwners(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  role: OwnerRole,
  options: SuggestOptions = {},
): Candidate[] {
  return scoreCandidates(rankCandidates(snapshot, subject, role), OWNER_MODEL, options, CONFIDENCE_MODEL);
}

/** `suggestOwners` for several roles of one contract (the same answers), gathering role-free evidence once. */
export function suggestOwnersByRole(
  snapshot: CatalogueSnapshot,
  subject: OwnerSubject,
  roles: readonly OwnerRole[],
  options: SuggestOptions = {},
): Candidate[][] {
  const facts = subjectFacts(subject);
  const roleFree = roleFreeVotes(snapshot, facts);
  return roles.map((role) =>
    scoreCandidates(rankWith(snapshot, facts, role, roleFree), OWNER_MODEL, options, CONFIDENCE_MODEL),
  );
}

function displayName(snapshot: CatalogueSnapshot, id: string, kind: 'person' | 'team'): string {
  if (kind === 'team') return snapshot.teams.get(id)?.name ?? id;
  return snapshot.people.get(id)?.name ?? id;
}

/**
 * Ties between equally likely candidates are broken by id in plain code-unit order: the same on every machine
 * whatever its locale, and without starting the locale collator (tens of milliseconds of a short CLI call).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
