// Lint time per MB of one schema object with very many properties (a wide table), at 1 MB and at 4 MB. Linear
// scaling shows as about the same time per MB at both sizes; a step that compares every property with every other
// would make the 4 MB contract four times as slow per MB.
import { lintText } from '../../src/engine';
import { generateWideContractOfSize } from '../gen/wide';
import { cpuMs, printSummary, table } from './_measure';

const SIZES_MB = [1, 4];
const TARGET = 1.5;

function lintCpuMs(text: string): number {
  const start = cpuMs();
  lintText(text, { fileName: 'wide.odcs.yaml', today: '2026-06-01' });
  return cpuMs() - start;
}

function main(): void {
  lintCpuMs(generateWideContractOfSize(100 * 1024)); // warm-up
  const rows: Array<Array<string | number>> = [];
  const perMb: number[] = [];
  for (const mb of SIZES_MB) {
    const text = generateWideContractOfSize(mb * 1024 * 1024);
    const properties = (text.match(/^ {6}- name:/gm) ?? []).length;
    const ms = Math.min(lintCpuMs(text), lintCpuMs(text));
    const bytesMb = text.length / (1024 * 1024);
    perMb.push(ms / bytesMb);
    rows.push([`wide, ${mb} MB (${properties} properties)`, Math.round(ms), Math.round(ms / bytesMb)]);
  }
  const growth = perMb[1] / perMb[0];
  console.log('Scaling: lintText on one schema object with very many properties (CPU ms, best of two)');
  console.log(table(['contract', 'lint ms', 'ms per MB'], rows));
  console.log(`Time per MB at 4 MB / at 1 MB: ${growth.toFixed(2)} (linear ≈ 1, quadratic ≈ 4; target ≤ ${TARGET}): ${growth <= TARGET ? 'met' : 'MISSED'}`);
  printSummary({ module: 'scale', msPerMb1: Math.round(perMb[0]), msPerMb4: Math.round(perMb[1]), growth: Math.round(growth * 100) / 100, meetsTarget: growth <= TARGET });
}

main();
