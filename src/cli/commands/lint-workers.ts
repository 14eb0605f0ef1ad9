// `dclens lint` on every core: the files the run must lint (those --cache did not answer) are shared between the main
// thread and worker threads, in small chunks handed out as each one finishes, so a slow file never holds the others
// up. A worker is the CLI's own bundle (dist/cli-main.js) started with workerData: it builds a NodeHost with the
// run's options and resolves each file's configuration and catalogue itself, as the main thread does. Results come
// back by index, so the report is assembled in the same order as one thread gives; warnings are kept per file and
// printed in that order too. `--fix` never comes here: it writes files, and stays on one thread.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import type { FileLintResult, ProfileName } from '../../engine';
import { NodeHost } from '../../node/host';
import { CliError } from '../command';
import { fileContextOf } from './discover';
import { cliCatalogue } from './lint-catalogue';
import { lintOneFile } from './lint-file';

/** Files per message: small enough that the threads finish together, large enough that messages cost little. */
const CHUNK = 8;
/** Chunks a worker holds at once, so it never waits for the main thread (busy linting its own share) to send more. */
const IN_FLIGHT = 2;
/**
 * With the thread count left to dclens, each thread gets at least this many files. A worker's start-up (loading the
 * bundle, the configuration and the catalogue, compiling the hot code again) costs about 0.4 s: measured side by side
 * on 2 cores with generated contracts of 60–400 lines, a second thread was slower up to 128 files, even at 256, and
 * took 0.87× of one thread's wall clock at 512 files and 0.7× at 1,000.
 */
export const FILES_PER_WORKER = 256;

/** What a worker is told when it starts. */
export interface LintWorkerData {
  kind: 'dclens-lint-worker';
  cwd: string;
  explicitConfig?: string;
  profile?: ProfileName;
  today: string;
}

export interface LintJob {
  index: number;
  absolute: string;
  relative: string;
  /** The bytes the main thread read (and hashed for the cache): the worker lints exactly these. */
  bytes?: Uint8Array;
}

export interface LintOutcome {
  index: number;
  result?: FileLintResult;
  warnings: string[];
  error?: { message: string; cli: boolean };
  /** What linting threw on the main thread, rethrown as it is. */
  thrown?: unknown;
}

/** True in the bundle users run; from the sources (tests under tsx) there is no file a worker could start. */
export function canStartWorkers(): boolean {
  return path.basename(__filename) === 'cli-main.js';
}

/**
 * How many threads lint `toLint` files: `--threads` / DCLENS_THREADS (1 = this thread only), else one per core when
 * there are enough files to pay for starting the others. `fix` runs on one thread: it writes files.
 */
export function threadsFor(toLint: number, asked: number | undefined, fix = false): number {
  if (fix || !canStartWorkers() || toLint < 2) return 1;
  if (asked !== undefined) return Math.max(1, Math.min(asked, Math.ceil(toLint / CHUNK)));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(toLint / FILES_PER_WORKER)));
}

/** Reads `--threads N` or DCLENS_THREADS: a whole number from 1; undefined when neither is given. */
export function askedThreads(option: number | undefined, env: string | undefined): number | undefined {
  if (option !== undefined) {
    if (option < 1) throw new CliError(`--threads must be 1 or more (got ${option})`);
    return option;
  }
  if (env === undefined || env === '' || env === 'auto') return undefined;
  if (!/^\d+$/.test(env) || Number(env) < 1)
    throw new CliError(`DCLENS_THREADS must be a whole number from 1, or auto (got '${env}')`);
  return Number(env);
}

/**
 * Worker threads for one run, started as soon as the run knows it will want them, so that they load the CLI while
 * the main thread finds and resolves the files.
 */
export class LintWorkers {
  private readonly workers: Worker[] = [];
  /** A worker that failed outside a file's lint (it could not start, or stopped). */
  private failure: Error | undefined;
  private readonly failed: Array<(error: Error) => void> = [];

  /** Starts `count` workers (none for 0). */
  constructor(count: number, data: Omit<LintWorkerData, 'kind'>) {
    const workerData: LintWorkerData = { kind: 'dclens-lint-worker', ...data };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(__filename, { workerData, stdout: false, stderr: false });
      const fail = (error: Error): void => {
        this.failure ??= error;
        for (const notify of this.failed) notify(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a lint worker stopped (exit code ${code})`)));
      this.workers.push(worker);
    }
  }

  /** The threads linting: the workers and this one. */
  get threads(): number {
    return this.workers.length + 1;
  }

  /**
   * Lints `jobs` on the workers and this thread (`here` lints one there), then stops the workers. Resolves with one
   * outcome per job, by index; rejects if a worker fails outside a file's lint.
   */
  async run(jobs: LintJob[], here: (job: LintJob) => LintOutcome): Promise<Map<number, LintOutcome>> {
    const outcomes = new Map<number, LintOutcome>();
    let next = 0;
    const take = (): LintJob[] => {
      const chunk = jobs.slice(next, next + CHUNK);
      next += chunk.length;
      return chunk;
    };
    const done = this.workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          if (this.failure) return reject(this.failure);
          this.failed.push(reject);
          let outstanding = 0;
          const send = (): void => {
            const chunk = take();
            if (chunk.length === 0) return;
            outstanding++;
            worker.postMessage(chunk);
          };
          worker.on('message', (results: LintOutcome[]) => {
            outstanding--;
            for (const outcome of results) outcomes.set(outcome.index, outcome);
            send();
            if (outstanding === 0) resolve();
          });
          for (let i = 0; i < IN_FLIGHT; i++) send();
          if (outstanding === 0) resolve();
        }),
    );
    try {
      // This thread's share: a chunk at a time, letting the workers' messages in between.
      for (let chunk = take(); chunk.length > 0; chunk = take()) {
        for (const job of chunk) outcomes.set(job.index, here(job));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await Promise.all(done);
    } finally {
      await this.stop();
    }
    return outcomes;
  }

  /** Stops every worker (a run that ends early calls this too). */
  async stop(): Promise<void> {
    this.failed.length = 0;
    this.failure ??= new Error('the lint workers were stopped');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The worker's side: lints each chunk it is sent and answers with the outcomes. */
export function runLintWorker(data: LintWorkerData): void {
  const port = parentPort;
  if (!port) return;
  // Configuration and catalogue warnings are printed by the main thread, which resolves the same files first.
  const host = new NodeHost({ cwd: data.cwd, explicitConfig: data.explicitConfig, profile: data.profile });
  let queue = Promise.resolve();
  port.on('message', (chunk: LintJob[]) => {
    queue = queue.then(async () => {
      const results: LintOutcome[] = [];
      for (const job of chunk) results.push(await lintInWorker(host, data.today, job));
      port.postMessage(results);
    });
  });
}

async function lintInWorker(host: NodeHost, day: string, job: LintJob): Promise<LintOutcome> {
  const warnings: string[] = [];
  try {
    const context = fileContextOf(host, job.absolute);
    const catalogue = await cliCatalogue(host, context, day);
    const result = lintOneFile(job.absolute, job.relative, {
      config: context.config,
      today: day,
      fix: false,
      catalogue,
      catalogueSubjectPath: context.relativePath,
      warn: (message) => warnings.push(message),
      bytes: job.bytes,
    });
    return { index: job.index, result, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { index: job.index, warnings, error: { message, cli: error instanceof CliError } };
  }
}
