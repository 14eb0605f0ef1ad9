// Data tests in the editor: the plan of a contract's checks (nothing connects), running them against one of its
// servers when the user asks (trusted workspaces only, cancellable between tables), and the last results of each
// contract, shown as diagnostics beside its lint findings and in the hover of a rule until the contract or the data
// changes. The run itself is `dclens test`'s (src/node/data/run-contract.ts).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DiagnosticSeverity,
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { contractChecks, type CheckResult, type DataCheck, type DataServer } from '../engine';
import { DataUnreachable } from '../node/data/data-paths';
import {
  cannotRun,
  chooseServer,
  countResults,
  nowSeconds,
  onlyChecks,
  runContract,
  RunProblem,
} from '../node/data/run-contract';
import type { DiagnosticsScheduler } from './diagnostics';
import {
  RUN_TESTS,
  TEST_PLAN,
  TEST_PROGRESS,
  type PlannedCheck,
  type RunTestsParams,
  type RunTestsResult,
  type TestPlanParams,
  type TestPlanResult,
  type TestProgressParams,
  type TestResult,
} from './protocol';
import { filePathOf, type ServerWorkspace } from './workspace';

/** The `source` of the diagnostics a data test run leaves. */
export const DATA_TEST_SOURCE = 'dclens test';

export const UNTRUSTED_RUN_MESSAGE =
  'Data tests run only in a trusted workspace: trust this folder to run the checks against the data.';

/** Files whose change makes the last results of every contract out of date. */
export const DATA_FILE_GLOB = '**/*.{csv,parquet,json,jsonl,ndjson,duckdb,db}';
const DATA_FILE = /\.(csv|parquet|json|jsonl|ndjson|duckdb|db)$/i;

const PLAIN: Record<string, string> = {
  objectExists: 'table exists',
  propertyExists: 'column exists',
  required: 'no nulls (required)',
  unique: 'no repeated values (unique)',
  primaryKey: 'no nulls or repeats (primary key)',
  pattern: 'values match the pattern',
  format: 'values have the format',
  minimum: 'no value below the minimum',
  maximum: 'no value above the maximum',
  exclusiveMinimum: 'values above the minimum',
  exclusiveMaximum: 'values below the maximum',
  minLength: 'no value shorter than the minimum',
  maxLength: 'no value longer than the maximum',
  nullValues: 'no nulls',
  missingValues: 'few missing values',
  invalidValues: 'only valid values',
  duplicateValues: 'no duplicates',
  rowCount: 'row count',
  sql: 'SQL check',
  latency: 'latency',
  freshness: 'freshness',
};

/** "amount_pence: no nulls (nullValues mustBe 0)", "fines: table exists", "officer_id: type is string". */
export function checkLabel(check: DataCheck): string {
  const subject = check.subject || check.schema || 'contract';
  if (check.type === 'logicalType') return `${subject}: type is ${check.logicalType ?? 'as declared'}`;
  if ((check.type === 'latency' || check.type === 'freshness') && check.expected && check.slaUnitSeconds) {
    const limit = Array.isArray(check.expected.value) ? check.expected.value[1] : check.expected.value;
    const bound = check.expected.operator === 'mustBeLessThan' ? 'under' : 'at most';
    return `${subject}: ${check.type} ${bound} ${limit / check.slaUnitSeconds} ${check.slaUnit ?? 's'}`;
  }
  const plain = PLAIN[check.type] ?? `${check.type} check`;
  const e = check.expected;
  const rule = ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount', 'sql'].includes(
    check.type,
  );
  if (!rule || !e) return `${subject}: ${plain}`;
  const value = Array.isArray(e.value) ? `${e.value[0]} and ${e.value[1]}` : String(e.value);
  return `${subject}: ${plain} (${check.type} ${e.operator} ${value}${e.unit === 'percent' ? '%' : ''})`;
}

/** Whether this process can load DuckDB (a universal .vsix ships without it). */
function duckDbMissing(): string | undefined {
  try {
    createRequire(__filename).resolve('@duckdb/node-api');
    return undefined;
  } catch {
    return "DuckDB is not installed here (the package '@duckdb/node-api' is missing): install the dclens CLI with npm and run 'dclens test CONTRACT' in a terminal";
  }
}

function plannedServer(server: DataServer): TestPlanResult['servers'][number] {
  const reason =
    cannotRun(server) ?? (server.type === 'local' || server.type === 'duckdb' ? duckDbMissing() : undefined);
  return { server: server.server, type: server.type, runnable: reason === undefined, ...(reason ? { reason } : {}) };
}

interface LastRun {
  /** The text the checks were read from: results stand while the document has it. */
  text: string;
  server: string;
  results: CheckResult[];
}

export class DataTests {
  private readonly last = new Map<string, LastRun>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: ServerWorkspace,
    private readonly scheduler: DiagnosticsScheduler,
  ) {
    scheduler.extra = (uri) => this.diagnostics(uri);
    documents.onDidChangeContent((event) => {
      const run = this.last.get(event.document.uri);
      if (run && run.text !== event.document.getText()) this.drop([event.document.uri]);
    });
    connection.onRequest(TEST_PLAN, (params: TestPlanParams) => this.plan(params));
    connection.onRequest(RUN_TESTS, (params: RunTestsParams, token: CancellationToken) => this.run(params, token));
  }

  /** The diagnostics of the last run of `uri`: its failed checks and the checks that could not run. */
  diagnostics(uri: string): Diagnostic[] {
    const run = this.last.get(uri);
    if (!run) return [];
    const lines = run.text.split('\n');
    return run.results
      .filter((r) => r.status === 'failed' || r.status === 'error')
      .map((r) => {
        const start = r.check.range.start;
        return {
          range: { start, end: { line: start.line, character: (lines[start.line] ?? '').replace(/\r$/, '').length } },
          // A failed check is data breaking a promise the contract rightly makes: a warning about the data. A check
          // that could not run (a missing file or column, a refused query) needs the contract or the setup fixed.
          severity: r.status === 'failed' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
          source: DATA_TEST_SOURCE,
          code: r.check.id,
          message: r.message,
        };
      });
  }

  /**
   * The hover text of the last results of the check at `line`: the rule or key written there, or anywhere inside a
   * quality rule or SLA entry (its `mustBe`, its `query`); undefined when none.
   */
  hoverNote(uri: string, line: number): string | undefined {
    const run = this.last.get(uri);
    if (!run) return undefined;
    const lines = run.text.split('\n');
    const lastLine = (r: CheckResult) => {
      const { start } = r.check.range;
      if (!/(\.quality|^slaProperties)\[\d+\]$/.test(r.check.id)) return r.check.range.end.line;
      // The entry goes on while lines are indented at least as far as its first key.
      let end = start.line;
      for (let i = start.line + 1; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        if (lines[i].length - lines[i].trimStart().length < start.character) break;
        end = i;
      }
      return end;
    };
    const here = run.results
      .map((r) => ({ r, first: r.check.range.start.line, last: lastLine(r) }))
      .filter(({ first, last }) => first <= line && line <= last);
    if (here.length === 0) return undefined;
    const innermost = Math.min(...here.map(({ first, last }) => last - first));
    return here
      .filter(({ first, last }) => last - first === innermost)
      .map(({ r }) => escapeMarkdown(`Last test on server '${run.server}': ${r.status} — ${r.message}`))
      .join('\n\n');
  }

  /** Watched files changed: a contract on disk or any data file makes the results concerned out of date. */
  filesChanged(changes: readonly FileEvent[]): void {
    const stale = new Set<string>();
    for (const change of changes) {
      if (DATA_FILE.test(change.uri)) for (const uri of this.last.keys()) stale.add(uri);
      else if (this.last.has(change.uri) && !this.documents.get(change.uri)) stale.add(change.uri);
    }
    if (stale.size > 0) this.drop([...stale]);
  }

  private drop(uris: string[]): void {
    for (const uri of uris) {
      if (!this.last.delete(uri)) continue;
      void this.scheduler.republish(uri).catch((error: unknown) => this.logError(`Could not update ${uri}`, error));
    }
  }

  private async textOf(uri: string): Promise<string | undefined> {
    const open = this.documents.get(uri);
    if (open) return open.getText();
    const file = filePathOf(uri);
    return file ? readFile(file, 'utf8') : undefined;
  }

  private async plan(params: TestPlanParams): Promise<TestPlanResult> {
    try {
      const text = await this.textOf(params.uri);
      if (text === undefined) return { problem: 'Not a file.', objects: [], checks: [], servers: [] };
      const tests = contractChecks(text);
      if (tests.problem) return { problem: tests.problem, objects: [], checks: [], servers: [] };
      return {
        objects: tests.objects.map((o) => ({
          name: o.name,
          line: tests.checks.find((c) => c.schema === o.name && c.type === 'objectExists')?.range.start.line ?? 0,
        })),
        checks: tests.checks.map((c): PlannedCheck => ({
          id: c.id,
          schema: c.schema,
          property: c.property,
          type: c.type,
          label: checkLabel(c),
          line: c.range.start.line,
          ...(c.skipped !== undefined ? { skipped: c.skipped } : {}),
        })),
        servers: tests.servers.map(plannedServer),
      };
    } catch (error) {
      this.logError('The test plan failed', error);
      return { problem: `Could not read the contract: ${firstLine(error)}`, objects: [], checks: [], servers: [] };
    }
  }

  private async run(params: RunTestsParams, token: CancellationToken): Promise<RunTestsResult> {
    if (!this.workspace.trusted) throw new ResponseError(ErrorCodes.InvalidRequest, UNTRUSTED_RUN_MESSAGE);
    const started = Date.now();
    const result: RunTestsResult = {
      server: { server: params.server ?? '', type: '' },
      results: [],
      summary: { passed: 0, failed: 0, errors: 0, skipped: 0 },
      scans: 0,
      milliseconds: 0,
    };
    const file = filePathOf(params.uri);
    const label = file ? path.basename(file) : params.uri;
    try {
      const text = await this.textOf(params.uri);
      if (text === undefined || !file) return { ...result, unreachable: `${label} is not a file on this machine.` };
      const all = contractChecks(text);
      if (all.problem) return { ...result, unreachable: `${label}: ${all.problem}` };
      const server = chooseServer(all.servers, params.server, label);
      result.server = { server: server.server, type: server.type };
      const tests = onlyChecks(all, params.ids);
      const progress = (message: string) =>
        void this.connection.sendNotification(TEST_PROGRESS, { uri: params.uri, message } satisfies TestProgressParams);
      progress(`Testing ${label} against server '${server.server}' (${server.type})…`);
      const cancel = new AbortController();
      const listening = token.onCancellationRequested(() => cancel.abort());
      if (token.isCancellationRequested) cancel.abort();
      const run = await runContract(tests, server, path.dirname(file), {
        nowSeconds: this.now(),
        credentials: params.credentials,
        onProgress: progress,
        signal: cancel.signal,
      }).finally(() => listening.dispose());
      result.results = run.results.map(toTestResult);
      result.summary = countResults(run.results);
      result.scans = run.scans;
      if (run.unreachable.length > 0) result.unreachable = run.unreachable[0];
      progress(
        `${run.cancelled ? 'Cancelled after' : 'Done:'} ${run.results.length} ${run.results.length === 1 ? 'check' : 'checks'} in ${Date.now() - started} ms.`,
      );
      await this.keep(params.uri, text, server.server, run.results, tests.checks.length === all.checks.length);
    } catch (error) {
      if (error instanceof DataUnreachable || error instanceof RunProblem) {
        result.unreachable = result.server.type ? `server '${result.server.server}': ${error.message}` : error.message;
      } else {
        this.logError(`Testing ${params.uri} failed`, error);
        result.unreachable = `The run stopped: ${firstLine(error)}`;
      }
    }
    result.milliseconds = Date.now() - started;
    return result;
  }

  /** Keeps the results of a run of this text and publishes them, unless the text changed meanwhile. */
  private async keep(uri: string, text: string, server: string, results: CheckResult[], whole: boolean): Promise<void> {
    if ((await this.textOf(uri)) !== text) return;
    const previous = this.last.get(uri);
    // Running some checks again replaces their results and keeps the others of the same text and server.
    const merged =
      !whole && previous && previous.text === text && previous.server === server
        ? [...previous.results.filter((p) => !results.some((r) => r.check.id === p.check.id)), ...results]
        : results;
    this.last.set(uri, { text, server, results: merged });
    if (this.documents.get(uri)) await this.scheduler.republish(uri);
    else if ((await this.scheduler.lintClosed(uri, text)) === undefined) await this.scheduler.republish(uri);
  }

  private now(): number {
    try {
      return nowSeconds();
    } catch (error) {
      this.logError('DCLENS_NOW is ignored', error);
      return Date.now() / 1000;
    }
  }

  private logError(what: string, error: unknown): void {
    this.connection.console.error(
      `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

function toTestResult(r: CheckResult): TestResult {
  return {
    id: r.check.id,
    status: r.status,
    line: r.check.range.start.line,
    ...(r.actual !== undefined ? { actual: r.actual } : {}),
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    message: r.message,
    ...(r.query !== undefined ? { query: r.query } : {}),
    ...(r.sample !== undefined ? { sample: r.sample } : {}),
  };
}

/** Plain text shown as markdown as it is (column names such as amount_pence keep their underscores). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
}
