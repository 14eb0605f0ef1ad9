// `npm run eval:owners` reports the probability as suggestOwners shows it (after the confidence model), beside the
// owner model's own, and stops when the confidence model changes what is suggested. Small corpora built here: the
// real ones are scored in eval-baseline.test.ts, and the held-out run takes minutes.
import assert from 'node:assert/strict';
import { OWNER_MODEL, OWNER_ROLES, type ConfidenceModel, type OwnerModel } from '../../src/engine/owners';
import { besideOwnerModel } from '../../scripts/eval-owners';
import { heldOutConfidenceModel } from '../../scripts/owners-eval/calibration';
import { scoreCorpus, type CaseRow, type CollectedCorpus } from '../../scripts/owners-eval/evaluate';
import { formatCorpus } from '../../scripts/owners-eval/report';
import { candidate } from './support/eval-cases';

/** Data Owner cases with one candidate each, whose best candidate is right where `right` says. */
function corpus(name: string, right: readonly boolean[]): CollectedCorpus {
  const rows = right.map((r, i): CaseRow => ({
    role: 'Data Owner',
    candidates: [candidate(`person${i}`, 0.3 + (0.6 * i) / right.length)],
    right: [r],
    cascade: [],
    domainMajority: [],
    ceiling: true,
    written: { right: [r], cascade: [], domainMajority: [], ceiling: true },
  }));
  return { name, description: name, contracts: rows.length, rows, seconds: 0 };
}

/** A confidence model that moves every Data Owner's logit by `shift`. */
function shifted(shift: number): ConfidenceModel {
  const roles = Object.fromEntries(
    OWNER_ROLES.map((role) => [role, { logCandidates: 0, shift: role === 'Data Owner' ? shift : 0 }]),
  ) as ConfidenceModel['roles'];
  return { roles, fittedOn: ['elsewhere'] };
}

const alternating = Array.from({ length: 40 }, (_, i) => i % 2 === 0);

describe('eval:owners reliability as shown', () => {
  it("reports the shown probability's reliability and ECE beside the owner model's own, with the same top-1 and top-3", () => {
    const c = corpus('c', alternating);
    const alone = scoreCorpus(c, OWNER_MODEL);
    const shown = scoreCorpus(c, OWNER_MODEL, 'person', shifted(-1));
    assert.equal(alone.roles[0].suggester.answered, 40);
    const [role] = besideOwnerModel(alone, shown).roles;
    assert.deepEqual(role.suggester, role.ownerModelAlone?.suggester);
    assert.equal(role.ece, shown.roles[0].ece);
    assert.deepEqual(role.reliability, shown.roles[0].reliability);
    assert.equal(role.ownerModelAlone?.ece, alone.roles[0].ece);
    assert.deepEqual(role.ownerModelAlone?.reliability, alone.roles[0].reliability);
    // The shift is visible: the shown probabilities sit in lower bands than the owner model's.
    assert.notDeepEqual(role.reliability, role.ownerModelAlone?.reliability);
    assert.notEqual(role.ece, role.ownerModelAlone?.ece);
    const text = formatCorpus(besideOwnerModel(alone, shown)).join('\n');
    assert.match(text, new RegExp(`owner model alone: .*ECE ${alone.roles[0].ece.toFixed(3)}`));
    assert.match(text, new RegExp(`reliability as shown: +0\\.9-1\\.0 .*ECE ${shown.roles[0].ece.toFixed(3)}`));
  });

  it('stops when the confidence model changes coverage held out', () => {
    const c = corpus('c', alternating);
    const alone = scoreCorpus(c, OWNER_MODEL);
    const shown = scoreCorpus(c, OWNER_MODEL, 'person', shifted(-20));
    assert.equal(shown.roles[0].suggester.answered, 0);
    assert.throws(() => besideOwnerModel(alone, shown), /c Data Owner: the confidence model changed coverage/);
    // In-sample a case may go unsuggested, but not one whose suggestion was right.
    assert.throws(() => besideOwnerModel(alone, shown, true), /changed coverage, top-1 or top-3/);
  });

  it('lets in-sample cases whose suggestions were all wrong go unsuggested, and says how many', () => {
    const c = corpus(
      'c',
      alternating.map(() => false),
    );
    const alone = scoreCorpus(c, OWNER_MODEL);
    const shown = scoreCorpus(c, OWNER_MODEL, 'person', shifted(-20));
    const result = besideOwnerModel(alone, shown, true);
    assert.match(formatCorpus(result).join('\n'), /40 cases no longer suggested/);
  });

  it('fits the held-out confidence model only on cases scored by owner models that never saw the held-out corpus', () => {
    const all = [corpus('a', alternating), corpus('b', alternating.slice(0, 20)), corpus('c', alternating)];
    const seen: string[][] = [];
    const without = (left: readonly CollectedCorpus[]): OwnerModel => {
      seen.push(left.map((x) => x.name));
      return OWNER_MODEL;
    };
    const model = heldOutConfidenceModel(all, all[1], without);
    assert.deepEqual(model.fittedOn, ['a', 'c']);
    assert.deepEqual(
      seen.map((left) => [...left].sort()),
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
  });
});
