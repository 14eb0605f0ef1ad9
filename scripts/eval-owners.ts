// Leave-one-out evaluation of owner suggestions, one table per corpus:
// `node --import tsx scripts/eval-owners.ts [--seed N] [--json] [--corpus NAME]...`.
// Corpora: every folder of test/fixtures/owners-eval (real organisations), the DataHub covid19 demo owners (real)
// and a generated organisation in a real git repository. Baselines are computed in the same run.
import { evaluateCorpus, type CorpusResult } from './owners-eval/evaluate';
import { fixtureCorpusNames, loadDataHubDemoCorpus, loadFixtureCorpus, loadGeneratedCorpus, type Corpus } from './owners-eval/corpus';
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

async function main(): Promise<void> {
  const started = performance.now();
  const results: CorpusResult[] = [];
  const lines = [`Owner suggestion evaluation: leave-one-out, each held-out contract's members hidden and its record left out of the catalogue (seed ${seed})`];
  for (const [name, load] of corpusLoaders()) {
    if (only.length > 0 && !only.includes(name)) continue;
    const result = evaluateCorpus(await load());
    results.push(result);
    lines.push('', ...formatCorpus(result));
  }
  lines.push('', ...LEGEND, `(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify({ seed, corpora: results }, null, 2)}\n` : `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
