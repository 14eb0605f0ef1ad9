// The language server's memory of lint results: "Lint all contracts in workspace" over N files, then again with
// nothing changed (as after the files were linted as open documents, or for the report). The second pass takes the
// results the server remembers; the ratio to the first is the saving. Both passes build the lint options afresh
// for every file, as the server does, so the cost of the key (hashing the text and the configuration) is counted.
import { resolveConfig, type LintOptions } from '../../src/engine';
import { LintMemo } from '../../src/server/lint-memo';
import { generateContract } from '../gen/contract';
import { cpuMs, median, ms, printSummary, ratio, table } from './_measure';

const FILES = 200;
const texts = Array.from({ length: FILES }, (_, i) => generateContract({ lines: 300, mistakes: i % 3 === 0, seed: i }));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const options = (i: number): LintOptions => ({
  fileName: `/workspace/contracts/c${i}.odcs.yaml`,
  config: resolveConfig(undefined, { profile: 'recommended' }),
  today: '2026-06-01',
  catalogue: undefined,
  catalogueSubjectPath: `contracts/c${i}.odcs.yaml`,
});

const pass = (memo: LintMemo): number => {
  const start = cpuMs();
  for (let i = 0; i < texts.length; i++) memo.lintText(texts[i], options(i));
  return cpuMs() - start;
};

// A warm-up pass compiles the engine; each round then starts with an empty memory.
pass(new LintMemo());
const first: number[] = [];
const second: number[] = [];
let reused = 0;
for (let round = 0; round < 5; round++) {
  const memo = new LintMemo();
  first.push(pass(memo));
  second.push(pass(memo));
  reused = memo.stats().reused;
}
if (reused !== FILES) throw new Error(`expected ${FILES} results from memory, got ${reused}`);
const firstMs = median(first);
const secondMs = median(second);

console.log(`Server lint memory: workspace lint of ${FILES} contracts (${(bytes / 1024).toFixed(0)} KiB), CPU time`);
console.log(
  table(
    ['pass', 'ms', 'vs first'],
    [
      ['first (nothing remembered)', ms(firstMs), '1.00×'],
      ['second (unchanged files)', ms(secondMs), ratio(secondMs, firstMs)],
    ],
  ),
);
printSummary({
  module: 'server-memo',
  files: FILES,
  firstMs: Number(firstMs.toFixed(1)),
  secondMs: Number(secondMs.toFixed(1)),
  ratio: Number((secondMs / firstMs).toFixed(3)),
});
