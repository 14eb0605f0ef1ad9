// Leave-one-out evaluation of owner suggestions, one table per corpus:
// `node --import tsx scripts/eval-owners.ts [--seed N] [--json] [--corpus NAME]... [--shipped]`.
// Corpora: every folder of test/fixtures/owners-eval (real organisations), the DataHub covid19 demo owners (real)
// and a generated organisation in a real git repository. Baselines are computed in the same run. Each corpus is
// scored with the owner model fitted on the other corpora (leave-one-corpus-out); --shipped uses the weights in
// the source instead (fitted on every corpus, so not a held-out figure).
import { collectCorpus, scoreCorpus, type CollectedCorpus, type CorpusResult } from './owners-eval/evaluate';
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

async function main(): Promise<void> {
  const started = performance.now();
  const all = await collectAll();
  // Every corpus is collected even when only some are shown: each is scored by a model fitted on the others.
  const results = (args.includes('--shipped') ? all.map((c) => scoreCorpus(c)) : scoreLeaveOneCorpusOut(all)).filter(
    (r) => only.length === 0 || only.includes(r.name),
  );
  const lines = [
    `Owner suggestion evaluation: leave-one-out, each held-out contract's members hidden and its record left out of the catalogue (seed ${seed});`,
    args.includes('--shipped')
      ? 'scored with the shipped model (fitted on every corpus: not held out).'
      : 'each corpus scored by the model fitted on the other corpora.',
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
