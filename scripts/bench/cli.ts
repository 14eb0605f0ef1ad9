// `dclens lint` over a corpus of 1,000 generated contracts, as a user runs it (a child process of the built
// CLI), beside a single-process floor: read + `yaml` parse + ajv with the official v3.1.0 schema, in a loop.
// Target: the CLI takes at most 2× the floor.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { generateContract } from '../gen/contract';
import { compileOdcsSchema, cpuMs, median, ms, printSummary, ratio, REPO, table, timeChild } from './_measure';

const TARGET = 2;
const CONTRACTS = 1000;
const RUNS = 5;
const CORPUS = path.join(REPO, '.bench/corpus');

function writeCorpus(): number {
  rmSync(CORPUS, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < CONTRACTS; i++) {
    // Mostly everyday contracts (60–400 lines), a few with mistakes, in nested folders.
    const text = generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: i % 10 === 0 });
    const folder = path.join(CORPUS, `domain-${i % 20}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `contract-${i}.odcs.yaml`), text);
    bytes += text.length;
  }
  return bytes;
}

function listCorpus(): string[] {
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(CORPUS, f));
}

function timeCli(): number {
  const { cpu, status } = timeChild([
    'dist/cli.js',
    'lint',
    '.bench/corpus',
    '--format',
    'json',
    '--output',
    '.bench/cli-report.json',
  ]);
  if (status !== 0 && status !== 1) throw new Error(`dclens exited with ${status}`);
  return cpu;
}

function timeFloor(validate: (v: unknown) => boolean): void {
  for (const file of listCorpus()) validate(parseDocument(readFileSync(file, 'utf8')).toJS());
}

function main(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  const bytes = writeCorpus();
  const startup = median([0, 1, 2].map(() => timeChild(['dist/cli.js', '--version']).cpu));
  // The floor pays for compiling the schema once, as a one-shot linter would.
  const floorRuns: number[] = [];
  const cliRuns: number[] = [];
  timeCli(); // warm-up (file system cache)
  for (let r = 0; r < RUNS; r++) {
    const t = cpuMs();
    timeFloor(compileOdcsSchema());
    floorRuns.push(cpuMs() - t);
    cliRuns.push(timeCli());
  }
  const floor = median(floorRuns);
  const cli = median(cliRuns);
  const report = JSON.parse(readFileSync(path.join(REPO, '.bench/cli-report.json'), 'utf8')) as {
    summary: Record<string, number>;
  };
  console.log(
    `CLI: dclens lint over ${CONTRACTS} generated contracts (${(bytes / 1024 / 1024).toFixed(1)} MB), median CPU time of ${RUNS} runs`,
  );
  console.log(
    table(
      ['what', 'total ms', 'per contract ms'],
      [
        ['node start-up (dclens --version)', ms(startup), ''],
        ['floor: one process, read + yaml + ajv', ms(floor), ms(floor / CONTRACTS)],
        ['dclens lint (child process, JSON report)', ms(cli), ms(cli / CONTRACTS)],
        ['ratio dclens / floor', ratio(cli, floor), ''],
      ],
    ),
  );
  const meets = cli / floor <= TARGET;
  console.log(
    `Target: dclens lint ≤ ${TARGET}× the floor: ${meets ? 'met' : 'MISSED'} (${(cli / floor).toFixed(2)}×); findings: ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
  );
  printSummary({
    module: 'cli',
    target: TARGET,
    contracts: CONTRACTS,
    bytes,
    startupMs: Math.round(startup),
    floorMs: Math.round(floor),
    cliMs: Math.round(cli),
    ratio: Math.round((cli / floor) * 100) / 100,
    meetsTarget: meets,
  });
}

main();
