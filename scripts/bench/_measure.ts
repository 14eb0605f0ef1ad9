// Shared timing helpers for the benchmark modules (the runner skips files starting with '_').
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

export const REPO = path.resolve(__dirname, '../..');

/**
 * CPU milliseconds (user + system) of this process. On a busy machine other processes stretch wall-clock time
 * but not the CPU time a piece of work needs, so comparisons stay fair.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median CPU time per call of each function: a warm-up first, then `samples` rounds in which every function
 * runs one batch (interleaved, so a busy moment hurts them all alike). A batch is long enough (~`batchMs`)
 * for the timer to be meaningful.
 */
export function compare<K extends string>(
  fns: Record<K, () => unknown>,
  options: { samples?: number; batchMs?: number; warmup?: number } = {},
): Record<K, number> {
  const { samples = 7, batchMs = 200, warmup = 2 } = options;
  const names = Object.keys(fns) as K[];
  const batches = {} as Record<K, number>;
  const results = {} as Record<K, number[]>;
  for (const name of names) {
    for (let i = 0; i < warmup; i++) fns[name]();
    const start = cpuMs();
    fns[name]();
    batches[name] = Math.max(1, Math.round(batchMs / Math.max(cpuMs() - start, 0.01)));
    results[name] = [];
  }
  for (let s = 0; s < samples; s++) {
    for (const name of names) {
      const start = cpuMs();
      for (let i = 0; i < batches[name]; i++) fns[name]();
      results[name].push((cpuMs() - start) / batches[name]);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(results[n])])) as Record<K, number>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The official ODCS v3.1.0 JSON Schema, compiled the way a plain JSON-Schema linter would. */
export function compileOdcsSchema(): (value: unknown) => boolean {
  const schemaPath = path.join(REPO, 'test/fixtures/odcs/schema/odcs-json-schema-v3.1.0.json');
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return (value) => validate(value) as boolean;
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/** One machine-readable line per module; README figures are copied from these. */
export function printSummary(summary: Record<string, unknown>): void {
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
}

/**
 * Runs `node ARGS` and measures it with bash's `time`: wall clock and CPU (user + system) milliseconds, and the exit
 * code. The child's own output is discarded. `env` is added to this process's environment.
 */
export function timeChild(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { wall: number; cpu: number; status: number } {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const run = spawnSync(
    'bash',
    ['-c', `TIMEFORMAT='%R %U %S'; time ( ${quoted} >/dev/null 2>&1; echo "exit=$?" >&2 )`],
    { cwd: options.cwd ?? REPO, env: { ...process.env, DCLENS_TODAY: '2026-06-01', ...options.env }, encoding: 'utf8' },
  );
  const status = Number(/exit=(\d+)/.exec(run.stderr)?.[1] ?? -1);
  const times = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr.trim());
  if (!times) throw new Error(`could not time the child process: ${run.stderr}`);
  return { wall: Number(times[1]) * 1000, cpu: (Number(times[2]) + Number(times[3])) * 1000, status };
}
