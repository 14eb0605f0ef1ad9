// The confidence model: a second stage over the owner model that corrects the probability shown for the best
// candidate. The owner model's softmax spreads probability over every candidate with evidence, so where many people
// have a little evidence the best one is right more often than its share says (owners and stewards); for custodians,
// several engineers who all commit, many candidates mean what they seem to. The correction moves the logit of the
// best candidate's probability by a weight per log(number of candidates) and a shift, per role. It changes no order:
// only the best candidate's shown probability, and so whether anything is suggested and how its evidence reads.
// Fitted by scripts/owners-eval/calibration.ts (`-- --write` writes it here) on every evaluation corpus, each as
// scored by the owner model fitted without it.
import type { OwnerRole } from './model';

export interface ConfidenceWeights {
  /** Added to the logit of the best candidate's probability per log(number of candidates with evidence). */
  logCandidates: number;
  /** Added to that logit whatever the number of candidates. */
  shift: number;
}

export interface ConfidenceModel {
  roles: Readonly<Record<OwnerRole, ConfidenceWeights>>;
  /** Which corpora it was fitted on. */
  fittedOn: readonly string[];
}

/** Probabilities this close to 0 or 1 are held there before their logit is taken. */
const EDGE = 0.001;

/**
 * The best candidate's probability as shown: the owner model's `p`, corrected for how many candidates shared it.
 * Never under `floor` (the runner-up's probability), so the first candidate never shows less than the second.
 */
export function confidentProbability(
  p: number,
  candidates: number,
  role: OwnerRole,
  model: ConfidenceModel,
  floor = 0,
): number {
  const { logCandidates, shift } = model.roles[role];
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  const z = Math.log(q / (1 - q)) + logCandidates * Math.log(Math.max(1, candidates)) + shift;
  return Math.max(floor, 1 / (1 + Math.exp(-z)));
}

export const CONFIDENCE_MODEL: ConfidenceModel = {
  roles: {
    'Data Owner': { logCandidates: 0.291, shift: 0 },
    'Data Steward': { logCandidates: 0.291, shift: 0 },
    'Data Custodian': { logCandidates: -0.179, shift: -0.111 },
  },
  fittedOn: ['airflow-mozilla', 'backstage-giantswarm', 'dbt-ncl-icb', 'datahub-demo', 'generated'],
};
