// Owner suggestions are never worse than the cascade baseline (the owner of a sibling, else the folder's, parent
// folder's or domain's most frequent owner) on any evaluation corpus: leave-one-out, each corpus scored by the
// model fitted on the others, as `npm run eval:owners` reports it.
import assert from 'node:assert/strict';
import { OWNER_MODEL } from '../../src/engine/owners';
import { collectAll, scoreLeaveOneCorpusOut } from '../../scripts/eval-owners';
import { fitModel } from '../../scripts/owners-eval/fit';
import type { CollectedCorpus } from '../../scripts/owners-eval/evaluate';
import { fixtureCorpusNames } from '../../scripts/owners-eval/corpus';
import type { CorpusResult } from '../../scripts/owners-eval/evaluate';

describe('owner suggestions against the cascade baseline (eval:owners)', function () {
  this.timeout(240_000);
  let collected: CollectedCorpus[];
  let results: CorpusResult[];

  before(async () => {
    collected = await collectAll();
    results = scoreLeaveOneCorpusOut(collected);
  });

  it('ships the weights that npm run fit:owners fits on every corpus', () => {
    assert.deepEqual(fitModel(collected), OWNER_MODEL);
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
});
