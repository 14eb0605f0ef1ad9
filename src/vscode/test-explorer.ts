// The Test Explorer for data contracts: each contract, its schema objects and their checks, at their lines. The
// checks come from the language server (`dclens/testPlan`, nothing connects); a run asks the server to run them
// against the server the user picked (`dclens/runTests`, cancellable) and shows each result at its rule's line.
// Registered only in a trusted workspace; nothing connects to any data until the user runs a test.
import * as vscode from 'vscode';
import {
  RUN_TESTS,
  TEST_PLAN,
  TEST_PROGRESS,
  type RunTestsParams,
  type RunTestsResult,
  type TestPlanParams,
  type TestPlanResult,
  type TestProgressParams,
  type TestResult,
} from '../server/protocol';
import type { ContractClient } from './client';
import { log } from './log';
import { storedPostgresCredentials } from './postgres-credentials';
import { resultMarkdown } from './test-result-message';
import { ServerChoices } from './test-servers';
import { WORKSPACE_EXCLUDE } from './workspace-lint';

/** A YAML file that declares itself a data contract (the server decides the rest when asked for the plan). */
const CONTRACT_KIND = /^kind:\s*['"]?DataContract\b/m;

type ItemKind = 'contract' | 'object' | 'check';
interface ItemData {
  kind: ItemKind;
  uri: vscode.Uri;
  /** The check's id for a check item. */
  checkId?: string;
  /** Why the check cannot run (from the plan). */
  skipped?: string;
}

export interface DataTestsApi {
  /** Every item of the controller (contracts, objects, checks), by id, with the plans loaded. */
  itemIds(): Promise<string[]>;
  /** Runs every check of every contract (or of these), as "Run All" does; resolves when the run ends. */
  runAll(uris?: vscode.Uri[]): Promise<void>;
}

export class DataTestExplorer implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController('dclens', 'Data contracts');
  private readonly data = new WeakMap<vscode.TestItem, ItemData>();
  private readonly plans = new Map<string, TestPlanResult>();
  private readonly disposables: vscode.Disposable[] = [];
  private discovered: Promise<void> | undefined;
  /** Where the progress of each contract's run goes (URI → its test run's output). */
  private readonly progress = new Map<string, (message: string) => void>();
  private readonly servers: ServerChoices;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly contracts: ContractClient,
  ) {
    this.servers = new ServerChoices(context.workspaceState);
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discover();
      else if (this.data.get(item)?.kind === 'contract') await this.loadPlan(item);
    };
    this.controller.refreshHandler = async () => {
      this.discovered = undefined;
      await this.discover();
      for (const [, item] of this.controller.items) if (this.plans.has(item.id)) await this.loadPlan(item);
    };
    this.controller.createRunProfile(
      'Run',
      vscode.TestRunProfileKind.Run,
      (request, token) => this.run(request, token),
      true,
    );
    this.disposables.push(
      this.controller,
      vscode.workspace.onDidSaveTextDocument((document) => void this.saved(document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.addIfContract(document.uri, document.getText())),
      vscode.workspace.onDidDeleteFiles((event) =>
        event.files.forEach((uri) => this.controller.items.delete(uri.toString())),
      ),
      this.contracts.client.onNotification(TEST_PROGRESS, (p: TestProgressParams) =>
        this.progress.get(p.uri)?.(p.message),
      ),
    );
    for (const document of vscode.workspace.textDocuments) this.addIfContract(document.uri, document.getText());
  }

  api(): DataTestsApi {
    return {
      itemIds: async () => {
        await this.discover();
        const ids: string[] = [];
        for (const [, item] of this.controller.items) {
          await this.loadPlan(item);
          ids.push(...collect(item).map((i) => i.id));
        }
        return ids;
      },
      runAll: async (uris) => {
        await this.discover();
        const include = uris
          ?.map((u) => this.controller.items.get(u.toString()))
          .filter((i): i is vscode.TestItem => i !== undefined);
        const source = new vscode.CancellationTokenSource();
        try {
          await this.run(new vscode.TestRunRequest(include), source.token);
        } finally {
          source.dispose();
        }
      },
    };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Finds contracts among the workspace's YAML files, as "Lint all contracts" finds files. */
  private discover(): Promise<void> {
    this.discovered ??= (async () => {
      const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', WORKSPACE_EXCLUDE);
      for (const uri of uris) {
        if (this.controller.items.get(uri.toString())) continue;
        try {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          this.addIfContract(uri, text);
        } catch {
          // A file that went away meanwhile.
        }
      }
    })();
    return this.discovered;
  }

  private addIfContract(uri: vscode.Uri, text: string): vscode.TestItem | undefined {
    if (uri.scheme !== 'file' || !/\.ya?ml$/i.test(uri.path) || /(^|\/)\.dclens\.ya?ml$/.test(uri.path)) return;
    const existing = this.controller.items.get(uri.toString());
    if (existing || !CONTRACT_KIND.test(text)) return existing;
    const item = this.controller.createTestItem(uri.toString(), vscode.workspace.asRelativePath(uri), uri);
    item.canResolveChildren = true;
    this.data.set(item, { kind: 'contract', uri });
    this.controller.items.add(item);
    return item;
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    const item = this.addIfContract(document.uri, document.getText());
    if (item && this.plans.has(item.id)) await this.loadPlan(item);
  }

  /** Asks the server for the contract's checks and rebuilds its objects and checks. */
  private async loadPlan(item: vscode.TestItem): Promise<TestPlanResult> {
    const uri = this.data.get(item)!.uri;
    await this.contracts.ready();
    const params: TestPlanParams = { uri: uri.toString() };
    item.busy = true;
    let plan: TestPlanResult;
    try {
      plan = await this.contracts.client.sendRequest<TestPlanResult>(TEST_PLAN, params);
    } catch (error) {
      plan = { problem: `Could not read the checks: ${messageOf(error)}`, objects: [], checks: [], servers: [] };
    } finally {
      item.busy = false;
    }
    this.plans.set(item.id, plan);
    item.error = plan.problem;
    const objects = new Map<string, vscode.TestItem>();
    const children: vscode.TestItem[] = [];
    for (const object of plan.objects) {
      const child = this.controller.createTestItem(`${item.id}#${object.name}`, object.name, uri);
      child.range = lineRange(object.line);
      this.data.set(child, { kind: 'object', uri });
      objects.set(object.name, child);
      children.push(child);
    }
    const grandchildren = new Map<vscode.TestItem, vscode.TestItem[]>();
    for (const check of plan.checks) {
      const child = this.controller.createTestItem(`${item.id}#${check.id}`, check.label, uri);
      child.range = lineRange(check.line);
      if (check.skipped) child.description = `skipped: ${check.skipped}`;
      this.data.set(child, { kind: 'check', uri, checkId: check.id, skipped: check.skipped });
      const parent = objects.get(check.schema);
      if (parent) grandchildren.set(parent, [...(grandchildren.get(parent) ?? []), child]);
      else children.push(child);
    }
    for (const [parent, checks] of grandchildren) parent.children.replace(checks);
    item.children.replace(children);
    item.canResolveChildren = false;
    return plan;
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    await this.discover();
    const roots = request.include ?? [...this.controller.items].map(([, item]) => item);
    const excluded = new Set((request.exclude ?? []).map((i) => i.id));
    // Group the requested checks by contract; a contract asked for whole runs every check.
    const byContract = new Map<string, { contract: vscode.TestItem; checks: vscode.TestItem[]; whole: boolean }>();
    for (const root of roots) {
      const contract = this.contractOf(root);
      if (!contract || excluded.has(root.id)) continue;
      if (!this.plans.has(contract.id)) await this.loadPlan(contract);
      const entry = byContract.get(contract.id) ?? { contract, checks: [], whole: false };
      entry.whole ||= root === contract && excluded.size === 0;
      entry.checks.push(...collect(root, excluded).filter((i) => this.data.get(i)?.kind === 'check'));
      byContract.set(contract.id, entry);
    }
    const run = this.controller.createTestRun(request, 'Data contracts', true);
    // Run All takes every contract of the workspace: one that says nowhere where its data is, or whose data cannot
    // be reached from here, is skipped with a line in the output rather than marked as a failure of each check.
    const all = request.include === undefined;
    try {
      for (const { contract, checks, whole } of byContract.values()) {
        if (token.isCancellationRequested) break;
        await this.runContract(run, contract, checks, whole, token, all);
      }
    } finally {
      run.end();
    }
  }

  private async runContract(
    run: vscode.TestRun,
    contract: vscode.TestItem,
    checks: vscode.TestItem[],
    whole: boolean,
    token: vscode.CancellationToken,
    all: boolean,
  ): Promise<void> {
    const uri = this.data.get(contract)!.uri;
    const plan = this.plans.get(contract.id);
    const unique = [...new Map(checks.map((c) => [c.id, c])).values()];
    const cannotRun = (reason: string) => {
      if (all) {
        for (const item of unique) run.skipped(item);
        run.appendOutput(`${vscode.workspace.asRelativePath(uri)}: skipped. ${reason}\r\n`);
      } else {
        for (const item of unique) run.errored(item, new vscode.TestMessage(reason));
      }
    };
    if (!plan || plan.problem) {
      run.errored(contract, new vscode.TestMessage(plan?.problem ?? 'This file has no checks.'));
      return;
    }
    if (plan.servers.length === 0) {
      cannotRun(`Add a server under 'servers' in ${vscode.workspace.asRelativePath(uri)} to say where its data is.`);
      return;
    }
    const server = await this.servers.serverFor(uri, plan.servers);
    if (!server) {
      for (const item of unique) run.skipped(item);
      run.appendOutput(`${vscode.workspace.asRelativePath(uri)}: no server chosen, nothing ran.\r\n`);
      return;
    }
    if (!server.runnable) {
      cannotRun(`Server '${server.server}': ${server.reason ?? 'it cannot be tested here'}.`);
      return;
    }
    for (const item of unique) run.started(item);
    const params: RunTestsParams = {
      uri: uri.toString(),
      server: server.server,
      ...(whole ? {} : { ids: unique.map((i) => this.data.get(i)!.checkId!) }),
    };
    if (server.type === 'postgres' || server.type === 'postgresql') {
      const credentials = await storedPostgresCredentials(this.context.secrets);
      if (credentials) params.credentials = credentials;
    }
    this.progress.set(params.uri, (message) => run.appendOutput(`${message}\r\n`));
    let result: RunTestsResult;
    try {
      result = await this.contracts.client.sendRequest<RunTestsResult>(RUN_TESTS, params, token);
    } catch (error) {
      const message = new vscode.TestMessage(`The run did not complete: ${messageOf(error)}`);
      for (const item of unique) run.errored(item, message);
      return;
    } finally {
      this.progress.delete(params.uri);
    }
    const byId = new Map(unique.map((i) => [this.data.get(i)!.checkId!, i]));
    const done = new Set<string>();
    for (const r of result.results) {
      const item = byId.get(r.id);
      if (!item) continue;
      done.add(r.id);
      this.report(run, item, r, uri);
    }
    for (const [id, item] of byId) {
      if (done.has(id)) continue;
      // Not run: the run was cancelled, or the data could not be reached at all.
      if (result.unreachable && !token.isCancellationRequested)
        run.errored(item, new vscode.TestMessage(result.unreachable));
      else run.skipped(item);
    }
    const s = result.summary;
    const summary = `${vscode.workspace.asRelativePath(uri)} on '${result.server.server}': ${s.passed} passed, ${s.failed} failed, ${s.errors} errors, ${s.skipped} skipped (${result.scans} ${result.scans === 1 ? 'scan' : 'scans'}, ${result.milliseconds} ms)${token.isCancellationRequested ? ', cancelled' : ''}.`;
    run.appendOutput(`${summary}\r\n`);
    log.info(summary);
  }

  private report(run: vscode.TestRun, item: vscode.TestItem, r: TestResult, uri: vscode.Uri): void {
    const location = new vscode.Location(uri, lineRange(r.line));
    if (r.status === 'passed') run.passed(item);
    else if (r.status === 'skipped') {
      run.skipped(item);
      run.appendOutput(`${item.label}: ${r.message}\r\n`, location, item);
    } else {
      const message = new vscode.TestMessage(resultMarkdown(r));
      message.location = location;
      if (r.status === 'failed') run.failed(item, message);
      else run.errored(item, message);
    }
  }

  private contractOf(item: vscode.TestItem): vscode.TestItem | undefined {
    let current: vscode.TestItem | undefined = item;
    while (current?.parent) current = current.parent;
    return current && this.data.get(current)?.kind === 'contract' ? current : undefined;
  }

  async chooseServerCommand(given?: vscode.Uri): Promise<string | undefined> {
    await this.discover();
    let uri = given ?? vscode.window.activeTextEditor?.document.uri;
    let item = uri && this.controller.items.get(uri.toString());
    if (!item) {
      const contracts = [...this.controller.items].map(([, i]) => i);
      const picked = await vscode.window.showQuickPick(
        contracts.map((i) => ({ label: i.label, item: i })),
        { title: 'Choose the test server of which contract?' },
      );
      item = picked?.item;
      uri = item && this.data.get(item)?.uri;
    }
    if (!item || !uri) return undefined;
    const plan = await this.loadPlan(item);
    if (plan.servers.length === 0) {
      void vscode.window.showInformationMessage(
        `Add a server under 'servers' in ${vscode.workspace.asRelativePath(uri)} to say where its data is.`,
      );
      return undefined;
    }
    return (await this.servers.pick(uri, plan.servers))?.server;
  }
}

/** The item and its descendants, leaving out the excluded ones and everything under them. */
function collect(item: vscode.TestItem, excluded: ReadonlySet<string> = new Set()): vscode.TestItem[] {
  if (excluded.has(item.id)) return [];
  const all = [item];
  for (const [, child] of item.children) all.push(...collect(child, excluded));
  return all;
}

function lineRange(line: number): vscode.Range {
  return new vscode.Range(line, 0, line, 0);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
