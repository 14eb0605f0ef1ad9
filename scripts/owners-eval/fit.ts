// Fits the owner model (a logistic regression over the evidence channels) on the evaluation corpora.
// `node --import tsx scripts/owners-eval/fit.ts` fits on every corpus and prints the weights for
// src/engine/owners/owner-model.ts; the evaluation fits once per corpus without it (leave-one-corpus-out).
import { FEATURES, modelFeatures, OWNER_ROLES, type OwnerModel } from '../../src/engine/owners';
import type { CollectedCorpus } from './evaluate';

/** A light L2 penalty on the slopes. */
const LAMBDA = 0.1;
const INTERCEPTS = 3;

/**
 * Newton's method (IRLS) on every candidate of every case: y = 1 when the candidate is right. Intercepts are
 * barely penalised; a role with no cases takes the Data Owner intercept.
 */
export function fitModel(corpora: readonly CollectedCorpus[]): OwnerModel {
  const d = FEATURES.length;
  const xs: number[][] = [];
  const ys: number[] = [];
  const seen = new Set<number>();
  for (const c of corpora) {
    for (const row of c.rows) {
      if (row.candidates.length === 0) continue;
      const features = modelFeatures(row.candidates.map((c) => c.raw), row.role);
      features.forEach((x, i) => {
        xs.push(x);
        ys.push(row.right[i] ? 1 : 0);
      });
      seen.add(OWNER_ROLES.indexOf(row.role));
    }
  }
  const w = new Array<number>(d).fill(0);
  for (let r = 0; r < INTERCEPTS; r++) w[r] = -2;
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let n = 0; n < xs.length; n++) {
      const x = xs[n];
      let z = 0;
      for (let i = 0; i < d; i++) z += x[i] * w[i];
      const p = 1 / (1 + Math.exp(-z));
      const e = p - ys[n];
      const v = p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        g[i] += e * x[i];
        for (let j = 0; j < d; j++) if (x[j] !== 0) h[i][j] += v * x[i] * x[j];
      }
    }
    for (let i = 0; i < d; i++) {
      const lambda = i < INTERCEPTS ? 0.01 : LAMBDA;
      g[i] += lambda * w[i];
      h[i][i] += lambda;
    }
    const step = solve(h, g);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-6) break;
  }
  for (let r = 1; r < INTERCEPTS; r++) if (!seen.has(r)) w[r] = w[0];
  // Score and lead may only raise the probability, so the model never reorders the ranking.
  for (let i = INTERCEPTS; i < d; i++) w[i] = Math.max(0, w[i]);
  return { weights: w.map((x) => Math.round(x * 1000) / 1000), fittedOn: corpora.map((c) => c.name) };
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[r][k] -= f * m[col][k];
    }
  }
  return m.map((row, i) => row[n] / (m[i][i] || 1e-12));
}

async function main(): Promise<void> {
  const { collectAll } = await import('../eval-owners');
  const corpora = await collectAll();
  const model = fitModel(corpora);
  const lines = [`  weights: [${model.weights.join(', ')}],`, `  fittedOn: [${model.fittedOn.map((n) => `'${n}'`).join(', ')}],`];
  process.stdout.write(`${FEATURES.map((f, i) => `// ${f.padEnd(42)} ${model.weights[i]}`).join('\n')}\n${lines.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('fit.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
