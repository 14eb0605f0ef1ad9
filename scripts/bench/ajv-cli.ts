// `dclens lint` beside ajv-cli, the schema-only tool CI users compare it with, on the same 1,000 generated contracts
// (the corpus of cli.ts), side by side in one run: `ajv validate` with the official ODCS v3.1.0 JSON Schema (no
// positions, no rules, YAML 1.1), `dclens lint` cold, and `dclens lint --cache` run again over the unchanged corpus.
// Each is a child process, as a user runs it; the figure is its CPU time (user + system), the median of RUNS rounds
// in which the three take turns, so a busy moment on the machine hurts them alike.
// Targets: cold at most 2× ajv-cli's time; the cached re-run at most half of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContract } from '../gen/contract';
import { median, ms, printSummary, ratio, REPO, table } from './_measure';

const CONTRACTS = 1000;
const RUNS = 3;
const COLD_TARGET = 2;
const CACHED_TARGET = 0.5;
const WORK = path.join(REPO, '.bench/ajv-cli');
const CORPUS = path.join(WORK, 'corpus');
const CACHE = path.join(WORK, 'lint-cache.json');
/** The CLI as built at the start, copied: a build during the run would change its id and empty the cache. */
const CLI = path.join(WORK, 'dist/cli.js');
const SCHEMA = path.join(REPO, 'test/fixtures/odcs/schema/odcs-json-schema-v3.1.0.json');

function writeCorpus(): number {
  rmSync(WORK, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < CONTRACTS; i++) {
    // The corpus of cli.ts: mostly everyday contracts (60–400 lines), a few with mistakes, in nested folders.
    const text = generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: i % 10 === 0 });
    const folder = path.join(CORPUS, `domain-${i % 20}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `contract-${i}.odcs.yaml`), text);
    bytes += text.length;
  }
  return bytes;
}

/** CPU milliseconds (user + system) of a child process, measured by bash's `time`, with its exit code. */
function childCpuMs(args: string[], cwd = REPO): { cpu: number; status: number } {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time ( ${quoted} >/dev/null 2>&1; echo "exit=$?" >&2 )`], {
    cwd,
    env: { ...process.env, DCLENS_TODAY: '2026-06-01' },
    encoding: 'utf8',
  });
  const status = Number(/exit=(\d+)/.exec(run.stderr)?.[1] ?? -1);
  const times = /([\d.]+) ([\d.]+)\s*$/.exec(run.stderr.trim());
  if (!times) throw new Error(`could not time the child process: ${run.stderr}`);
  return { cpu: (Number(times[1]) + Number(times[2])) * 1000, status };
}

function timeAjv(): number {
  // ajv-cli as its documentation runs it, with the formats the schema uses; the report of each file is not printed.
  const { cpu, status } = childCpuMs(
    [
      path.join(REPO, 'node_modules/ajv-cli/dist/index.js'),
      'validate',
      '-s',
      SCHEMA,
      '-d',
      'corpus/**/*.yaml',
      '--spec=draft2019',
      '--strict=false',
      '-c',
      'ajv-formats',
      '--errors=no',
    ],
    WORK,
  );
  if (status !== 0 && status !== 1) throw new Error(`ajv-cli exited with ${status}`);
  return cpu;
}

function timeLint(cache: boolean): number {
  const args = [CLI, 'lint', CORPUS, '--format', 'json', '--output', path.join(WORK, 'report.json')];
  if (cache) args.push('--cache', '--cache-location', CACHE);
  const { cpu, status } = childCpuMs(args);
  if (status !== 0 && status !== 1) throw new Error(`dclens exited with ${status}`);
  return cpu;
}

function main(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  const bytes = writeCorpus();
  cpSync(path.join(REPO, 'dist'), path.dirname(CLI), { recursive: true });
  timeAjv(); // warm-up (file system cache)
  const writing = timeLint(true); // fills the cache the cached runs read
  const check = spawnSync(
    process.execPath,
    [CLI, 'lint', CORPUS, '--format', 'json', '--cache', '--cache-location', CACHE],
    { cwd: REPO, env: { ...process.env, DCLENS_TODAY: '2026-06-01', DCLENS_CACHE_COUNTS: '1' }, encoding: 'utf8' },
  );
  const reused = /cache: (\d+) reused/.exec(check.stderr)?.[1];
  if (reused !== String(CONTRACTS)) throw new Error(`the cache answered ${reused ?? 'no'} files of ${CONTRACTS}`);
  const runs = { ajv: [] as number[], cold: [] as number[], cached: [] as number[] };
  for (let r = 0; r < RUNS; r++) {
    runs.ajv.push(timeAjv());
    runs.cold.push(timeLint(false));
    runs.cached.push(timeLint(true));
  }
  const ajv = median(runs.ajv);
  const cold = median(runs.cold);
  const cached = median(runs.cached);
  console.log(
    `dclens lint beside ajv-cli over ${CONTRACTS} generated contracts (${(bytes / 1024 / 1024).toFixed(1)} MB), median CPU time of ${RUNS} rounds`,
  );
  console.log(
    table(
      ['what', 'total ms', 'ratio to ajv-cli'],
      [
        ['ajv-cli validate (official v3.1.0 schema only)', ms(ajv), '1.00×'],
        ['dclens lint, cold', ms(cold), ratio(cold, ajv)],
        ['dclens lint --cache, first run (writes the cache)', ms(writing), ratio(writing, ajv)],
        ['dclens lint --cache, unchanged corpus', ms(cached), ratio(cached, ajv)],
      ],
    ),
  );
  const coldMet = cold / ajv <= COLD_TARGET;
  const cachedMet = cached / ajv <= CACHED_TARGET;
  console.log(
    `Target: cold ≤ ${COLD_TARGET}× ajv-cli: ${coldMet ? 'met' : 'MISSED'} (${(cold / ajv).toFixed(2)}×); ` +
      `cached ≤ ${CACHED_TARGET}× ajv-cli: ${cachedMet ? 'met' : 'MISSED'} (${(cached / ajv).toFixed(2)}×)`,
  );
  printSummary({
    module: 'ajv-cli',
    contracts: CONTRACTS,
    bytes,
    ajvCliMs: Math.round(ajv),
    coldMs: Math.round(cold),
    cacheWriteMs: Math.round(writing),
    cachedMs: Math.round(cached),
    coldRatio: Math.round((cold / ajv) * 100) / 100,
    cachedRatio: Math.round((cached / ajv) * 100) / 100,
    coldTarget: COLD_TARGET,
    cachedTarget: CACHED_TARGET,
    meetsTargets: coldMet && cachedMet,
  });
  if (!coldMet || !cachedMet) process.exitCode = 1;
}

main();
