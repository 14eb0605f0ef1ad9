// The confidence model corrects the probability shown for the best candidate, by how many candidates shared it and
// the role: it never changes who is suggested or in what order, and what it shows is what decides whether anything
// is suggested and how the evidence reads.
import assert from 'node:assert/strict';
import {
  confidentProbability,
  FEATURES,
  OWNER_MODEL,
  scoreCandidates,
  type ConfidenceModel,
  type OwnerRole,
  type RankedCandidate,
} from '../../src/engine/owners';

const model = (owner: number, custodian: number, custodianShift = 0): ConfidenceModel => ({
  roles: {
    'Data Owner': { logCandidates: owner, shift: 0 },
    'Data Steward': { logCandidates: owner, shift: 0 },
    'Data Custodian': { logCandidates: custodian, shift: custodianShift },
  },
  fittedOn: [],
});

const RAW = FEATURES.indexOf('hand-set ranking score');
function candidates(role: OwnerRole, scores: readonly number[]): RankedCandidate[] {
  return scores.map((score, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    kind: 'person',
    role,
    features: [[RAW, score]],
    accountable: true,
    raw: score,
    votes: [{ channel: 0, strength: score, evidence: `evidence of person ${i}` }],
  }));
}

describe('the confidence model over the owner probability', () => {
  it('leaves the probability as it is when its weights are 0', () => {
    for (const p of [0.02, 0.3, 0.77, 0.98])
      assert.ok(Math.abs(confidentProbability(p, 30, 'Data Owner', model(0, 0)) - p) < 1e-12);
  });

  it('raises an owner probability more the more candidates share it, and lowers a custodian one', () => {
    const m = model(0.3, -0.2);
    const few = confidentProbability(0.4, 2, 'Data Owner', m);
    const many = confidentProbability(0.4, 40, 'Data Owner', m);
    assert.ok(0.4 < few && few < many, `${few} ${many}`);
    assert.ok(confidentProbability(0.4, 40, 'Data Custodian', m) < 0.4);
    // One candidate: nothing to spread over, no correction.
    assert.equal(Math.round(confidentProbability(0.4, 1, 'Data Owner', m) * 1e9), 0.4e9);
  });

  it('never shows the first candidate as less likely than the second', () => {
    const m = model(0, -1, -1);
    const ranked = candidates(
      'Data Custodian',
      Array.from({ length: 20 }, (_, i) => 0.5 - i * 0.01),
    );
    const shown = scoreCandidates(ranked, OWNER_MODEL, { minScore: 0 }, m);
    assert.ok(shown[0].score >= shown[1].score, `${shown[0].score} < ${shown[1].score}`);
  });

  it('keeps the order and the candidates; the others share what is left, so the list adds up', () => {
    const ranked = candidates(
      'Data Owner',
      Array.from({ length: 25 }, (_, i) => 0.4 - i * 0.01),
    );
    const before = scoreCandidates(ranked, OWNER_MODEL, { minScore: 0, top: 25 });
    for (const [weight, raised] of [
      [0.5, true],
      [-3, false],
    ] as const) {
      const after = scoreCandidates(ranked, OWNER_MODEL, { minScore: 0, top: 25 }, model(weight, 0));
      assert.deepEqual(
        after.map((c) => c.id),
        before.map((c) => c.id),
      );
      assert.equal(after[0].score > before[0].score, raised);
      const total = after.reduce((sum, c) => sum + c.score, 0);
      assert.ok(total <= 1 + after.length * 0.005, `the shown probabilities add up to ${total}`);
      for (let i = 1; i < after.length; i++) {
        // in the same proportions as before, and never above the first
        assert.equal(after[i].score <= before[i].score, raised || after[i].score === before[i].score);
        assert.ok(after[i].score <= after[0].score, `${after[i].score} is shown above ${after[0].score}`);
      }
    }
  });

  it('decides with the shown probability whether anything is suggested, and whether to say why not more certain', () => {
    const ranked = candidates(
      'Data Owner',
      Array.from({ length: 25 }, (_, i) => 0.4 - i * 0.01),
    );
    const before = scoreCandidates(ranked, OWNER_MODEL, { minScore: 0 });
    const raised = model(3, 0);
    const after = scoreCandidates(ranked, OWNER_MODEL, { minScore: 0 }, raised);
    assert.ok(before[0].score < 0.5 && after[0].score >= 0.5, `${before[0].score} -> ${after[0].score}`);
    assert.ok(before[0].evidence.some((e) => e.startsWith('not more certain')));
    assert.ok(!after[0].evidence.some((e) => e.startsWith('not more certain')));
    const bar = (before[0].score + after[0].score) / 2;
    assert.deepEqual(scoreCandidates(ranked, OWNER_MODEL, { minScore: bar }), []);
    assert.equal(scoreCandidates(ranked, OWNER_MODEL, { minScore: bar }, raised)[0].id, before[0].id);
  });
});
