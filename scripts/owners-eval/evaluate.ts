// Leave-one-out over one corpus: every contract that names someone in a role is ranked against a snapshot built
// without its own record (members, the people only it names), with its members hidden from the subject.
import {
  buildSnapshot,
  CatalogueBuilder,
  contractMembers,
  OWNER_MODEL,
  OWNER_ROLES,
  rankCandidates,
  roleFromText,
  scoreCandidates,
  type CatalogueSnapshot,
  type ConfidenceModel,
  type RankedCandidate,
  type OwnerModel,
  type OwnerRole,
  type OwnerSubject,
} from '../../src/engine/owners';
import { CorpusIndex } from './baselines';
import type { Corpus, CorpusContract } from './corpus';

/** Whether each candidate (and each baseline's pick) names a right answer, and whether one owns something else. */
export interface Judged {
  right: boolean[];
  cascade: boolean[];
  domainMajority: boolean[];
  /** A right answer owns something else in the corpus. */
  ceiling: boolean;
}

/**
 * One held-out case as the model sees it: every eligible candidate's features and whether it is right. The
 * evaluation counts a candidate right when it is the same person as an answer (see `personKey`); `written` counts
 * only the ids the answer key writes, and is what the owner model is fitted on, so that the scoring changes no weight.
 */
export interface CaseRow extends Judged {
  role: OwnerRole;
  candidates: RankedCandidate[];
  written: Judged;
}

/** How a held-out case is judged: `person` (the evaluation's figures) or `written` (ids exactly as written). */
export type AnswerKey = 'person' | 'written';

/**
 * The letters of an id, for comparing people: lower case, accents taken off, everything but letters removed
 * (`Eddie Davison`, `eddie.davison` and `eddiedavison92` all give `eddiedavison`).
 */
export function personKey(id: string): string {
  return id
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

const digitsOf = (id: string): string => id.replace(/[^0-9]/g, '');

/**
 * Whether the evaluation counts two resolved ids as one person: the same id, or the same letters (`personKey`, at
 * least one) and either the same digits or none in one of them. `eddiedavison92` is `eddie davison`, but `jsmith1`
 * is not `jsmith2`.
 */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const key = personKey(a);
  if (key === '' || key !== personKey(b)) return false;
  const da = digitsOf(a);
  const db = digitsOf(b);
  return da === db || da === '' || db === '';
}

export interface CollectedCorpus {
  name: string;
  description: string;
  contracts: number;
  rows: CaseRow[];
  seconds: number;
}

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
  /**
   * Expected calibration error of the top score (abstentions included): over ten equal-width bins, the gap between
   * the mean score and the share right, weighted by the bin's cases. 0 is perfectly calibrated.
   */
  ece: number;
  /**
   * When scored with a confidence model, the same two figures for the owner model's own probability (before the
   * confidence model), beside `reliability` and `ece`, which are then the probability as shown.
   */
  ownerModelAlone?: { suggester: Tally; reliability: { band: string; count: number; right: number }[]; ece: number };
}

/** Expected calibration error over ten equal-width bins of `score`. */
export function expectedCalibrationError(points: readonly { score: number; right: boolean }[]): number {
  if (points.length === 0) return 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, score: 0, right: 0 }));
  for (const p of points) {
    const b = bins[Math.min(9, Math.floor(p.score * 10))];
    b.n++;
    b.score += p.score;
    if (p.right) b.right++;
  }
  return bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : Math.abs(b.score - b.right) / points.length), 0);
}

export interface CorpusResult {
  name: string;
  description: string;
  contracts: number;
  roles: RoleResult[];
  seconds: number;
  /** Which corpora the model that scored this corpus was fitted on. */
  fittedOn?: readonly string[];
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

/** `right`: whether each offered candidate, best first, is right (empty when nothing is offered). */
function count(t: Tally, right: readonly boolean[], answered: boolean): void {
  t.cases++;
  if (!answered || right.length === 0) return;
  t.answered++;
  if (right[0]) t.top1++;
  if (right.slice(0, 3).some((x) => x)) t.top3++;
}

/** What a new contract's author knows: everything but the members. */
export function withoutMembers(value: Record<string, unknown>): Record<string, unknown> {
  const team = value.team as Record<string, unknown> | undefined;
  return { ...value, team: team && !Array.isArray(team) && team.name ? { name: team.name } : undefined };
}

/** Current members in the role (no dateOut) who have not left, as written in the contract. */
export function answerKey(value: unknown, role: OwnerRole, left: ReadonlySet<string>): string[] {
  return contractMembers(value)
    .filter((m) => !m.dateOut && roleFromText(m.role) === role && !left.has(m.username))
    .map((m) => m.username);
}

/**
 * Walks the corpus one held-out contract at a time; `visit` sees every case with a right answer. The snapshot
 * is built from every source but the held-out contract's own.
 */
export function forEachHeldOut(
  corpus: Corpus,
  visit: (c: HeldOutCase, full: CatalogueSnapshot, index: CorpusIndex, left: ReadonlySet<string>) => void,
): void {
  const full = buildSnapshot(corpus.outputs.values());
  const left = new Set<string>();
  for (const c of corpus.contracts) {
    for (const m of contractMembers(c.value))
      if (full.people.get(full.resolve(m.username)?.id ?? '')?.status === 'left') left.add(m.username);
  }
  const index = new CorpusIndex(corpus.contracts, left);
  const builder = new CatalogueBuilder();
  for (const [id, o] of corpus.outputs) builder.setSource(id, o);
  builder.build();
  for (const contract of corpus.contracts) {
    const answers = OWNER_ROLES.map((role) => ({ role, key: answerKey(contract.value, role, left) })).filter(
      (a) => a.key.length > 0,
    );
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

/** Pass one: every held-out case's candidates, features and baselines (no model needed). */
export function collectCorpus(corpus: Corpus): CollectedCorpus {
  const started = performance.now();
  const rows: CaseRow[] = [];
  forEachHeldOut(corpus, ({ contract, subject, snapshot, role, answer }, full, index) => {
    // Ids are compared as the full catalogue resolves them (a username, e-mail and directory id of one person agree).
    const resolved = (id: string): string => full.resolve(id)?.id ?? id;
    const isWritten = (id: string): boolean => answer.has(resolved(id));
    const isPerson = (id: string): boolean => [...answer].some((a) => samePerson(a, resolved(id)));
    const candidates = rankCandidates(snapshot, subject, role);
    const cascade = index.cascade(contract, role);
    const domainMajority = index.domainMajority(contract, role);
    const holdsRole = (id: string): boolean =>
      snapshot.assetsOwnedBy(id).some((a) => a.owners.some((o) => o.id === id && o.role === role));
    const writtenCeiling = [...answer].some((id) => {
      const who = snapshot.resolve(id);
      return !!who && holdsRole(who.id);
    });
    const judge = (isRight: (id: string) => boolean, ceiling: boolean): Judged => ({
      right: candidates.map((c) => isRight(c.id)),
      cascade: cascade.map(isRight),
      domainMajority: domainMajority.map(isRight),
      ceiling,
    });
    // Anyone in the catalogue who is the same person as an answer may hold the role elsewhere.
    const personCeiling =
      writtenCeiling ||
      [...snapshot.people.keys(), ...snapshot.teams.keys()].some((id) => isPerson(id) && holdsRole(id));
    rows.push({ role, candidates, ...judge(isPerson, personCeiling), written: judge(isWritten, writtenCeiling) });
  });
  return {
    name: corpus.name,
    description: corpus.description,
    contracts: corpus.contracts.length,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Pass two: the suggester with a given model (the shipped one, or one fitted without this corpus), judged by `key`,
 * and with a confidence model when given (it changes the shown probability of the best candidate, not the order).
 */
export function scoreCorpus(
  collected: CollectedCorpus,
  model: OwnerModel = OWNER_MODEL,
  key: AnswerKey = 'person',
  confidence?: ConfidenceModel,
): CorpusResult {
  const results = new Map<OwnerRole, RoleResult>();
  for (const role of OWNER_ROLES) {
    results.set(role, {
      role,
      cases: 0,
      ceiling: 0,
      suggester: emptyTally(),
      cascade: emptyTally(),
      domainMajority: emptyTally(),
      reliability: BANDS.map((b) => ({ band: b.label, count: 0, right: 0 })),
      ece: 0,
    });
  }
  const points = new Map<OwnerRole, { score: number; right: boolean }[]>(OWNER_ROLES.map((role) => [role, []]));
  for (const caseRow of collected.rows) {
    const row = { ...caseRow, ...(key === 'written' ? caseRow.written : {}) };
    const r = results.get(row.role)!;
    r.cases++;
    if (row.ceiling) r.ceiling++;
    const rightById = new Map(row.candidates.map((c, i) => [c.id, row.right[i]]));
    const shown = scoreCandidates(row.candidates, model, { top: 3 }, confidence);
    count(
      r.suggester,
      shown.map((c) => rightById.get(c.id) ?? false),
      true,
    );
    count(r.cascade, row.cascade, true);
    count(r.domainMajority, row.domainMajority, true);
    // Reliability counts abstentions too: the best candidate's probability, whether or not it is shown.
    const best = scoreCandidates(row.candidates, model, { top: 1, minScore: 0 }, confidence)[0];
    if (best) {
      const band = r.reliability[BANDS.findIndex((b) => best.score >= b.min)];
      band.count++;
      if (rightById.get(best.id)) band.right++;
      points.get(row.role)!.push({ score: best.score, right: rightById.get(best.id) ?? false });
    }
  }
  for (const r of results.values()) r.ece = expectedCalibrationError(points.get(r.role)!);
  return {
    name: collected.name,
    description: collected.description,
    contracts: collected.contracts,
    roles: [...results.values()].filter((r) => r.cases > 0),
    seconds: collected.seconds,
  };
}
