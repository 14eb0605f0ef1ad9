// Leave-one-out evaluation of owner suggestions, one table per corpus:
// `node --import tsx scripts/eval-owners.ts [--seed N] [--json] [--corpus NAME]... [--shipped]`.
// Corpora: every folder of test/fixtures/owners-eval (real organisations), the DataHub covid19 demo owners (real)
// and a generated organisation in a real git repository. Baselines are computed in the same run. Each corpus is
// scored with the owner model fitted on the other corpora (leave-one-corpus-out) and the confidence model fitted
// without it too (as scripts/owners-eval/calibration.ts does: on the other corpora's cases, each scored by an owner
// model fitted without it and the held-out one), so the reliability is that of the probability as shown, beside the
// owner model's own; --shipped uses the owner and confidence models in the source instead (fitted on every corpus,
// so not a held-out figure).
import { CONFIDENCE_MODEL, OWNER_MODEL } from '../src/engine/owners';
import { fitWithout, heldOutConfidenceModel } from './owners-eval/calibration';
import {
  collectCorpus,
  scoreCorpus,
  type CollectedCorpus,
  type CorpusResult,
  type Tally,
} from './owners-eval/evaluate';
import {
  fixtureCorpusNames,
  loadDataHubDemoCorpus,
  loadFixtureCorpus,
  loadGeneratedCorpus,
  type Corpus,
} from './owners-eval/corpus';
import { fitModel } from './owners-eval/fit';
import { formatCorpus, LEGEND } from './owners-eval/report';

const args = process.argv.slice(2);
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 20261127;
const only = args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [a] : []));

/** Every corpus, by name, loaded on demand. */
export function corpusLoaders(seedValue = seed): [string, () => Promise<Corpus>][] {
  return [
    ...fixtureCorpusNames().map((name): [string, () => Promise<Corpus>] => [name, () => loadFixtureCorpus(name)]),
    ['datahub-demo', loadDataHubDemoCorpus],
    ['generated', () => loadGeneratedCorpus(seedValue)],
  ];
}

/** Pass one over every corpus (or those named). */
export async function collectAll(names: readonly string[] = [], seedValue = seed): Promise<CollectedCorpus[]> {
  const out: CollectedCorpus[] = [];
  for (const [name, load] of corpusLoaders(seedValue))
    if (names.length === 0 || names.includes(name)) out.push(collectCorpus(await load()));
  return out;
}

/** Each corpus scored by a model fitted on all the others. */
export function scoreLeaveOneCorpusOut(all: readonly CollectedCorpus[]): CorpusResult[] {
  return all.map((c) => {
    const model = fitModel(all.filter((o) => o !== c));
    return { ...scoreCorpus(c, model), fittedOn: model.fittedOn };
  });
}

/**
 * `shown` (scored with a confidence model) with the owner model's own figures from `alone` beside its reliability.
 * The confidence model changes only the best candidate's probability, so it must leave top-1 and top-3 as they are,
 * and coverage too held out; in-sample (`mayAbstain`) a case may go unsuggested when its corrected probability falls
 * under the bar, which cannot lower top-1 or top-3 of all cases either. Throws when it does.
 */
export function besideOwnerModel(alone: CorpusResult, shown: CorpusResult, mayAbstain = false): CorpusResult {
  const roles = shown.roles.map((r) => {
    const a = alone.roles.find((x) => x.role === r.role);
    const same = (s: Tally, t: Tally): boolean =>
      s.cases === t.cases &&
      s.top1 === t.top1 &&
      s.top3 === t.top3 &&
      (mayAbstain ? s.answered <= t.answered : s.answered === t.answered);
    if (!a || !same(r.suggester, a.suggester))
      throw new Error(
        `${shown.name} ${r.role}: the confidence model changed coverage, top-1 or top-3 (without it ${JSON.stringify(a?.suggester)}, with it ${JSON.stringify(r.suggester)})`,
      );
    return { ...r, ownerModelAlone: { suggester: a.suggester, reliability: a.reliability, ece: a.ece } };
  });
  return { ...shown, roles };
}

/**
 * Each corpus (or those named) as suggestOwners shows it, held out: the owner model and the confidence model both
 * fitted without it (the confidence model on the other corpora's cases as scored by owner models fitted without
 * them and it), beside the owner model alone. Fits the owner model without every pair of corpora, so it takes minutes.
 */
export function scoreAsShownLeaveOneCorpusOut(
  all: readonly CollectedCorpus[],
  names: readonly string[] = [],
): CorpusResult[] {
  return all
    .filter((c) => names.length === 0 || names.includes(c.name))
    .map((c) => {
      const model = fitWithout(all, [c]);
      const shown = scoreCorpus(c, model, 'person', heldOutConfidenceModel(all, c));
      return { ...besideOwnerModel(scoreCorpus(c, model), shown), fittedOn: model.fittedOn };
    });
}

/** The shipped owner and confidence models (fitted on every corpus: not held out), beside the owner model alone. */
export function scoreShipped(all: readonly CollectedCorpus[], names: readonly string[] = []): CorpusResult[] {
  return all
    .filter((c) => names.length === 0 || names.includes(c.name))
    .map((c) => besideOwnerModel(scoreCorpus(c), scoreCorpus(c, OWNER_MODEL, 'person', CONFIDENCE_MODEL), true));
}

async function main(): Promise<void> {
  const started = performance.now();
  // Every corpus is collected even when only some are shown: each is scored by models fitted on the others.
  const all = await collectAll();
  const results = args.includes('--shipped') ? scoreShipped(all, only) : scoreAsShownLeaveOneCorpusOut(all, only);
  const lines = [
    `Owner suggestion evaluation: leave-one-out, each held-out contract's members hidden and its record left out of the catalogue (seed ${seed});`,
    args.includes('--shipped')
      ? 'scored with the shipped owner and confidence models (fitted on every corpus: not held out).'
      : 'each corpus scored by the owner and confidence models fitted on the other corpora.',
  ];
  for (const r of results) lines.push('', ...formatCorpus(r));
  lines.push('', ...LEGEND, `(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.stdout.write(
    args.includes('--json') ? `${JSON.stringify({ seed, corpora: results }, null, 2)}\n` : `${lines.join('\n')}\n`,
  );
}

if (process.argv[1]?.endsWith('eval-owners.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
