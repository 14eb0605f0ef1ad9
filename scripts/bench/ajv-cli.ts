// `dclens lint` beside ajv-cli, the schema-only tool CI users compare it with, on the same 1,000 generated contracts
// (the corpus of cli.ts), side by side in one run: `ajv validate` with the official ODCS v3.1.0 JSON Schema (no
// positions, no rules, YAML 1.1), `dclens lint` cold, and `dclens lint --cache` run again over the unchanged corpus.
// Each is a child process, as a user runs it; the figure is its CPU time (user + system), the median of RUNS rounds
// in which they take turns, so a busy moment on the machine hurts them alike. CPU time is the work done, so dclens is
// timed on one thread (--threads 1) there; the wall clock, which CI users compare, is printed beside it, with dclens
// cold on one thread, on one thread per core, and on as many as it picks (one per 256 files, at most one per core).
// Targets: cold at most 2× ajv-cli's time; the cached re-run at most half of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { generateContract } from '../gen/contract';
import { median, ms, printSummary, ratio, REPO, table, timeChild } from './_measure';

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

interface Timed {
  /** CPU milliseconds, user + system. */
  cpu: number;
  /** Wall-clock milliseconds. */
  wall: number;
}

function timeAjv(): Timed {
  // ajv-cli as its documentation runs it, with the formats the schema uses; the report of each file is not printed.
  const { cpu, wall, status } = timeChild(
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
    { cwd: WORK },
  );
  if (status !== 0 && status !== 1) throw new Error(`ajv-cli exited with ${status}`);
  return { cpu, wall };
}

/** `dclens lint` over the corpus: on `threads` threads (`auto`: as many as dclens picks). */
function timeLint(cache: boolean, threads: string = '1'): Timed {
  const args = [CLI, 'lint', CORPUS, '--format', 'json', '--output', path.join(WORK, 'report.json')];
  if (cache) args.push('--cache', '--cache-location', CACHE);
  if (threads !== 'auto') args.push('--threads', threads);
  const { cpu, wall, status } = timeChild(args);
  if (status !== 0 && status !== 1) throw new Error(`dclens exited with ${status}`);
  return { cpu, wall };
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
  const cores = availableParallelism();
  const load = loadavg()[0];
  const runs = {
    ajv: [] as Timed[],
    cold: [] as Timed[],
    cached: [] as Timed[],
    coldCores: [] as Timed[],
    coldAuto: [] as Timed[],
  };
  for (let r = 0; r < RUNS; r++) {
    runs.ajv.push(timeAjv());
    runs.cold.push(timeLint(false));
    runs.coldCores.push(timeLint(false, String(cores)));
    runs.coldAuto.push(timeLint(false, 'auto'));
    runs.cached.push(timeLint(true));
  }
  const cpuOf = (list: Timed[]) => median(list.map((t) => t.cpu));
  const wallOf = (list: Timed[]) => median(list.map((t) => t.wall));
  const ajv = cpuOf(runs.ajv);
  const cold = cpuOf(runs.cold);
  const cached = cpuOf(runs.cached);
  const wall = {
    ajv: wallOf(runs.ajv),
    cold: wallOf(runs.cold),
    coldCores: wallOf(runs.coldCores),
    coldAuto: wallOf(runs.coldAuto),
    cached: wallOf(runs.cached),
  };
  console.log(
    `dclens lint beside ajv-cli over ${CONTRACTS} generated contracts (${(bytes / 1024 / 1024).toFixed(1)} MB), median of ${RUNS} rounds`,
  );
  console.log(
    table(
      ['what', 'CPU ms', 'CPU ratio to ajv-cli', 'wall ms', 'wall ratio to ajv-cli'],
      [
        ['ajv-cli validate (official v3.1.0 schema only)', ms(ajv), '1.00×', ms(wall.ajv), '1.00×'],
        ['dclens lint, cold, one thread', ms(cold), ratio(cold, ajv), ms(wall.cold), ratio(wall.cold, wall.ajv)],
        [
          `dclens lint, cold, --threads ${cores} (one per core)`,
          ms(cpuOf(runs.coldCores)),
          ratio(cpuOf(runs.coldCores), ajv),
          ms(wall.coldCores),
          ratio(wall.coldCores, wall.ajv),
        ],
        [
          'dclens lint, cold, threads left to dclens',
          ms(cpuOf(runs.coldAuto)),
          ratio(cpuOf(runs.coldAuto), ajv),
          ms(wall.coldAuto),
          ratio(wall.coldAuto, wall.ajv),
        ],
        [
          'dclens lint --cache, first run (writes the cache)',
          ms(writing.cpu),
          ratio(writing.cpu, ajv),
          ms(writing.wall),
          ratio(writing.wall, wall.ajv),
        ],
        [
          'dclens lint --cache, unchanged corpus',
          ms(cached),
          ratio(cached, ajv),
          ms(wall.cached),
          ratio(wall.cached, wall.ajv),
        ],
      ],
    ),
  );
  console.log(
    `Wall clock, cold, on ${cores} cores at a load average of ${load.toFixed(1)}: one thread per core takes ` +
      `${ratio(wall.coldCores, wall.cold)} of one thread's time, the count left to dclens ${ratio(wall.coldAuto, wall.cold)}.`,
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
    cacheWriteMs: Math.round(writing.cpu),
    wallAjvCliMs: Math.round(wall.ajv),
    wallColdOneThreadMs: Math.round(wall.cold),
    wallColdPerCoreMs: Math.round(wall.coldCores),
    wallColdAutoMs: Math.round(wall.coldAuto),
    wallCachedMs: Math.round(wall.cached),
    wallPerCoreToOneThread: Math.round((wall.coldCores / wall.cold) * 100) / 100,
    wallAutoToOneThread: Math.round((wall.coldAuto / wall.cold) * 100) / 100,
    cores,
    loadAverage: Math.round(load * 10) / 10,
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
