// Entry point: starts the Data Contract Lens language server as a client and adds what only VS Code has (score view,
// status bar, walkthrough progress, commands). The extension host never runs the engine: every finding, fix, hover,
// completion, code lens and score comes from the server's process.
import * as vscode from 'vscode';
import { CATALOGUE_LOADED, SCORE, WARM, type CatalogueLoadedParams, type ScoreResult } from '../server/protocol';
import { createClient, type ContractClient } from './client';
import { documentText, registerCommands } from './commands';
import { SCORE_SCHEME, ScoreViewProvider } from './score-view';
import { ScoreStatusBar } from './status-bar';
import { announceRestrictedMode, type RestrictedNotice } from './trust';
import { createLog, disposeLog, log, recentLog } from './log';
import { WalkthroughProgress } from './walkthrough';
import { suggestFolder } from './new-contract';
import { registerTestExplorer } from './register-test-explorer';
import type { DataTestsApi } from './test-explorer';
import { registerNewFromData } from './new-from-data';
import { registerReportView } from './report-view';
import { registerCompareWithBase } from './compare-with-base';

/** What activate() returns: enough for the extension's own tests to see what it did. */
export interface DclensApi {
  /** How long activate() took, in milliseconds (printed by the e2e run). */
  activationMs: number;
  /** Documents currently treated as contracts. */
  contractUris(): string[];
  /** Fires after a document's findings were published and shown (also when there are none). */
  onDidLint: vscode.Event<vscode.Uri>;
  /** The document version whose findings are shown (undefined: not a contract, or not linted yet). */
  lintedVersion(uri: vscode.Uri): number | undefined;
  /** Resolves when the owner catalogue of the document's folder has loaded and open contracts show its findings. */
  whenCatalogueLoaded(uri: vscode.Uri): Promise<void>;
  /** The status bar text, when shown. */
  statusBarText(): string | undefined;
  /** Whether activation told the user about Restricted Mode (once per workspace). */
  restrictedNotice: RestrictedNotice;
  /** The HTML of the open score view of a contract (undefined: none open). */
  scoreViewHtml(uri: vscode.Uri): string | undefined;
  /** The last lines written to the "Data Contract Lens" output channel (the server's too), each with its level. */
  recentLog(): string[];
  /** Whether the walkthrough's "Name an owner" step is done (an edit gave a contract its Data Owner). */
  walkthroughOwnerNamed(): boolean;
  /** The folder "New data contract" suggests for a contract of this domain. */
  suggestContractFolder(domain: string): Promise<vscode.Uri | undefined>;
  /** Resolves once the language server runs and has prepared its checks. */
  whenWarm(): Promise<void>;
  /** The Test Explorer's data contracts (no items and no runs until the workspace is trusted). */
  dataTests: DataTestsApi;
  /** The HTML of the open data quality report (undefined: none open). */
  reportHtml(): string | undefined;
  /** Fires each time the open data quality report has rendered anew (after a save, say). */
  onDidRenderReport: vscode.Event<void>;
  /** What a link of the report does with the path it posts (false: not a file the report names, nothing opened). */
  openReportLink(file: unknown): Promise<boolean>;
}

/** The running client, stopped (and its server with it) when the extension is deactivated. */
let running: ContractClient | undefined;

export function activate(context: vscode.ExtensionContext): DclensApi {
  const started = performance.now();
  const output = createLog();
  context.subscriptions.push(output, { dispose: disposeLog });
  const contracts = createClient(context, output);
  running = contracts;
  const { client, state } = contracts;
  const scoreView = new ScoreViewProvider(async (document) => {
    await contracts.ready();
    return (await client.sendRequest<ScoreResult>(SCORE, documentText(document))).pages;
  });
  const statusBar = new ScoreStatusBar(state);
  const walkthrough = new WalkthroughProgress(state);
  context.subscriptions.push(contracts, scoreView, statusBar, walkthrough);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCORE_SCHEME, scoreView),
    // New findings (an edit, a configuration change, a catalogue that arrived) re-render an open score view.
    state.onDidChange((uri) => scoreView.refresh(uri)),
    ...registerCommands({ context, contracts, scoreView, output }),
  );
  context.subscriptions.push(registerNewFromData(context, contracts));
  const reportView = registerReportView(contracts);
  context.subscriptions.push(reportView);
  context.subscriptions.push(...registerCompareWithBase(contracts));
  const dataTests = registerTestExplorer(context, contracts);
  context.subscriptions.push(dataTests.disposable);
  const restrictedNotice = announceRestrictedMode(context);
  const activationMs = performance.now() - started;
  log.info(
    `Activated in ${Math.round(activationMs)} ms${vscode.workspace.isTrusted ? '' : ' (Restricted Mode: no .dclens.yaml, catalogue or git)'}.`,
  );
  const firstLint = state.onDidChange((uri) => {
    firstLint.dispose();
    log.info(
      `First findings published ${Math.round(performance.now() - started)} ms after activation began (${vscode.workspace.asRelativePath(uri)}).`,
    );
  });
  context.subscriptions.push(firstLint);
  const warm = contracts
    .ready()
    .then(() => client.sendRequest<boolean>(WARM))
    .then(
      () => undefined,
      () => undefined,
    );
  return {
    restrictedNotice,
    activationMs,
    contractUris: () => state.uris(),
    onDidLint: state.onDidChange,
    lintedVersion: (uri) => state.versionOf(uri),
    whenCatalogueLoaded: async (uri) => {
      await contracts.ready();
      const params: CatalogueLoadedParams = { uri: uri.toString() };
      await client.sendRequest<boolean>(CATALOGUE_LOADED, params);
      await state.idle();
    },
    statusBarText: () => statusBar.text,
    scoreViewHtml: (uri) => scoreView.html(uri),
    recentLog,
    walkthroughOwnerNamed: () => walkthrough.done,
    suggestContractFolder: (domain) => suggestFolder(domain),
    whenWarm: () => warm,
    dataTests: dataTests.api,
    reportHtml: () => reportView.html(),
    onDidRenderReport: reportView.onDidRender,
    openReportLink: (file) => reportView.openLinked(file),
  };
}

/** Lets the server finish and exit before VS Code unloads the extension. */
export async function deactivate(): Promise<void> {
  const stopping = running?.stop();
  running = undefined;
  await stopping;
}
