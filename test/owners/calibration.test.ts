// The confidence model of scripts/owners-eval/calibration.ts, whose held-out figures docs/owners.md reports: it
// corrects the owner model's probability only where the cases say so, and sees the best candidate as
// suggestOwners shows it.
import assert from 'node:assert/strict';
import { OWNER_MODEL, scoreCandidates } from '../../src/engine/owners';
import {
  CONFIDENCE_INPUTS,
  confidence,
  confidenceCases,
  fitConfidence,
  type ConfidenceCase,
} from '../../scripts/owners-eval/calibration';
import { expectedCalibrationError } from '../../scripts/owners-eval/evaluate';
import { candidate, oneCaseCorpus } from './support/eval-cases';
import { Random } from './support/random';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => Math.log(p / (1 - p));
const byCandidates = CONFIDENCE_INPUTS.find((v) => v.name === 'candidates and role')!;

/** Cases whose best candidate is right with probability sigmoid(logit(p1) + shift(candidates)). */
function cases(seed: number, count: number, corpus: string, shift: (candidates: number) => number): ConfidenceCase[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const p1 = 0.1 + 0.85 * random.next();
    const candidates = random.int(1, 40);
    const right = random.chance(sigmoid(logit(p1) + shift(candidates)));
    return {
      corpus,
      role: 'Data Owner',
      p1,
      p2: p1 / 3,
      candidates,
      channels: 2,
      unknown: false,
      right,
      rightAsWritten: right,
    };
  });
}

const ece = (xs: readonly ConfidenceCase[], score: (x: ConfidenceCase) => number): number =>
  expectedCalibrationError(xs.map((x) => ({ score: Math.round(score(x) * 100) / 100, right: x.right })));

describe('the confidence model of the owner evaluation', () => {
  it('leaves probabilities that are already calibrated nearly as they are', () => {
    const beta = fitConfidence(
      cases(1, 3000, 'a', () => 0),
      byCandidates.inputs,
    );
    for (const b of beta) assert.ok(Math.abs(b) < 0.1, `weight ${b}`);
  });

  it('raises the probability where many candidates share it and the best is right more often than it says', () => {
    const shift = (n: number): number => 0.6 * Math.log(n);
    const beta = fitConfidence(cases(2, 3000, 'a', shift), byCandidates.inputs);
    assert.ok(beta[0] > 0.3, `weight of log(candidates) ${beta[0]}`);
    const fresh = cases(3, 3000, 'a', shift);
    const before = ece(fresh, (x) => x.p1);
    const after = ece(fresh, (x) => confidence(x, byCandidates.inputs, beta));
    assert.ok(after < before / 2, `ECE ${before} -> ${after}`);
  });

  it('weighs each corpus the same, so a large calibrated corpus does not hide a small one', () => {
    const shift = (n: number): number => Math.log(n);
    const mixed = [...cases(4, 4000, 'large', () => 0), ...cases(5, 400, 'small', shift)];
    const onlySmall = fitConfidence(cases(5, 400, 'small', shift), byCandidates.inputs)[0];
    const both = fitConfidence(mixed, byCandidates.inputs)[0];
    // Half way between the two corpora, not a tenth of the way.
    assert.ok(both > 0.3 * onlySmall && both < 0.7 * onlySmall, `${both} of ${onlySmall}`);
  });

  it('sees the best candidate and its probability as suggestOwners shows them', () => {
    // The strongest candidate has only git evidence and is left out, as suggestOwners leaves it out.
    const candidates = [candidate('git-only', 0.3, false), candidate('anna', 0.25), candidate('tom', 0.1)];
    const corpus = oneCaseCorpus(candidates, [false, true, false]);
    const [seen] = confidenceCases(corpus, OWNER_MODEL);
    const shown = scoreCandidates(candidates, OWNER_MODEL, { minScore: 0 });
    assert.equal(shown[0].id, 'anna');
    assert.equal(Math.round(seen.p1 * 100) / 100, shown[0].score);
    assert.equal(Math.round(seen.p2 * 100) / 100, shown[1].score);
    assert.equal(seen.candidates, 3);
    assert.equal(seen.right, true);
  });

  it('judges the best candidate as the evaluation does, and keeps the ids as written beside it', () => {
    const candidates = [candidate('eddiedavison92', 0.9), candidate('eddie davison', 0.3)];
    const corpus = oneCaseCorpus(candidates, [true, true], [false, true]);
    const [seen] = confidenceCases(corpus, OWNER_MODEL);
    assert.equal(seen.right, true);
    assert.equal(seen.rightAsWritten, false);
  });
});
