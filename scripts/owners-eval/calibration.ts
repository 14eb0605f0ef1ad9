// Calibration steps for the owner model, measured held out: `node --import tsx scripts/owners-eval/calibration.ts`.
// For each corpus C, the model is fitted on the other corpora (as `npm run eval:owners` does), and a per-role
// calibration is fitted out-of-sample on the others too: each other corpus D is scored by a model fitted without C
// and D, and the calibration is fitted on those scores. Two steps are tried:
// - temperature: every utility (the candidates' and "none"'s) multiplied by one factor per role, fitted by the
//   likelihood of the right candidates; the order of the candidates does not change;
// - Platt: the best candidate's probability p mapped to sigmoid(a * logit(p) + b) per role, fitted by the
//   likelihood of the best candidate being right.
// It prints, per held-out corpus and role, the ECE before and after each step (and top-1 / top-3 after the
// temperature, whose cut-offs see the new probabilities). Neither step is in the shipped model: see docs/owners.md.
import {
  OWNER_ROLES,
  scoreCandidates,
  utility,
  type OwnerModel,
  type OwnerRole,
  type RoleWeights,
} from '../../src/engine/owners';
import { collectAll } from '../eval-owners';
import { fitModel } from './fit';
import { expectedCalibrationError, scoreCorpus, type CollectedCorpus } from './evaluate';

/** Fits shared between held-out corpora: a model fitted without C and D is the one fitted without D and C. */
const fits = new Map<string, OwnerModel>();
function fitWithout(all: readonly CollectedCorpus[], left: readonly CollectedCorpus[]): OwnerModel {
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
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('calibration.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
