// Lint time and memory per MB of contracts with an unusual shape, at 1, 2, 5 and 10 MB:
// - wide: one schema object with very many properties (a wide table export; 10 MB is about 98,000 properties);
// - deep: schema objects nested close to the nesting limit (objects inside objects 46 levels deep, lists of lists 90
//   deep), repeated until the contract has the size.
// Linear scaling shows as about the same time per MB at every size; a step that compares every property with every
// other would make the 10 MB contract ten times as slow per MB as the 1 MB one.
//
// Each shape is measured in its own process (`scale.ts --one <shape>`), after three warm-up runs of 1 MB (the
// compiler needs about that much to settle; garbage is not collected by force, which would add a fixed cost to
// every run and flatter the large sizes). The sizes are measured in ascending order, twice; the faster run of each size is kept.
// Peak RSS is read after each size of the first round: sizes ascend, so it is the peak while linting that size
// (the warm-up lints 1 MB contracts).
import { spawnSync } from 'node:child_process';
import { lintText } from '../../src/engine';
import { generateDeepContractOfSize } from '../gen/deep';
import { generateWideContractOfSize } from '../gen/wide';
import { cpuMs, printSummary, table } from './_measure';

const SIZES_MB = [1, 2, 5, 10];
const ROUNDS = 2;
const WARMUP_MB = [1, 1, 1];
/** Time per MB at the largest size divided by time per MB at the smallest: at most this. */
const TARGET = 2;
const MB = 1024 * 1024;

const SHAPES = {
  wide: { generate: (bytes: number) => generateWideContractOfSize(bytes), fileName: 'wide.odcs.yaml' },
  deep: { generate: (bytes: number) => generateDeepContractOfSize(bytes), fileName: 'deep.odcs.yaml' },
};
type Shape = keyof typeof SHAPES;

interface Measurement {
  cpuMs: number;
  bytes: number;
  properties: number;
  /** Peak resident set size of the whole process (MB). */
  peakRssMb: number;
}

/** Child process: lint contracts of the shape at every size, ROUNDS times; the fastest run of each size. */
function measureShape(shape: Shape): Measurement[] {
  const { generate, fileName } = SHAPES[shape];
  const lintCpuMs = (text: string): number => {
    const start = cpuMs();
    const result = lintText(text, { fileName, today: '2026-06-01' });
    const ms = cpuMs() - start;
    const broken = [
      ...(result.internalErrors ?? []),
      ...result.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message),
    ];
    if (broken.length > 0) throw new Error(`${shape} contract was not checked in full: ${broken[0]}`);
    return ms;
  };
  for (const mb of WARMUP_MB) lintCpuMs(generate(mb * MB));
  const best: Measurement[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    SIZES_MB.forEach((mb, i) => {
      const text = generate(mb * MB);
      const ms = lintCpuMs(text);
      if (round === 0) {
        best[i] = {
          cpuMs: ms,
          bytes: text.length,
          properties: (text.match(/^ *- name:/gm) ?? []).length,
          peakRssMb: process.resourceUsage().maxRSS / 1024,
        };
      } else {
        best[i].cpuMs = Math.min(best[i].cpuMs, ms);
      }
    });
  }
  return best;
}

function spawnShape(shape: Shape): Measurement[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--one', shape], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = (run.stdout ?? '').split('\n').find((l) => l.startsWith('SCALE_ONE '));
  if (run.status !== 0 || !line) throw new Error(`${shape}: measurement failed (exit ${run.status})`);
  return JSON.parse(line.slice('SCALE_ONE '.length)) as Measurement[];
}

function main(): void {
  const rows: Array<Array<string | number>> = [];
  const summary: Record<string, unknown> = { module: 'scale', target: TARGET };
  const verdicts: boolean[] = [];
  const lines: string[] = [];
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    const results = spawnShape(shape);
    const perMb = results.map((m) => m.cpuMs / (m.bytes / MB));
    results.forEach((m, i) => {
      rows.push([
        `${shape}, ${SIZES_MB[i]} MB (${m.properties.toLocaleString('en-GB')} properties)`,
        Math.round(m.cpuMs),
        Math.round(perMb[i]),
        Math.round(m.peakRssMb),
      ]);
    });
    const last = results[results.length - 1];
    const growth = perMb[perMb.length - 1] / perMb[0];
    // Peak RSS of the process (runtime included) per MB of the largest contract.
    const rssPerMb = last.peakRssMb / (last.bytes / MB);
    const met = growth <= TARGET;
    verdicts.push(met);
    lines.push(
      `${shape}: time per MB at ${SIZES_MB[SIZES_MB.length - 1]} MB / at ${SIZES_MB[0]} MB = ${growth.toFixed(2)} (target ≤ ${TARGET}): ${met ? 'met' : 'MISSED'}; peak RSS ${Math.round(last.peakRssMb)} MB at ${SIZES_MB[SIZES_MB.length - 1]} MB (${Math.round(rssPerMb)} MB per MB)`,
    );
    summary[shape] = {
      msPerMb: Object.fromEntries(SIZES_MB.map((mb, i) => [`${mb}MB`, Math.round(perMb[i])])),
      growth: Math.round(growth * 100) / 100,
      peakRssMb: Object.fromEntries(SIZES_MB.map((mb, i) => [`${mb}MB`, Math.round(results[i].peakRssMb)])),
      peakRssMbPerMb: Math.round(rssPerMb),
      meetsTarget: met,
    };
  }
  console.log(`Scaling: lintText on wide and deep contracts (CPU ms, best of ${ROUNDS}; one process per shape)`);
  console.log(table(['contract', 'lint ms', 'ms per MB', 'peak RSS MB'], rows));
  for (const line of lines) console.log(line);
  console.log('(linear: about 1; a step quadratic in the size: about 10)');
  summary.meetsTarget = verdicts.every(Boolean);
  printSummary(summary);
  if (!summary.meetsTarget) process.exitCode = 1;
}

if (process.argv[2] === '--one') {
  const shape = process.argv[3] as Shape;
  if (!(shape in SHAPES)) throw new Error(`unknown shape '${shape}'`);
  console.log(`SCALE_ONE ${JSON.stringify(measureShape(shape))}`);
} else {
  main();
}
