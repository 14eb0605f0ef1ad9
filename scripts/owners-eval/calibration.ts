// Calibration steps for the owner model, measured held out: `node --import tsx scripts/owners-eval/calibration.ts`.
// For each corpus C, the model is fitted on the other corpora (as `npm run eval:owners` does), and a per-role
// calibration is fitted out-of-sample on the others too: each other corpus D is scored by a model fitted without C
// and D, and the calibration is fitted on those scores. Two steps are tried:
// - temperature: every utility (the candidates' and "none"'s) multiplied by one factor per role, fitted by the
//   likelihood of the right candidates; the order of the candidates does not change;
// - Platt: the best candidate's probability p mapped to sigmoid(a * logit(p) + b) per role, fitted by the
//   likelihood of the best candidate being right.
// - a confidence model: a second stage that predicts whether the best candidate is right from the model's own
//   probability for it and from what could make that probability wrong (how many candidates have evidence, how
//   close the runner-up is, how many channels support the best one, whether the catalogue knows it, the role).
// It prints, per held-out corpus and role, the ECE before and after each step (and top-1 / top-3 after the
// temperature, whose cut-offs see the new probabilities), then the confidence models' ECE and reliability, and the
// confidence model fitted on every corpus. That one ("candidates and role") ships in src/engine/owners/confidence.ts
// (`--write` writes it there); the temperature and Platt steps do not: see docs/owners.md. Cases are judged as the
// evaluation judges them (one person written two ways is one person).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  FEATURES,
  MAINTAINER_ONLY_BAR,
  OWNER_ROLES,
  probabilities,
  scoreCandidates,
  utility,
  type OwnerModel,
  type OwnerRole,
  type RoleWeights,
  type ConfidenceModel,
  DEFAULT_MIN_PROBABILITY,
} from '../../src/engine/owners';
import { collectAll } from '../eval-owners';
import { fitModel } from './fit';
import { BANDS, expectedCalibrationError, scoreCorpus, type CollectedCorpus } from './evaluate';

/** Fits shared between held-out corpora: a model fitted without C and D is the one fitted without D and C. */
const fits = new Map<string, OwnerModel>();
export function fitWithout(all: readonly CollectedCorpus[], left: readonly CollectedCorpus[]): OwnerModel {
  const kept = all.filter((c) => !left.includes(c));
  const key = kept.map((c) => c.name).join('+');
  let model = fits.get(key);
  if (!model) fits.set(key, (model = fitModel(kept)));
  return model;
}

interface Utilities {
  role: OwnerRole;
  candidates: number[];
  none: number;
  right: boolean[];
}

function utilitiesOf(c: CollectedCorpus, model: OwnerModel): Utilities[] {
  return c.rows.map((row) => ({
    role: row.role,
    candidates: row.candidates.map((x) => utility(x.features, model.roles[row.role].weights)),
    none: model.roles[row.role].none,
    right: row.right,
  }));
}

/** The temperature factor that maximises the likelihood of the right candidates (Newton's method, one parameter). */
export function fitTemperature(cases: readonly Utilities[]): number {
  if (cases.length === 0) return 1;
  let a = 1;
  for (let iter = 0; iter < 50; iter++) {
    let g = 0;
    let h = 0;
    for (const c of cases) {
      const xs = [c.none, ...c.candidates];
      const isRight = [false, ...c.right];
      const anyRight = isRight.some((r) => r);
      const top = Math.max(...xs.map((x) => a * x));
      const es = xs.map((x) => Math.exp(a * x - top));
      const total = es.reduce((s, e) => s + e, 0);
      // The right outcomes: the right candidates, or "none" when no candidate is right.
      const qs = es.map((e, i) => (anyRight ? (isRight[i] ? e : 0) : i === 0 ? e : 0));
      const qTotal = qs.reduce((s, e) => s + e, 0);
      let mp = 0;
      let mq = 0;
      xs.forEach((x, i) => {
        mp += (es[i] / total) * x;
        mq += (qs[i] / qTotal) * x;
      });
      let vp = 0;
      let vq = 0;
      xs.forEach((x, i) => {
        vp += (es[i] / total) * (x - mp) ** 2;
        vq += (qs[i] / qTotal) * (x - mq) ** 2;
      });
      g += mp - mq;
      h += vp - vq;
    }
    const step = h > 1e-9 ? g / h : 0.1 * g;
    a = Math.max(0.05, a - step);
    if (Math.abs(step) < 1e-7) break;
  }
  return a;
}

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const clamp = (p: number): number => Math.min(0.999, Math.max(0.001, p));

/** Platt scaling of the best candidate's probability: logistic regression on its logit (Newton's method). */
export function fitPlatt(points: readonly { score: number; right: boolean }[]): [number, number] {
  if (points.length === 0) return [1, 0];
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (const p of points) {
      const x = logit(clamp(p.score));
      const q = sigmoid(a * x + b);
      const d = q - (p.right ? 1 : 0);
      const w = q * (1 - q);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return [a, b];
}

function tempered(model: OwnerModel, factor: Record<OwnerRole, number>): OwnerModel {
  const roles = {} as Record<OwnerRole, RoleWeights>;
  for (const role of OWNER_ROLES)
    roles[role] = {
      weights: model.roles[role].weights.map((w) => w * factor[role]),
      none: model.roles[role].none * factor[role],
    };
  return { roles, fittedOn: model.fittedOn };
}

/** The best candidate's probability (abstentions included) and whether it is right, as the evaluation counts it. */
function bestScores(c: CollectedCorpus, model: OwnerModel): { role: OwnerRole; score: number; right: boolean }[] {
  return c.rows.flatMap((row) => {
    const best = scoreCandidates(row.candidates, model, { top: 1, minScore: 0 })[0];
    if (!best) return [];
    return [{ role: row.role, score: best.score, right: row.right[row.candidates.findIndex((x) => x.id === best.id)] }];
  });
}

async function main(): Promise<void> {
  const all = await collectAll();
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
  const lines = [
    '| corpus, role | ECE | temperature (factor) | ECE, top-1 / top-3 after it | Platt (a, b) | ECE after it |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of all) {
    const model = fitWithout(all, [c]);
    const others = all.filter((o) => o !== c);
    const inner = others.map((d) => ({ d, model: fitWithout(all, [c, d]) }));
    const utilities = inner.flatMap(({ d, model: m }) => utilitiesOf(d, m));
    const innerBest = inner.flatMap(({ d, model: m }) => bestScores(d, m));
    const factor = {} as Record<OwnerRole, number>;
    for (const role of OWNER_ROLES) factor[role] = fitTemperature(utilities.filter((u) => u.role === role));
    const before = scoreCorpus(c, model);
    const after = scoreCorpus(c, tempered(model, factor));
    const best = bestScores(c, model);
    for (const r of before.roles) {
      const t = after.roles.find((x) => x.role === r.role)!;
      const [a, b] = fitPlatt(innerBest.filter((p) => p.role === r.role));
      const platt = best
        .filter((p) => p.role === r.role)
        .map((p) => ({ score: Math.round(sigmoid(a * logit(clamp(p.score)) + b) * 100) / 100, right: p.right }));
      lines.push(
        `| ${c.name}, ${r.role} | ${r.ece.toFixed(3)} | ${factor[r.role].toFixed(2)} | ${t.ece.toFixed(3)}, ${pct(t.suggester.top1, t.cases)} / ${pct(t.suggester.top3, t.cases)} | ${a.toFixed(2)}, ${b.toFixed(2)} | ${expectedCalibrationError(platt).toFixed(3)} |`,
      );
    }
  }
  lines.push('', ...confidenceTables(all));
  const shipped = fitShippedConfidence(all);
  lines.push('', 'The confidence model fitted on every corpus (what ships):', confidenceSource(shipped));
  if (process.argv.includes('--write')) {
    writeConfidence(shipped);
    lines.push(`wrote ${CONFIDENCE_FILE}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** What the confidence model sees of one held-out case, and whether the best candidate is right. */
export interface ConfidenceCase {
  corpus: string;
  role: OwnerRole;
  /** The model's probability of the best candidate, and of the runner-up (0 when there is none). */
  p1: number;
  p2: number;
  /** Candidates with evidence (before the model). */
  candidates: number;
  /** Evidence channels that support the best candidate. */
  channels: number;
  /** The best candidate is a git e-mail no directory or contract names. */
  unknown: boolean;
  /** The best candidate is the same person as an answer (the evaluation's scoring, see `personKey`). */
  right: boolean;
  /** The best candidate is an answer exactly as the answer key writes it. */
  rightAsWritten: boolean;
}

const CHANNEL_FEATURES = FEATURES.indexOf('holds the role elsewhere');
const UNKNOWN_FEATURE = FEATURES.indexOf('not in the catalogue');

/** The best candidate of each case as suggestOwners orders them, with what the confidence model sees. */
export function confidenceCases(c: CollectedCorpus, model: OwnerModel): ConfidenceCase[] {
  return c.rows.flatMap((row): ConfidenceCase[] => {
    if (row.candidates.length === 0) return [];
    const ps = probabilities(
      row.candidates.map((x) => x.features),
      row.role,
      model,
    );
    const order = row.candidates
      .map((x, i) => ({ x, p: ps[i], right: row.right[i], written: row.written.right[i] }))
      .filter((s) => s.x.accountable || row.role === 'Data Custodian' || s.p >= MAINTAINER_ONLY_BAR)
      .sort((a, b) => b.p - a.p || b.x.raw - a.x.raw || (a.x.id < b.x.id ? -1 : a.x.id > b.x.id ? 1 : 0));
    const [best, next] = order;
    if (!best) return [];
    return [
      {
        corpus: c.name,
        role: row.role,
        p1: best.p,
        p2: next?.p ?? 0,
        candidates: row.candidates.length,
        channels: best.x.features.filter(([k, v]) => k < CHANNEL_FEATURES && v > 0).length,
        unknown: best.x.features.some(([k]) => k === UNKNOWN_FEATURE),
        right: best.right,
        rightAsWritten: best.written,
      },
    ];
  });
}

const custodian = (x: ConfidenceCase): number => (x.role === 'Data Custodian' ? 1 : 0);

/**
 * The confidence models compared: each adds these inputs, with fitted weights, to logit(p1) (whose weight is
 * fixed at 1, so with every weight 0 the probability is unchanged). There is no intercept: a shift every corpus
 * shares is what the tried calibrations got wrong; the custodian input is the role's own shift.
 */
export const CONFIDENCE_INPUTS: readonly { name: string; inputs: (x: ConfidenceCase) => number[] }[] = [
  {
    name: 'all inputs',
    inputs: (x) => [x.p1 - x.p2, Math.log(x.candidates), x.channels, x.unknown ? 1 : 0, custodian(x)],
  },
  {
    name: 'without the channel count',
    inputs: (x) => [x.p1 - x.p2, Math.log(x.candidates), x.unknown ? 1 : 0, custodian(x)],
  },
  {
    name: 'candidates and role',
    inputs: (x) => [Math.log(x.candidates), custodian(x), custodian(x) * Math.log(x.candidates)],
  },
];

/** L2 penalty on the confidence model's weights (towards "no correction"). */
const CONFIDENCE_LAMBDA = 10;

/**
 * Logistic regression of "the best candidate is right" on the inputs, with logit(p1) as a fixed offset, by Newton's
 * method under an L2 penalty. Each corpus weighs the same in total, so the largest does not decide alone.
 */
export function fitConfidence(
  cases: readonly ConfidenceCase[],
  inputs: (x: ConfidenceCase) => number[],
  right: (x: ConfidenceCase) => boolean = (x) => x.right,
): number[] {
  if (cases.length === 0) return [];
  const perCorpus = new Map<string, number>();
  for (const x of cases) perCorpus.set(x.corpus, (perCorpus.get(x.corpus) ?? 0) + 1);
  const weight = (x: ConfidenceCase): number => cases.length / perCorpus.size / perCorpus.get(x.corpus)!;
  const xs = cases.map(inputs);
  const k = xs[0].length;
  const beta = new Array<number>(k).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = beta.map((b) => CONFIDENCE_LAMBDA * b);
    const h = beta.map((_, i) => beta.map((__, j) => (i === j ? CONFIDENCE_LAMBDA : 0)));
    cases.forEach((x, n) => {
      const q = sigmoid(logit(clamp(x.p1)) + xs[n].reduce((s, v, i) => s + v * beta[i], 0));
      const w = weight(x);
      const d = (q - (right(x) ? 1 : 0)) * w;
      for (let i = 0; i < k; i++) {
        g[i] += d * xs[n][i];
        for (let j = 0; j < k; j++) h[i][j] += q * (1 - q) * w * xs[n][i] * xs[n][j];
      }
    });
    const step = solve(h, g);
    for (let i = 0; i < k; i++) beta[i] -= step[i];
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return beta;
}

/** The confidence model's probability for one case. */
export function confidence(
  x: ConfidenceCase,
  inputs: (x: ConfidenceCase) => number[],
  beta: readonly number[],
): number {
  return sigmoid(logit(clamp(x.p1)) + inputs(x).reduce((s, v, i) => s + v * beta[i], 0));
}

/** The inputs of the shipped confidence model. */
export const SHIPPED_INPUTS = CONFIDENCE_INPUTS.find((v) => v.name === 'candidates and role')!;

/** The engine's confidence model from the fitted weights of `SHIPPED_INPUTS` (three decimals). */
export function confidenceModelFrom(beta: readonly number[], fittedOn: readonly string[]): ConfidenceModel {
  const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;
  const [perLog, custodianShift, custodianPerLog] = beta;
  return {
    roles: {
      'Data Owner': { logCandidates: round(perLog), shift: 0 },
      'Data Steward': { logCandidates: round(perLog), shift: 0 },
      'Data Custodian': { logCandidates: round(perLog + custodianPerLog), shift: round(custodianShift) },
    },
    fittedOn,
  };
}

/**
 * What ships: the confidence model fitted on every corpus, each corpus's cases as scored by the owner model fitted
 * without it (the scores `npm run eval:owners` reports).
 */
export function fitShippedConfidence(
  all: readonly CollectedCorpus[],
  without: (left: readonly CollectedCorpus[]) => OwnerModel = (left) => fitWithout(all, left),
): ConfidenceModel {
  const cases = all.flatMap((c) => confidenceCases(c, without([c])));
  return confidenceModelFrom(
    fitConfidence(cases, SHIPPED_INPUTS.inputs),
    all.map((c) => c.name),
  );
}

/** The confidence model as TypeScript source, for confidence.ts. */
export function confidenceSource(model: ConfidenceModel): string {
  const lines = ['export const CONFIDENCE_MODEL: ConfidenceModel = {', '  roles: {'];
  for (const role of OWNER_ROLES) {
    const { logCandidates, shift } = model.roles[role];
    lines.push(`    '${role}': { logCandidates: ${logCandidates}, shift: ${shift} },`);
  }
  lines.push('  },', `  fittedOn: [${model.fittedOn.map((c) => `'${c}'`).join(', ')}],`, '};');
  return `${lines.join('\n')}\n`;
}

const CONFIDENCE_FILE = 'src/engine/owners/confidence.ts';

function writeConfidence(model: ConfidenceModel): void {
  const text = readFileSync(CONFIDENCE_FILE, 'utf8');
  const start = text.indexOf('export const CONFIDENCE_MODEL: ConfidenceModel = {');
  const end = text.indexOf('\n};\n', start);
  if (start < 0 || end < 0) throw new Error(`${CONFIDENCE_FILE}: CONFIDENCE_MODEL not found`);
  writeFileSync(CONFIDENCE_FILE, text.slice(0, start) + confidenceSource(model) + text.slice(end + 4));
}

/** Solves a small symmetric positive definite system (Gaussian elimination with partial pivoting). */
function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(m[r][i]) > Math.abs(m[p][i])) p = r;
    [m[i], m[p]] = [m[p], m[i]];
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const f = m[r][i] / m[i][i];
      for (let c = i; c <= n; c++) m[r][c] -= f * m[i][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

const round2 = (p: number): number => Math.round(p * 100) / 100;

/** Reliability bands as the evaluation reports them: cases and share right. */
function reliabilityCells(points: readonly { score: number; right: boolean }[]): string[] {
  return BANDS.map((band, i) => {
    const upper = i === 0 ? Infinity : BANDS[i - 1].min;
    const inBand = points.filter((p) => p.score >= band.min && p.score < upper);
    const right = inBand.filter((p) => p.right).length;
    return inBand.length === 0 ? '–' : `${inBand.length}: ${((100 * right) / inBand.length).toFixed(1)}%`;
  });
}

/**
 * The other corpora's cases, for a confidence model held out from `c`: each corpus D scored by the owner model
 * fitted without C and D, so that no case is scored by a model that saw it.
 */
export function innerConfidenceCases(
  all: readonly CollectedCorpus[],
  c: CollectedCorpus,
  without: (left: readonly CollectedCorpus[]) => OwnerModel = (left) => fitWithout(all, left),
): ConfidenceCase[] {
  return all.filter((d) => d !== c).flatMap((d) => confidenceCases(d, without([c, d])));
}

/**
 * The engine's confidence model held out from `c`: the shipped inputs fitted on `innerConfidenceCases`. With the
 * owner model fitted without `c`, it gives the probability suggestOwners would show for `c`'s cases.
 */
export function heldOutConfidenceModel(
  all: readonly CollectedCorpus[],
  c: CollectedCorpus,
  without: (left: readonly CollectedCorpus[]) => OwnerModel = (left) => fitWithout(all, left),
  inner: readonly ConfidenceCase[] = innerConfidenceCases(all, c, without),
): ConfidenceModel {
  return confidenceModelFrom(
    fitConfidence(inner, SHIPPED_INPUTS.inputs),
    all.filter((d) => d !== c).map((d) => d.name),
  );
}

/**
 * The confidence models held out: for each corpus, fitted on the other corpora's cases as scored by models fitted
 * without them and without the held-out one (the same out-of-sample scores the temperature and Platt steps use).
 */
export function confidenceTables(
  all: readonly CollectedCorpus[],
  without: (left: readonly CollectedCorpus[]) => OwnerModel = (left) => fitWithout(all, left),
): string[] {
  const ece = (
    cases: readonly ConfidenceCase[],
    score: (x: ConfidenceCase) => number,
    right: (x: ConfidenceCase) => boolean = (x) => x.right,
  ): string => expectedCalibrationError(cases.map((x) => ({ score: round2(score(x)), right: right(x) }))).toFixed(3);
  // The shipped inputs, last of CONFIDENCE_INPUTS: their column is the one shown.
  const last = SHIPPED_INPUTS;
  const eceTable = [
    `| corpus, role | ECE now | ${CONFIDENCE_INPUTS.map((v) => `ECE, ${v.name}`).join(' | ')} | ECE as shown (${last.name}) | abstentions now / as shown | top 3 not as now | ids as written: ECE now / with ${last.name} |`,
    `|---|---|${CONFIDENCE_INPUTS.map(() => '---|').join('')}---|---|---|---|`,
  ];
  const reliabilityTable = [
    `| corpus, role | | ${BANDS.map((b) => b.label).join(' | ')} |`,
    `|---|---|${BANDS.map(() => '---|').join('')}`,
  ];
  const weights: string[] = [];
  for (const c of all) {
    const test = confidenceCases(c, without([c]));
    const inner = innerConfidenceCases(all, c, without);
    const betas = CONFIDENCE_INPUTS.map((v) => fitConfidence(inner, v.inputs));
    const lastBeta = betas[betas.length - 1];
    const asWritten = fitConfidence(inner, last.inputs, (x) => x.rightAsWritten);
    weights.push(`${c.name} held out, ${last.name}: ${lastBeta.map((b) => b.toFixed(2)).join(', ')}`);
    // As suggestOwners shows it: the engine's scoring with the confidence model fitted without this corpus.
    const ownerModel = without([c]);
    const engineModel = heldOutConfidenceModel(all, c, without, inner);
    for (const role of OWNER_ROLES) {
      const cases = test.filter((x) => x.role === role);
      if (cases.length === 0) continue;
      const rows = c.rows.filter((row) => row.role === role);
      let reordered = 0;
      let abstainShown = 0;
      const shownPoints: { score: number; right: boolean }[] = [];
      for (const row of rows) {
        const now = scoreCandidates(row.candidates, ownerModel, { top: 3 });
        const shown = scoreCandidates(row.candidates, ownerModel, { top: 3 }, engineModel);
        if (now.map((x) => x.id).join('\n') !== shown.map((x) => x.id).join('\n')) reordered++;
        if (shown.length === 0) abstainShown++;
        const best = scoreCandidates(row.candidates, ownerModel, { top: 1, minScore: 0 }, engineModel)[0];
        if (best)
          shownPoints.push({ score: best.score, right: row.right[row.candidates.findIndex((x) => x.id === best.id)] });
      }
      const abstain = (score: (x: ConfidenceCase) => number): number =>
        cases.filter((x) => round2(score(x)) < DEFAULT_MIN_PROBABILITY).length;
      eceTable.push(
        `| ${c.name}, ${role} | ${ece(cases, (x) => x.p1)} | ${betas.map((b, i) => ece(cases, (x) => confidence(x, CONFIDENCE_INPUTS[i].inputs, b))).join(' | ')} | ${expectedCalibrationError(shownPoints).toFixed(3)} | ${abstain((x) => x.p1)} / ${abstainShown} | ${reordered} | ${ece(
          cases,
          (x) => x.p1,
          (x) => x.rightAsWritten,
        )} / ${ece(
          cases,
          (x) => confidence(x, last.inputs, asWritten),
          (x) => x.rightAsWritten,
        )} |`,
      );
      reliabilityTable.push(
        `| ${c.name}, ${role} | now | ${reliabilityCells(cases.map((x) => ({ score: round2(x.p1), right: x.right }))).join(' | ')} |`,
        `| | as shown | ${reliabilityCells(shownPoints).join(' | ')} |`,
      );
    }
  }
  return [
    'Confidence models, held out:',
    ...eceTable,
    '',
    `Reliability now and as shown with the confidence model (${last.name}):`,
    ...reliabilityTable,
    '',
    `Weights of the confidence model (${last.name}: ${'log(candidates), custodian, custodian × log(candidates)'}):`,
    ...weights,
  ];
}

if (process.argv[1]?.endsWith('calibration.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
