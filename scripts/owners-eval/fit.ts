// Fits the owner model on the evaluation corpora: a conditional logit per role over the evidence channels.
// `npm run fit:owners` fits on every corpus and prints the weights for src/engine/owners/owner-model.ts
// (`-- --write` writes them there); the evaluation fits once per corpus without it (leave-one-corpus-out).
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURES, OWNER_ROLES, type OwnerModel, type OwnerRole, type RoleWeights } from '../../src/engine/owners';
import type { CollectedCorpus } from './evaluate';

/** L2 penalty on the weights every role shares, and on each role's difference from them. */
const LAMBDA = 0.002;
const LAMBDA_ROLE = 0.01;
/** "None of them" is barely penalised. */
const LAMBDA_NONE = 0.0001;
const ITERATIONS = 1500;
const STEP = 0.5;
const MOMENTUM = 0.9;

/**
 * Plain gradient descent (with Nesterov momentum) on the mean negative log-likelihood of the conditional logit: in
 * each held-out case the candidates and "none of them" share probability 1, and the likelihood is the probability
 * of the right candidates (or of "none" when no candidate is right), right as the answer key writes them (the
 * evaluation's same-person scoring changes no weight). Each role's weights are the shared weights
 * plus a difference, both under an L2 penalty, so a role with few cases leans on the others. Deterministic.
 */
export function fitModel(corpora: readonly CollectedCorpus[]): OwnerModel {
  const K = FEATURES.length;
  const R = OWNER_ROLES.length;
  // Flat arrays: case c has candidates caseStart[c]..caseStart[c+1]; candidate j has features featStart[j]..featStart[j+1].
  const caseRole: number[] = [];
  const caseStart: number[] = [0];
  const featStart: number[] = [0];
  const featIndex: number[] = [];
  const featValue: number[] = [];
  const right: boolean[] = [];
  const seen = new Set<number>();
  for (const c of corpora) {
    for (const row of c.rows) {
      const role = OWNER_ROLES.indexOf(row.role);
      caseRole.push(role);
      seen.add(role);
      row.candidates.forEach((cand, i) => {
        for (const [k, v] of cand.features) {
          featIndex.push(k);
          featValue.push(v);
        }
        featStart.push(featIndex.length);
        right.push(row.written.right[i]);
      });
      caseStart.push(right.length);
    }
  }
  const cases = caseRole.length;
  // Typed copies for the inner loops (the same numbers, so the same fit).
  const fIndex = Int32Array.from(featIndex);
  const fValue = Float64Array.from(featValue);
  const fStart = Int32Array.from(featStart);
  // Parameters: the shared weights, then per role its difference from them and its "none".
  const P = K + R * (K + 1);
  const roleAt = (r: number): number => K + r * (K + 1);
  const theta = new Float64Array(P);
  const velocity = new Float64Array(P);
  const ahead = new Float64Array(P);
  const g = new Float64Array(P);
  const w = new Float64Array(R * K);
  const u = new Float64Array(right.length);
  const n = Math.max(1, cases);
  const gradient = (t: Float64Array): void => {
    g.fill(0);
    for (let r = 0; r < R; r++) for (let k = 0; k < K; k++) w[r * K + k] = t[k] + t[roleAt(r) + k];
    for (let c = 0; c < cases; c++) {
      const r = caseRole[c];
      const none = t[roleAt(r) + K];
      let top = none;
      for (let j = caseStart[c]; j < caseStart[c + 1]; j++) {
        let z = 0;
        for (let f = fStart[j]; f < fStart[j + 1]; f++) z += fValue[f] * w[r * K + fIndex[f]];
        u[j] = z;
        if (z > top) top = z;
      }
      const e0 = Math.exp(none - top);
      let total = e0;
      let rightTotal = 0;
      for (let j = caseStart[c]; j < caseStart[c + 1]; j++) {
        u[j] = Math.exp(u[j] - top);
        total += u[j];
        if (right[j]) rightTotal += u[j];
      }
      // d(-log L)/du_j = p_j - q_j, with q the distribution over the right outcomes.
      g[roleAt(r) + K] += (e0 / total - (rightTotal > 0 ? 0 : 1)) / n;
      for (let j = caseStart[c]; j < caseStart[c + 1]; j++) {
        const d = (u[j] / total - (rightTotal > 0 && right[j] ? u[j] / rightTotal : 0)) / n;
        for (let f = fStart[j]; f < fStart[j + 1]; f++) {
          g[fIndex[f]] += d * fValue[f];
          g[roleAt(r) + fIndex[f]] += d * fValue[f];
        }
      }
    }
    for (let k = 0; k < K; k++) g[k] += LAMBDA * t[k];
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < K; k++) g[roleAt(r) + k] += LAMBDA_ROLE * t[roleAt(r) + k];
      g[roleAt(r) + K] += LAMBDA_NONE * t[roleAt(r) + K];
    }
  };
  for (let iter = 0; iter < ITERATIONS; iter++) {
    for (let i = 0; i < P; i++) ahead[i] = theta[i] + MOMENTUM * velocity[i];
    gradient(ahead);
    for (let i = 0; i < P; i++) {
      velocity[i] = MOMENTUM * velocity[i] - STEP * g[i];
      theta[i] += velocity[i];
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;
  const seenNone = [...seen].map((r) => theta[roleAt(r) + K]);
  const roles = {} as Record<OwnerRole, RoleWeights>;
  OWNER_ROLES.forEach((role, r) => {
    roles[role] = {
      // A role with no cases keeps the shared weights (its difference stays 0) and the mean of the others' "none".
      weights: FEATURES.map((_, k) => round(theta[k] + theta[roleAt(r) + k])),
      none: round(
        seen.has(r) ? theta[roleAt(r) + K] : seenNone.reduce((a, b) => a + b, 0) / Math.max(1, seenNone.length),
      ),
    };
  });
  return { roles, fittedOn: corpora.map((c) => c.name) };
}

/** The model as TypeScript source, for owner-model.ts. */
export function modelSource(model: OwnerModel): string {
  const lines = ['export const OWNER_MODEL: OwnerModel = {', '  roles: {'];
  for (const role of OWNER_ROLES) {
    const { weights, none } = model.roles[role];
    lines.push(`    '${role}': {`, `      none: ${none},`, '      weights: [');
    FEATURES.forEach((f, k) => lines.push(`        ${weights[k]}, // ${f}`));
    lines.push('      ],', '    },');
  }
  lines.push('  },', `  fittedOn: [${model.fittedOn.map((c) => `'${c}'`).join(', ')}],`, '};');
  return `${lines.join('\n')}\n`;
}

const MODEL_FILE = 'src/engine/owners/owner-model.ts';

async function main(): Promise<void> {
  const { collectAll } = await import('../eval-owners');
  const source = modelSource(fitModel(await collectAll()));
  if (process.argv.includes('--write')) {
    const text = readFileSync(MODEL_FILE, 'utf8');
    const start = text.indexOf('export const OWNER_MODEL: OwnerModel = {');
    const end = text.indexOf('\n};\n', start);
    if (start < 0 || end < 0) throw new Error(`${MODEL_FILE}: OWNER_MODEL not found`);
    writeFileSync(MODEL_FILE, text.slice(0, start) + source + text.slice(end + 4));
    process.stdout.write(`wrote ${MODEL_FILE}\n`);
  } else process.stdout.write(source);
}

if (process.argv[1]?.endsWith('fit.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
