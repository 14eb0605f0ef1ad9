// The owner model: the probability that a candidate holds the role, from the strength of each evidence channel.
// A conditional logit per role: each candidate's utility is a weighted sum of its features, and the candidates of
// one contract share the probability with "none of them" (the right person may not be among them), whose utility
// is the role's `none` weight. Fitted by scripts/owners-eval/fit.ts on the evaluation corpora and kept here.
import type { OwnerRole } from './model';
import { CHANNELS, type Channel } from './votes';

/**
 * Channels weighed as another channel. The same dataset in a DataHub or Backstage catalogue is weighed as a sibling
 * contract (the same dataset described elsewhere): no evaluation corpus has a catalogue beside its contracts, so a
 * weight of its own could not be fitted and stayed 0.
 */
const WEIGHED_AS: Partial<Record<Channel, Channel>> = { catalogue: 'sibling' };

/** The channels with a weight of their own, in the order of the weights. */
export const MODEL_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => WEIGHED_AS[c] === undefined);

/** The feature (index into the weights) that carries a channel's evidence. */
export function featureOf(channel: Channel): number {
  return MODEL_CHANNELS.indexOf(WEIGHED_AS[channel] ?? channel);
}

/** Feature names, in the order of the weights: one per weighed channel, then what the catalogue says of the candidate. */
export const FEATURES: readonly string[] = [
  ...MODEL_CHANNELS,
  'holds the role elsewhere',
  'not in the catalogue',
  'hand-set ranking score',
  'first by the hand-set ranking score',
];

export interface RoleWeights {
  /** One per feature. */
  weights: readonly number[];
  /** The utility of "none of the candidates". */
  none: number;
}

export interface OwnerModel {
  roles: Readonly<Record<OwnerRole, RoleWeights>>;
  /** Which corpora the weights were fitted on. */
  fittedOn: readonly string[];
}

/** Feature vectors are sparse: [index, value] pairs. */
export type Features = readonly (readonly [number, number])[];

export function utility(x: Features, weights: readonly number[]): number {
  let z = 0;
  for (const [i, v] of x) z += v * (weights[i] ?? 0);
  return z;
}

/** The probability of each candidate (same order), given every candidate's features. */
export function probabilities(xs: readonly Features[], role: OwnerRole, model: OwnerModel): number[] {
  const { weights, none } = model.roles[role];
  const us = xs.map((x) => utility(x, weights));
  const top = Math.max(none, ...us);
  const es = us.map((u) => Math.exp(u - top));
  const total = Math.exp(none - top) + es.reduce((a, b) => a + b, 0);
  return es.map((e) => e / total);
}

/**
 * Fitted by `npm run fit:owners` (scripts/owners-eval/fit.ts) on every corpus of `npm run eval:owners`; the
 * evaluation reports each corpus with weights fitted without it (leave-one-corpus-out).
 */
export const OWNER_MODEL: OwnerModel = {
  roles: {
    'Data Owner': {
      none: 0.589,
      weights: [
        0.979, // sibling
        1.503, // folder
        0.447, // parentFolder
        -2.027, // domain
        -0.023, // team
        -0.217, // teamLead
        3.2, // coMaintained
        1.061, // nameWord
        0, // ownerTeamMember
        0.038, // teamMember
        1.121, // gitFile
        -0.039, // gitCreator
        -2.257, // gitFolder
        -0.863, // gitSibling
        -0.334, // codeowners
        -1.253, // holds the role elsewhere
        -1.543, // not in the catalogue
        6.087, // hand-set ranking score
        0.24, // first by the hand-set ranking score
      ],
    },
    'Data Steward': {
      none: 0.84,
      weights: [
        0.693, // sibling
        1.559, // folder
        0.468, // parentFolder
        -1.604, // domain
        -0.024, // team
        -0.181, // teamLead
        2.721, // coMaintained
        1.057, // nameWord
        0, // ownerTeamMember
        0.118, // teamMember
        1.355, // gitFile
        -0.062, // gitCreator
        -1.739, // gitFolder
        -0.755, // gitSibling
        -0.195, // codeowners
        -0.792, // holds the role elsewhere
        -1.487, // not in the catalogue
        5.595, // hand-set ranking score
        0.381, // first by the hand-set ranking score
      ],
    },
    'Data Custodian': {
      none: 2.386,
      weights: [
        0.132, // sibling
        0.923, // folder
        0.456, // parentFolder
        -1.56, // domain
        -0.067, // team
        -0.181, // teamLead
        2.873, // coMaintained
        1.184, // nameWord
        0, // ownerTeamMember
        0.11, // teamMember
        1.787, // gitFile
        0.054, // gitCreator
        -1.638, // gitFolder
        -0.966, // gitSibling
        -0.331, // codeowners
        -0.499, // holds the role elsewhere
        -1.729, // not in the catalogue
        5.48, // hand-set ranking score
        -0.231, // first by the hand-set ranking score
      ],
    },
  },
  fittedOn: ['airflow-mozilla', 'backstage-giantswarm', 'dbt-ncl-icb', 'datahub-demo', 'generated'],
};
