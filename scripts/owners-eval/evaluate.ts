// Leave-one-out over one corpus: every contract that names someone in a role is ranked against a snapshot built
// without its own record (members, the people only it names), with its members hidden from the subject.
import {
  buildSnapshot, CatalogueBuilder, contractMembers, DEFAULT_MIN_SCORE, OWNER_ROLES, roleFromText, suggestOwners,
  type CatalogueSnapshot, type OwnerRole, type OwnerSubject,
} from '../../src/engine/owners';
import { CorpusIndex } from './baselines';
import type { Corpus, CorpusContract } from './corpus';

export interface Ranked {
  /** Candidate ids, best first, before abstention (at least 3 when there are). */
  ids: string[];
  /** The best candidate's score (0 when there is none). */
  topScore: number;
  /** Whether the user is shown a suggestion. */
  answered: boolean;
}

export type Suggester = (snapshot: CatalogueSnapshot, subject: OwnerSubject, role: OwnerRole) => Ranked;

/** The shipped ranker, with its own abstention. */
export const shippedSuggester: Suggester = (snapshot, subject, role) => {
  const c = suggestOwners(snapshot, subject, role, { top: 3, minScore: 0 });
  return { ids: c.map((x) => x.id), topScore: c[0]?.score ?? 0, answered: c.length > 0 && c[0].score >= DEFAULT_MIN_SCORE };
};

export interface Tally {
  cases: number;
  answered: number;
  top1: number;
  top3: number;
}

export const BANDS = [
  { label: '0.9-1.0', min: 0.9 },
  { label: '0.7-0.9', min: 0.7 },
  { label: '0.5-0.7', min: 0.5 },
  { label: '0.25-0.5', min: 0.25 },
  { label: '<0.25', min: -Infinity },
] as const;

export interface RoleResult {
  role: OwnerRole;
  cases: number;
  /** Cases where a right answer owns something else in the corpus (the most any ranker from the corpus can do). */
  ceiling: number;
  suggester: Tally;
  cascade: Tally;
  domainMajority: Tally;
  /** By the suggester's top score (abstentions included): how many, and how often its first candidate was right. */
  reliability: { band: string; count: number; right: number }[];
}

export interface CorpusResult {
  name: string;
  description: string;
  contracts: number;
  roles: RoleResult[];
  seconds: number;
}

/** One held-out case, for fitting: the subject, the snapshot without it, and the right ids. */
export interface HeldOutCase {
  contract: CorpusContract;
  subject: OwnerSubject;
  snapshot: CatalogueSnapshot;
  role: OwnerRole;
  answer: Set<string>;
}

const emptyTally = (): Tally => ({ cases: 0, answered: 0, top1: 0, top3: 0 });

function count(t: Tally, ids: readonly string[], answered: boolean, isRight: (id: string) => boolean): void {
  t.cases++;
  if (!answered || ids.length === 0) return;
  t.answered++;
  if (isRight(ids[0])) t.top1++;
  if (ids.slice(0, 3).some(isRight)) t.top3++;
}

/** What a new contract's author knows: everything but the members. */
export function withoutMembers(value: Record<string, unknown>): Record<string, unknown> {
  const team = value.team as Record<string, unknown> | undefined;
  return { ...value, team: team && !Array.isArray(team) && team.name ? { name: team.name } : undefined };
}

/** Current members in the role (no dateOut) who have not left, as written in the contract. */
export function answerKey(value: unknown, role: OwnerRole, left: ReadonlySet<string>): string[] {
  return contractMembers(value).filter((m) => !m.dateOut && roleFromText(m.role) === role && !left.has(m.username)).map((m) => m.username);
}

/**
 * Walks the corpus one held-out contract at a time; `visit` sees every case with a right answer. The snapshot
 * is built from every source but the held-out contract's own.
 */
export function forEachHeldOut(corpus: Corpus, visit: (c: HeldOutCase, full: CatalogueSnapshot, index: CorpusIndex, left: ReadonlySet<string>) => void): void {
  const full = buildSnapshot(corpus.outputs.values());
  const left = new Set<string>();
  for (const c of corpus.contracts) {
    for (const m of contractMembers(c.value)) if (full.people.get(full.resolve(m.username)?.id ?? '')?.status === 'left') left.add(m.username);
  }
  const index = new CorpusIndex(corpus.contracts, left);
  const builder = new CatalogueBuilder();
  for (const [id, o] of corpus.outputs) builder.setSource(id, o);
  builder.build();
  for (const contract of corpus.contracts) {
    const answers = OWNER_ROLES.map((role) => ({ role, key: answerKey(contract.value, role, left) })).filter((a) => a.key.length > 0);
    if (answers.length === 0) continue;
    // The builder rebuilds only the indexes, or everything when a person named only by this contract must go.
    builder.removeSource(contract.sourceId);
    const snapshot = builder.build();
    builder.setSource(contract.sourceId, corpus.outputs.get(contract.sourceId)!);
    const subject = { path: contract.path, value: withoutMembers(contract.value) };
    for (const { role, key } of answers) {
      const answer = new Set(key.map((u) => full.resolve(u)?.id ?? u));
      visit({ contract, subject, snapshot, role, answer }, full, index, left);
    }
  }
}

export function evaluateCorpus(corpus: Corpus, suggest: Suggester = shippedSuggester): CorpusResult {
  const started = performance.now();
  const results = new Map<OwnerRole, RoleResult>();
  for (const role of OWNER_ROLES) {
    results.set(role, {
      role, cases: 0, ceiling: 0, suggester: emptyTally(), cascade: emptyTally(), domainMajority: emptyTally(),
      reliability: BANDS.map((b) => ({ band: b.label, count: 0, right: 0 })),
    });
  }
  forEachHeldOut(corpus, ({ contract, subject, snapshot, role, answer }, full, index) => {
    const r = results.get(role)!;
    r.cases++;
    // Ids are compared as the full catalogue resolves them (a username, e-mail and directory id of one person agree).
    const isRight = (id: string): boolean => answer.has(full.resolve(id)?.id ?? id);
    const ranked = suggest(snapshot, subject, role);
    count(r.suggester, ranked.ids, ranked.answered, isRight);
    count(r.cascade, index.cascade(contract, role), true, isRight);
    count(r.domainMajority, index.domainMajority(contract, role), true, isRight);
    const band = r.reliability[BANDS.findIndex((b) => ranked.topScore >= b.min)];
    if (ranked.ids.length > 0) {
      band.count++;
      if (isRight(ranked.ids[0])) band.right++;
    }
    const ownsElsewhere = [...answer].some((id) => {
      const who = snapshot.resolve(id);
      return !!who && snapshot.assetsOwnedBy(who.id).some((a) => a.owners.some((o) => o.id === who.id && o.role === role));
    });
    if (ownsElsewhere) r.ceiling++;
  });
  return {
    name: corpus.name,
    description: corpus.description,
    contracts: corpus.contracts.length,
    roles: [...results.values()].filter((r) => r.cases > 0),
    seconds: (performance.now() - started) / 1000,
  };
}
