// `dclens report --format json` over 60 generated contracts, as a user runs it (a child process of the built CLI),
// beside `dclens score --format json` over the same files in the same run. The report lints and scores each
// contract exactly as score does and adds only sums and means, so it should cost about the same.
// Target: the report takes at most 1.2× the score.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContract } from '../gen/contract';
import { median, ms, printSummary, ratio, REPO, table, timeChild } from './_measure';

const TARGET = 1.2;
const CONTRACTS = 60;
const RUNS = 3;
const CORPUS = path.join(REPO, '.bench/report-now');

function writeCorpus(): void {
  rmSync(CORPUS, { recursive: true, force: true });
  for (let i = 0; i < CONTRACTS; i++) {
    const text = generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: i % 10 === 0 });
    const folder = path.join(CORPUS, `domain-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `contract-${i}.odcs.yaml`), text);
  }
}

function timeReport(): number {
  const out = path.join(REPO, '.bench/report-now.json');
  const { cpu, status } = timeChild(['dist/cli.js', 'report', CORPUS, '--format', 'json', '--output', out]);
  if (status !== 0) throw new Error(`dclens report exited with ${status}`);
  return cpu;
}

function main(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  writeCorpus();
  // score has no --output: its JSON goes to stdout, which the timing discards (as it does the report's).
  const scoreRuns: number[] = [];
  const reportRuns: number[] = [];
  timeReport(); // warm-up (file system cache)
  for (let r = 0; r < RUNS; r++) {
    scoreRuns.push(timeChild(['dist/cli.js', 'score', CORPUS, '--format', 'json']).cpu);
    reportRuns.push(timeReport());
  }
  const score = median(scoreRuns);
  const report = median(reportRuns);
  const result = JSON.parse(readFileSync(path.join(REPO, '.bench/report-now.json'), 'utf8')) as {
    contracts: number;
    summary: { meanScore: number };
  };
  console.log(
    `dclens report beside dclens score over ${CONTRACTS} generated contracts, median CPU time of ${RUNS} runs`,
  );
  console.log(
    table(
      ['what', 'total ms', 'per contract ms'],
      [
        ['dclens score --format json', ms(score), ms(score / CONTRACTS)],
        ['dclens report --format json', ms(report), ms(report / CONTRACTS)],
        ['ratio report / score', ratio(report, score), ''],
      ],
    ),
  );
  const meets = report / score <= TARGET && result.contracts === CONTRACTS;
  console.log(
    `Target: dclens report ≤ ${TARGET}× dclens score: ${meets ? 'met' : 'MISSED'} (${(report / score).toFixed(2)}×); ` +
      `${result.contracts} contracts, mean score ${result.summary.meanScore}`,
  );
  printSummary({
    module: 'report-now',
    target: TARGET,
    contracts: CONTRACTS,
    scoreMs: Math.round(score),
    reportMs: Math.round(report),
    ratio: Math.round((report / score) * 100) / 100,
    meetsTarget: meets,
  });
}

main();
