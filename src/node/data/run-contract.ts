// Running a contract's checks against one of its servers, as `dclens test` and the language server both do: pick the
// server, open DuckDB or PostgreSQL where the data lives (paths kept inside the workspace), run, count the results.
// The engine builds and judges the SQL; this file does the I/O around it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  dialectOfServerType,
  runChecks,
  DIALECT_SQL,
  type CheckResult,
  type ContractTests,
  type DataObject,
  type DataServer,
  type RunSummary,
  type SqlExecutor,
} from '../../engine';
import { DataUnreachable } from './data-paths';

/** A problem with the contract or the request (no servers, an unknown server, a malformed DCLENS_NOW). */
export class RunProblem extends Error {}

/** User and password for PostgreSQL, kept by the editor; they override PGUSER/PGPASSWORD for one run. */
export interface Credentials {
  user?: string;
  password?: string;
}

export type DataExecutor = SqlExecutor & {
  close(): void | Promise<void>;
  /** Stops the query running now, which then fails; the connection stays usable for close(). */
  interrupt(): void | Promise<void>;
};

export interface ResultCounts {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

/** The server named `wanted` (the first when undefined); `file` names the contract in messages. */
export function chooseServer(servers: readonly DataServer[], wanted: string | undefined, file: string): DataServer {
  if (servers.length === 0)
    throw new RunProblem(`${file} lists no servers: add one under 'servers' to say where the data is`);
  if (wanted === undefined) return servers[0];
  const found = servers.find((s) => s.server === wanted);
  if (!found)
    throw new RunProblem(`unknown server '${wanted}'; ${file} has ${servers.map((s) => `'${s.server}'`).join(', ')}`);
  return found;
}

/** Why a server cannot be tested on this machine, or undefined when it can (nothing is opened to find out). */
export function cannotRun(server: DataServer): string | undefined {
  if (['local', 'duckdb', 'postgres', 'postgresql'].includes(server.type)) return undefined;
  const dialect = dialectOfServerType(server.type);
  return dialect
    ? `${DIALECT_SQL[dialect].name} needs its own driver, which dclens does not have yet; local files, DuckDB and PostgreSQL run here`
    : `servers of type '${server.type || '(none)'}' cannot be tested here; local files, DuckDB and PostgreSQL run here`;
}

/** Opens where the server's data lives; throws DataUnreachable (one line) when it cannot. */
export async function openExecutor(
  server: DataServer,
  objects: readonly DataObject[],
  contractDir: string,
  credentials?: Credentials,
): Promise<DataExecutor> {
  const root = workspaceRoot(contractDir);
  if (server.type === 'local' || server.type === 'duckdb') {
    const { openDuckDb } = await import('./duckdb');
    return withDriver('DuckDB', '@duckdb/node-api', "'@duckdb/", () => openDuckDb(server, objects, contractDir, root));
  }
  if (server.type === 'postgres' || server.type === 'postgresql') {
    const { openPostgres } = await import('./postgres');
    return withDriver('PostgreSQL', 'pg', "'pg'", () => openPostgres(server, credentials));
  }
  throw new DataUnreachable(cannotRun(server)!);
}

/**
 * Runs `open`, turning a database client that is not installed (an editor extension ships without them) into one
 * line that says what to do instead.
 */
async function withDriver<T>(name: string, pkg: string, named: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const message = error instanceof Error ? error.message : '';
    if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && message.includes(named))
      throw new DataUnreachable(
        `${name} is not installed here (the package '${pkg}' is missing): install the dclens CLI with npm and run 'dclens test CONTRACT' in a terminal`,
      );
    throw error;
  }
}

/** The folder data paths must stay in: the nearest folder above the contract with .git or .dclens.yaml. */
export function workspaceRoot(contractDir: string): string {
  for (let dir = contractDir; ;) {
    if (['.git', '.dclens.yaml', '.dclens.yml'].some((marker) => existsSync(path.join(dir, marker)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return contractDir;
    dir = parent;
  }
}

/** Now in seconds, for latency and freshness: DCLENS_NOW when set, else the clock. */
export function nowSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.DCLENS_NOW;
  if (given === undefined || given.trim() === '') return Date.now() / 1000;
  const parsed = Date.parse(given);
  if (Number.isNaN(parsed))
    throw new RunProblem(`DCLENS_NOW must be a date and time such as 2026-06-01T09:00:00Z (got '${given}')`);
  return parsed / 1000;
}

export function countResults(results: readonly CheckResult[]): ResultCounts {
  const counts: ResultCounts = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === 'passed') counts.passed++;
    else if (r.status === 'failed') counts.failed++;
    else if (r.status === 'error') counts.errors++;
    else counts.skipped++;
  }
  return counts;
}

/** Only the checks with these ids (all when undefined), and the objects they need. */
export function onlyChecks(tests: ContractTests, ids: readonly string[] | undefined): ContractTests {
  if (ids === undefined) return tests;
  const wanted = new Set(ids);
  const checks = tests.checks.filter((c) => wanted.has(c.id));
  const schemas = new Set(checks.map((c) => c.schema));
  return { ...tests, checks, objects: tests.objects.filter((o) => schemas.has(o.name)) };
}

export interface RunOptions {
  nowSeconds: number;
  credentials?: Credentials;
  onProgress?: (message: string) => void;
  /** Called once the data is open, before the first check. */
  onOpened?: () => void;
  /** Asked between tables: true stops the run, which returns the results of the tables already checked. */
  isCancelled?: () => boolean;
  /** Aborting stops the query running now as well, so that a long scan does not hold the run up. */
  signal?: AbortSignal;
}

export interface ContractRun extends RunSummary {
  cancelled: boolean;
}

/**
 * Opens the server's data, runs the checks and closes it. Throws DataUnreachable when the data cannot be opened at
 * all; a table that cannot be read is in `unreachable` and its checks are errors, and the other tables still run.
 */
export async function runContract(
  tests: ContractTests,
  server: DataServer,
  contractDir: string,
  options: RunOptions,
): Promise<ContractRun> {
  const opened = await openExecutor(server, tests.objects, contractDir, options.credentials);
  const signal = options.signal;
  // Once aborted, no further query starts: the one running is interrupted and the rest never reach the database.
  let interrupted = false;
  const stopped = () => {
    interrupted = true;
    return Promise.reject(new Error('The run was cancelled.'));
  };
  const guard = <T>(work: () => Promise<T>): Promise<T> =>
    signal?.aborted
      ? stopped()
      : work().catch((error: unknown) => {
          if (signal?.aborted) interrupted = true;
          throw error;
        });
  const executor: DataExecutor = signal
    ? {
        ...opened,
        tableOf: (object) => opened.tableOf(object),
        columns: (object) => guard(() => opened.columns(object)),
        query: (sql) => guard(() => opened.query(sql)),
        interrupt: () => opened.interrupt(),
        close: () => opened.close(),
      }
    : opened;
  const interrupt = () => void Promise.resolve(executor.interrupt()).catch(() => undefined);
  signal?.addEventListener('abort', interrupt);
  try {
    options.onOpened?.();
    const run = { nowSeconds: options.nowSeconds, onProgress: options.onProgress };
    const given = options.isCancelled;
    if (!given && !signal) return { ...(await runChecks(tests, executor, run)), cancelled: false };
    const isCancelled = () => signal?.aborted === true || given?.() === true;
    // One table at a time, so that a cancel takes effect between tables (and, with a signal, within one).
    const results = new Map<string, CheckResult>();
    const summary: ContractRun = { results: [], unreachable: [], scans: 0, cancelled: false };
    const owned = new Set(tests.objects.map((o) => o.name));
    const parts = [
      ...tests.objects.map((object) => ({
        objects: [object],
        checks: tests.checks.filter((c) => c.schema === object.name),
      })),
      // Checks of an element no object of this contract owns: reported as the engine reports them.
      { objects: [], checks: tests.checks.filter((c) => !owned.has(c.schema)) },
    ];
    for (const part of parts) {
      if (part.checks.length === 0) continue;
      if (isCancelled()) {
        summary.cancelled = true;
        break;
      }
      const done = await runChecks({ ...tests, ...part }, executor, run);
      // A table whose queries were interrupted has no results worth showing: its checks did not run.
      if (interrupted) {
        summary.cancelled = true;
        break;
      }
      for (const r of done.results) results.set(r.check.id, r);
      summary.unreachable.push(...done.unreachable);
      summary.scans += done.scans;
    }
    summary.results = tests.checks.flatMap((c) => results.get(c.id) ?? []);
    return summary;
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await executor.close();
  }
}
