// Turns the ranking score of each candidate into the probability that the candidate holds the role: a small
// logistic model over the score, its lead over the next candidate and the role. The weights are fitted by
// scripts/owners-eval/fit.ts on the evaluation corpora and kept here. Both inputs only ever raise the
// probability, so the order of the candidates is the order of their scores.
import type { OwnerRole } from './model';

/** Feature names, in the order of the weights. */
export const FEATURES: readonly string[] = [
  'intercept Data Owner', 'intercept Data Steward', 'intercept Data Custodian', 'score', 'lead over the next candidate',
];

export interface OwnerModel {
  /** One per feature. */
  weights: readonly number[];
  /** Which corpora the weights were fitted on. */
  fittedOn: readonly string[];
}

const ROLE_INDEX: Record<OwnerRole, number> = { 'Data Owner': 0, 'Data Steward': 1, 'Data Custodian': 2 };

/**
 * Features of each candidate, given every candidate's ranking score (any order): the role, the score, and the lead
 * over the best other candidate (negative for all but the first).
 */
export function modelFeatures(scores: readonly number[], role: OwnerRole): number[][] {
  let best = -Infinity;
  let second = -Infinity;
  for (const s of scores) {
    if (s > best) [best, second] = [s, best];
    else if (s > second) second = s;
  }
  return scores.map((s) => {
    const other = s === best ? second : best;
    const x = [0, 0, 0, s, s - (Number.isFinite(other) ? other : 0)];
    x[ROLE_INDEX[role]] = 1;
    return x;
  });
}

export function probability(x: readonly number[], model: OwnerModel): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i] * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fitted by `node --import tsx scripts/owners-eval/fit.ts` on every corpus of `npm run eval:owners`; the evaluation
 * reports each corpus with weights fitted without it (leave-one-corpus-out).
 */
export const OWNER_MODEL: OwnerModel = {
  weights: [-2.885, -3.129, -3.495, 3.593, 4.515],
  fittedOn: ['airflow-mozilla', 'backstage-giantswarm', 'dbt-ncl-icb', 'datahub-demo', 'generated'],
};
