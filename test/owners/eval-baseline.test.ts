// Owner suggestions are never worse than the cascade baseline (the owner of a sibling, else the folder's, parent
// folder's or domain's most frequent owner) on any evaluation corpus: leave-one-out, each corpus scored by the
// model fitted on the others, as `npm run eval:owners` reports it. The confidence model changes the probability
// shown for the best candidate and nothing of the ranking.
import assert from 'node:assert/strict';
import { CONFIDENCE_MODEL, OWNER_MODEL, scoreCandidates, type OwnerModel } from '../../src/engine/owners';
import { collectAll } from '../../scripts/eval-owners';
import { fitModel } from '../../scripts/owners-eval/fit';
import { fitShippedConfidence } from '../../scripts/owners-eval/calibration';
import { scoreCorpus, type CollectedCorpus, type CorpusResult } from '../../scripts/owners-eval/evaluate';
import { fixtureCorpusNames } from '../../scripts/owners-eval/corpus';

describe('owner suggestions against the cascade baseline (eval:owners)', function () {
  this.timeout(240_000);
  let collected: CollectedCorpus[];
  let heldOut: Map<string, OwnerModel>;
  let results: CorpusResult[];

  before(async () => {
    collected = await collectAll();
    heldOut = new Map(collected.map((c) => [c.name, fitModel(collected.filter((o) => o !== c))]));
    results = collected.map((c) => scoreCorpus(c, heldOut.get(c.name)!));
  });

  it('ships the weights that npm run fit:owners fits on every corpus', () => {
    assert.deepEqual(fitModel(collected), OWNER_MODEL);
  });

  it('ships the confidence model that scripts/owners-eval/calibration.ts fits on every corpus held out', () => {
    assert.deepEqual(
      fitShippedConfidence(collected, (left) => heldOut.get(left[0].name)!),
      CONFIDENCE_MODEL,
    );
  });

  it('evaluates every corpus folder', () => {
    const names = results.map((r) => r.name);
    for (const name of fixtureCorpusNames()) assert.ok(names.includes(name), name);
  });

  it('answers at least 95% of cases, and is right in top 1 and top 3 at least as often as the cascade, on every corpus and role', () => {
    const problems: string[] = [];
    for (const r of results) {
      for (const role of r.roles) {
        const s = role.suggester;
        const c = role.cascade;
        const where = `${r.name} ${role.role}`;
        if (s.answered < 0.95 * s.cases) problems.push(`${where}: coverage ${s.answered}/${s.cases}`);
        if (s.top1 < c.top1) problems.push(`${where}: top-1 ${s.top1} < cascade ${c.top1} of ${s.cases}`);
        if (s.top3 < c.top3) problems.push(`${where}: top-3 ${s.top3} < cascade ${c.top3} of ${s.cases}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives the same coverage, top-1 and top-3 with the confidence model as without it, held out', () => {
    for (const c of collected) {
      const model = heldOut.get(c.name)!;
      const without = scoreCorpus(c, model).roles.map((r) => ({ role: r.role, suggester: r.suggester }));
      const withIt = scoreCorpus(c, model, 'person', CONFIDENCE_MODEL).roles;
      assert.deepEqual(
        withIt.map((r) => ({ role: r.role, suggester: r.suggester })),
        without,
        c.name,
      );
    }
  });

  it('shows the same candidates in the same order with the shipped weights, or nobody where the corrected probability is under 0.05', () => {
    const dropped: string[] = [];
    for (const c of collected) {
      for (const row of c.rows) {
        const without = scoreCandidates(row.candidates, OWNER_MODEL, { top: 3 });
        const withIt = scoreCandidates(row.candidates, OWNER_MODEL, { top: 3 }, CONFIDENCE_MODEL);
        if (withIt.length === 0 && without.length > 0) {
          dropped.push(`${c.name} ${row.role}`);
          assert.ok(!row.right[row.candidates.findIndex((x) => x.id === without[0].id)]);
          assert.ok(
            // Shown to two decimals: 0.049 reads 0.05.
            scoreCandidates(row.candidates, OWNER_MODEL, { top: 1, minScore: 0 }, CONFIDENCE_MODEL)[0].score <= 0.05,
          );
        } else
          assert.deepEqual(
            withIt.map((x) => x.id),
            without.map((x) => x.id),
          );
      }
    }
    // In-sample, a few custodian cases (two of airflow's, neither right) fall under the bar: docs/owners.md.
    const cases = collected.reduce((n, c) => n + c.rows.length, 0);
    assert.ok(dropped.length <= 0.01 * cases, dropped.join(', '));
    assert.ok(
      dropped.every((d) => d.endsWith('Data Custodian')),
      dropped.join(', '),
    );
  });
});
