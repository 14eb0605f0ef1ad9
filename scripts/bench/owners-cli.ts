// `dclens owners suggest` as a user runs it (the built CLI, a new process each call) on 400 contracts in a git
// repository: `node --import tsx scripts/bench/owners-cli.ts`. The first call fills the on-disk catalogue cache;
// a call after it, with no file and no commit changed, must take under 200 ms. The calls after the first ask about
// other contracts too (the cache holds the catalogue, not answers), and each must answer as --no-cache does. Node's
// own start (`node -e 0`) is measured in the same run, one run right before each cached call, and the cached calls
// are given as a ratio of the two medians too: on a busy machine Node's start alone can take most of the budget, and
// the ratio moves much less than the time. The target ratio is the budget over Node's start on a quiet machine
// (200 ms / 147 ms). Fifteen cached calls (five per contract) and fifteen of Node's own, so that one slow run (the
// first cached call also writes V8's code cache) does not decide the median; the 90th percentile is printed too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOrgOfSize } from '../../test/owners/support/generate-org';
import { writeOrgRepo } from '../../test/owners/support/write-org';

const CONTRACTS = 400;
const BUDGET_MS = 200;
/** The second call over `node -e 0` in the same run: 200 ms over the 147 ms Node took to start on a quiet machine. */
const RATIO_BUDGET = 1.36;
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/**
 * CPU time (user + system) of the children this process has waited for, from /proc (Linux, 10 ms ticks): on a
 * shared machine wall time includes waiting for a CPU, this does not. Undefined elsewhere.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function timedNode(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): { ms: number; cpu?: number; stdout: string; status: number | null; stderr: string } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ms, cpu, stdout: run.stdout, status: run.status, stderr: run.stderr };
}

function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; cpu?: number; stdout: string } {
  const run = timedNode([CLI, ...args], cwd, env);
  if (run.status !== 0) throw new Error(`dclens ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run;
}

/** Cached calls timed, each right after a run of `node -e 0`. */
const CACHED_RUNS = 15;

const quantile = (values: number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const median = (values: number[]): number => quantile(values, 0.5);
const p90 = (values: number[]): number => quantile(values, 0.9);
const ms = (n: number): string => `${n.toFixed(0)} ms`;

function main(): void {
  if (!existsSync(CLI) || !existsSync(join(CLI, '..', 'cli-owners.js'))) {
    const build = spawnSync(process.execPath, [join(__dirname, '..', 'build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const generated = generateOrgOfSize(CONTRACTS);
  const root = mkdtempSync(join(tmpdir(), 'dclens-bench-owners-cli-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'dclens-bench-cache-'));
  try {
    writeOrgRepo(root, generated);
    const env = { ...process.env, DCLENS_CACHE_DIR: cacheDir };
    const subjects = [5, 6, 7].map((i) => generated.contracts[i].path);
    const args = (subject: string): string[] => ['owners', 'suggest', subject, '--format', 'json'];
    const nodes = [0, 1, 2, 3, 4].map(() => timedNode(['-e', '0'], root, env));
    const nodeStart = median(nodes.map((n) => n.ms));
    const start = median([0, 1, 2].map(() => timed(['--version'], root, env).ms));
    const fresh = subjects.map((subject) => timed([...args(subject), '--no-cache'], root, env));
    const noCache = median(fresh.map((f) => f.ms));
    const first = timed(args(subjects[0]), root, env);
    if (first.stdout !== fresh[0].stdout) throw new Error('the first call gave other suggestions than --no-cache');
    // Node alone is timed between the cached calls, so both see the same machine.
    const between: typeof nodes = [];
    const seconds = Array.from({ length: CACHED_RUNS }, (_, i) => {
      between.push(timedNode(['-e', '0'], root, env));
      return { i: i % subjects.length, ...timed(args(subjects[i % subjects.length]), root, env) };
    });
    const second = median(seconds.map((s) => s.ms));
    const secondP90 = p90(seconds.map((s) => s.ms));
    const nodeNow = median(between.map((n) => n.ms));
    const ratio = second / nodeNow;
    if (seconds.some((s) => s.stdout !== fresh[s.i].stdout))
      throw new Error('a cached call gave other suggestions than --no-cache');

    const cpu = (runs: { cpu?: number }[]): string =>
      runs.every((r) => r.cpu !== undefined) ? `CPU ${ms(median(runs.map((r) => r.cpu!)))}` : '';
    const rows: [string, string, string][] = [
      ['node alone (node -e 0, median of 5)', ms(nodeStart), cpu(nodes)],
      ['process start + bundle load (dclens --version)', ms(start), ''],
      ['call without the cache (--no-cache, median of 3)', ms(noCache), cpu(fresh)],
      ['first call (fills the cache)', ms(first.ms), cpu([first])],
      [
        `second call (cache, 3 contracts, median of ${CACHED_RUNS})`,
        ms(second),
        `${(second / BUDGET_MS).toFixed(2)} of ${BUDGET_MS} ms; ${cpu(seconds)}; 90th percentile ${ms(secondP90)}`,
      ],
      [
        `node alone, between the cached calls (median of ${CACHED_RUNS})`,
        ms(nodeNow),
        `${cpu(between)}; 90th percentile ${ms(p90(between.map((n) => n.ms)))}`,
      ],
      [
        "second call / node's own start",
        ratio.toFixed(2),
        `target ${RATIO_BUDGET.toFixed(2)} or less${ratio > RATIO_BUDGET ? ' (missed)' : ''}`,
      ],
      ["second call above node's own start", ms(second - nodeNow), ''],
      ['second / first', (second / first.ms).toFixed(2), ''],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(
      `owners CLI (${CONTRACTS} contracts, a new process per call; machine load average ${loadavg()[0].toFixed(1)})\n` +
        `${rows.map(([a, b, c]) => `  ${a.padEnd(width)}  ${b.padStart(8)}  ${c}`).join('\n')}\n`,
    );
    process.stdout.write(
      `BENCH_JSON ${JSON.stringify({ bench: 'owners-cli', contracts: CONTRACTS, nodeMs: nodeStart, nodeCpuMs: median(nodes.map((n) => n.cpu ?? NaN)), secondCpuMs: median(seconds.map((s) => s.cpu ?? NaN)), startMs: start, noCacheMs: noCache, firstMs: first.ms, secondMs: second, secondP90Ms: secondP90, ratio: second / first.ms, budgetMs: BUDGET_MS, nodeBetweenMs: nodeNow, nodeRatio: ratio, ratioBudget: RATIO_BUDGET })}\n`,
    );
    if (second > BUDGET_MS) {
      process.stdout.write(`  missed: the second call took ${ms(second)}, the target is under ${BUDGET_MS} ms\n`);
      process.exitCode = 1;
    }
    if (ratio > RATIO_BUDGET) {
      process.stdout.write(
        `  missed: the second call took ${ratio.toFixed(2)} times node's own start, the target is ${RATIO_BUDGET.toFixed(2)} or less\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
