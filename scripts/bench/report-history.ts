// `dclens report --history --format json` over a generated repository of 200 contracts and 500 commits (built with
// `git fast-import`), as a user runs it (a child process of the built CLI): cold (no cache) and warm (the second run,
// which reads every version's records from the cache). Beside it, the worst case through the library: one point
// for every commit (no monthly points), no cache. Target: the cold CLI run under 60 s. It is judged on CPU time (user
// + system), which is the wall-clock time of this one-threaded run on an idle machine: on a busy machine other
// processes stretch wall-clock time, not the work done (see _measure.ts); both are printed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contractRecords } from '../../src/engine';
import { reportHistory } from '../../src/node/report/history';
import { generateContract } from '../gen/contract';
import { cpuMs, ms, printSummary, REPO, table, timeChild } from './_measure';

const TARGET_S = 60;
const CONTRACTS = 200;
const COMMITS = 500;
const TODAY = '2026-06-01';
const ROOT = path.join(REPO, '.bench/report-history');
const REPOSITORY = path.join(ROOT, 'repo');
const CACHE = path.join(ROOT, 'cache');
const DIST = path.join(ROOT, 'dist');

const contractPath = (i: number, moved = false) => `${moved ? 'moved' : `domain-${i % 10}`}/contract-${i}.odcs.yaml`;

/** Version `v` of contract `i`: the first has a few mistakes, later ones fix them and raise the version. */
function contractText(i: number, v: number): string {
  const text = generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: v === 0 && i % 3 === 0 });
  return text.replace(/^version: .*$/m, `version: 1.${v}.0`);
}

/**
 * The history: the first 40 commits add five contracts each; each later commit changes one to three contracts,
 * every 50th moves one to another folder, every 7th also changes a README. One commit every 1.4 days from
 * 2025-01-01, so about 23 months.
 */
function generateRepository(): { versions: number } {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(REPOSITORY, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: ROOT };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: REPOSITORY, env });
  const versionOf = new Array<number>(CONTRACTS).fill(0);
  const moved = new Array<boolean>(CONTRACTS).fill(false);
  const parts: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let versions = 0;
  const start = Date.parse('2025-01-01T09:00:00Z') / 1000;
  for (let c = 0; c < COMMITS; c++) {
    const when = `${Math.floor(start + c * 1.4 * 86400)} +0000`;
    const who = `Data Team <data@example.org> ${when}`;
    parts.push(`commit refs/heads/main\nauthor ${who}\ncommitter ${who}\n${data(`change ${c}`)}`);
    if (c < 40) {
      for (let k = 0; k < 5; k++) {
        const i = c * 5 + k;
        parts.push(`M 100644 inline ${contractPath(i)}\n${data(contractText(i, 0))}`);
        versions++;
      }
    } else {
      const changes = 1 + (c % 3);
      for (let k = 0; k < changes; k++) {
        const i = (c * 37 + k * 101) % CONTRACTS;
        versionOf[i]++;
        parts.push(`M 100644 inline ${contractPath(i, moved[i])}\n${data(contractText(i, versionOf[i]))}`);
        versions++;
      }
      if (c % 50 === 0) {
        const i = (c * 13) % CONTRACTS;
        if (!moved[i]) {
          parts.push(`R ${contractPath(i)} ${contractPath(i, true)}\n`);
          moved[i] = true;
        }
      }
      if (c % 7 === 0) parts.push(`M 100644 inline README.md\n${data(`# Contracts\n\nChange ${c}.\n`)}`);
    }
    parts.push('\n');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: REPOSITORY, input: parts.join(''), env });
  execFileSync('git', ['reset', '--hard', '-q', 'main'], { cwd: REPOSITORY, env });
  return { versions };
}

/**
 * Wall-clock and CPU milliseconds of `dclens report [--history] --format json` in the generated repository, run
 * from a copy of the bundles made for this bench: a rebuild of dist/ meanwhile would change the build id, and with
 * it the cache, between the cold and the warm run.
 */
function timeCli(history = true): { wall: number; cpu: number; points: number; granularity: string } {
  const cli = path.join(DIST, 'cli.js');
  const args = [cli, 'report', ...(history ? ['--history'] : []), '--format', 'json'];
  args.push('--output', path.join(ROOT, 'report.json'));
  const { wall, cpu, status } = timeChild(args, {
    cwd: REPOSITORY,
    env: { DCLENS_TODAY: TODAY, DCLENS_CACHE_DIR: CACHE },
  });
  if (status !== 0 && status !== 1) throw new Error(`dclens report exited with ${status}`);
  const report = JSON.parse(readFileSync(path.join(ROOT, 'report.json'), 'utf8')) as {
    history?: unknown[];
    historyNotes?: string[];
  };
  const granularity = (report.historyNotes ?? []).some((n) => /month/.test(n)) ? 'month' : 'commit';
  return { wall, cpu, points: report.history?.length ?? 0, granularity };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  const t = performance.now();
  const { versions } = generateRepository();
  const generateMs = performance.now() - t;

  cpSync(path.join(REPO, 'dist'), DIST, { recursive: true });
  rmSync(CACHE, { recursive: true, force: true });
  const cold = timeCli();
  const warm = timeCli();
  // The figures of the contracts as they are now, without history: the part of each run that is not history.
  const now = timeCli(false);

  // Every commit a point, no cache: the most linting a history of this size can need.
  let linted = 0;
  const cpuBefore = cpuMs();
  const wallBefore = performance.now();
  const every = await reportHistory({
    cwd: REPOSITORY,
    isContractPath: (p) => p.endsWith('.yaml'),
    recordsFor: (text, relativePath) => {
      linted++;
      return contractRecords(text, { relativePath, today: TODAY, nextSteps: false });
    },
    cacheDir: false,
    maxPoints: Infinity,
  });
  const everyWall = performance.now() - wallBefore;
  const everyCpu = cpuMs() - cpuBefore;

  console.log(
    `report --history: ${CONTRACTS} contracts, ${COMMITS} commits (${versions} contract versions), generated in ${ms(generateMs)} ms`,
  );
  console.log(
    table(
      ['what', 'points', 'wall ms', 'CPU ms'],
      [
        [`dclens report --history, cold (per ${cold.granularity})`, cold.points, ms(cold.wall), ms(cold.cpu)],
        [`dclens report --history, warm (per ${warm.granularity})`, warm.points, ms(warm.wall), ms(warm.cpu)],
        ['dclens report, no history (the contracts now)', '', ms(now.wall), ms(now.cpu)],
        ['history alone, cold (cold − no history)', '', ms(cold.wall - now.wall), ms(cold.cpu - now.cpu)],
        ['history alone, warm (warm − no history)', '', ms(warm.wall - now.wall), ms(warm.cpu - now.cpu)],
        [
          `library, every commit, no cache (${linted} versions linted)`,
          every.points.length,
          ms(everyWall),
          ms(everyCpu),
        ],
      ],
    ),
  );
  const meets = cold.cpu < TARGET_S * 1000;
  console.log(
    `Target: cold run under ${TARGET_S} s (CPU time): ${meets ? 'met' : 'MISSED'} (${(cold.cpu / 1000).toFixed(1)} s, of which history ${((cold.cpu - now.cpu) / 1000).toFixed(1)} s; wall ${(cold.wall / 1000).toFixed(1)} s); warm/cold history ${((warm.cpu - now.cpu) / Math.max(1, cold.cpu - now.cpu)).toFixed(2)}`,
  );
  printSummary({
    module: 'report-history',
    targetSeconds: TARGET_S,
    contracts: CONTRACTS,
    commits: COMMITS,
    versions,
    coldWallMs: Math.round(cold.wall),
    coldCpuMs: Math.round(cold.cpu),
    warmWallMs: Math.round(warm.wall),
    warmCpuMs: Math.round(warm.cpu),
    nowOnlyWallMs: Math.round(now.wall),
    nowOnlyCpuMs: Math.round(now.cpu),
    everyCommitWallMs: Math.round(everyWall),
    everyCommitCpuMs: Math.round(everyCpu),
    everyCommitPoints: every.points.length,
    meetsTarget: meets,
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
