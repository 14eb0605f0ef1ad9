// Entry point: wires the engine into VS Code. Every provider and listener is disposed with the extension.
import * as vscode from 'vscode';
import { CatalogueHost } from './catalogue';
import { ContractCodeActions } from './code-actions';
import { ScoreCodeLenses } from './code-lens';
import { registerCommands } from './commands';
import { ContractCompletions } from './completion';
import { ConfigLoader } from './config-loader';
import { DIAGNOSTIC_SOURCE } from './convert';
import { DiagnosticsController } from './diagnostics';
import { EditorLanguageService } from './engine-bridge';
import { GuidanceHover } from './hover';
import { LintResults } from './lint-results';
import { ScoreCache } from './score-cache';
import { SCORE_SCHEME, ScoreViewProvider } from './score-view';
import { ScoreStatusBar } from './status-bar';
import { announceRestrictedMode, type RestrictedNotice } from './trust';
import { createLog, disposeLog, log, recentLog } from './log';
import { WalkthroughProgress } from './walkthrough';
import { suggestFolder } from './new-contract';
import { warmUpLater } from './warm-up';

const YAML: vscode.DocumentSelector = [{ language: 'yaml' }];

/** What activate() returns: enough for the extension's own tests to see what it did. */
export interface DclensApi {
  /** How long activate() took, in milliseconds (printed by the e2e run). */
  activationMs: number;
  /** Documents currently treated as contracts. */
  contractUris(): string[];
  /** Fires after a document's findings were published (also when there are none). */
  onDidLint: vscode.Event<vscode.Uri>;
  /** The document version whose findings are published (undefined: not a contract, or not linted yet). */
  lintedVersion(uri: vscode.Uri): number | undefined;
  /** Resolves when the owner catalogue of the document's folder has loaded. */
  whenCatalogueLoaded(uri: vscode.Uri): Promise<void>;
  /** The status bar text, when shown. */
  statusBarText(): string | undefined;
  /** Whether activation told the user about Restricted Mode (once per workspace). */
  restrictedNotice: RestrictedNotice;
  /** The HTML of the open score view of a contract (undefined: none open). */
  scoreViewHtml(uri: vscode.Uri): string | undefined;
  /** The last lines written to the "Data Contract Lens" output channel, each prefixed with its level. */
  recentLog(): string[];
  /** Whether the walkthrough's "Name an owner" step is done (an edit gave a contract its Data Owner). */
  walkthroughOwnerNamed(): boolean;
  /** The folder "New data contract" suggests for a contract of this domain. */
  suggestContractFolder(domain: string): Promise<vscode.Uri | undefined>;
  /** Resolves once the checks were prepared in the background after activation. */
  whenWarm(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): DclensApi {
  const started = performance.now();
  const output = createLog();
  context.subscriptions.push(output, { dispose: disposeLog });
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const results = new LintResults();
  const configs = new ConfigLoader(collection);
  const catalogues = new CatalogueHost();
  catalogues.useConfigs(configs);
  const language = new EditorLanguageService(configs, catalogues, context.extensionUri);
  const diagnostics = new DiagnosticsController(collection, results, configs, catalogues, language);
  const scores = new ScoreCache(results, language);
  const scoreView = new ScoreViewProvider(scores);
  const codeLenses = new ScoreCodeLenses(results, language);
  const statusBar = new ScoreStatusBar(results, scores);
  const walkthrough = new WalkthroughProgress(results);
  context.subscriptions.push(
    collection,
    results,
    configs,
    catalogues,
    diagnostics,
    scores,
    scoreView,
    codeLenses,
    statusBar,
    walkthrough,
  );
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(YAML, new ContractCodeActions(language), ContractCodeActions.metadata),
    vscode.languages.registerHoverProvider(YAML, new GuidanceHover(language)),
    vscode.languages.registerCompletionItemProvider(
      YAML,
      new ContractCompletions(language),
      ...ContractCompletions.triggerCharacters,
    ),
    vscode.languages.registerCodeLensProvider(YAML, codeLenses),
    vscode.workspace.registerTextDocumentContentProvider(SCORE_SCHEME, scoreView),
    results.onDidChange((uri) => scoreView.refresh(uri)),
    vscode.workspace.onDidCloseTextDocument((d) => scores.forget(d.uri)),
    ...registerCommands({ context, collection, diagnostics, configs, catalogues, scoreView, output }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => diagnostics.lintAllOpen()),
  );
  const warmUp = warmUpLater(language.service, () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    // Any file path in the folder finds the folder's configuration; nothing is read from the file itself.
    if (folder) configs.contextFor(vscode.Uri.joinPath(folder.uri, 'dclens-warm-up.odcs.yaml'));
  });
  context.subscriptions.push(warmUp);
  const restrictedNotice = announceRestrictedMode(context);
  const activationMs = performance.now() - started;
  log.info(
    `Activated in ${Math.round(activationMs)} ms${vscode.workspace.isTrusted ? '' : ' (Restricted Mode: no .dclens.yaml, catalogue or git)'}.`,
  );
  const firstLint = results.onDidChange((uri) => {
    firstLint.dispose();
    log.info(
      `First findings published ${Math.round(performance.now() - started)} ms after activation began (${vscode.workspace.asRelativePath(uri)}).`,
    );
  });
  context.subscriptions.push(firstLint);
  return {
    restrictedNotice,
    activationMs,
    contractUris: () => results.uris(),
    onDidLint: results.onDidChange,
    lintedVersion: (uri) => results.versionOf(uri),
    whenCatalogueLoaded: (uri) => catalogues.whenLoaded(uri),
    statusBarText: () => statusBar.text,
    scoreViewHtml: (uri) => scoreView.html(uri),
    recentLog,
    walkthroughOwnerNamed: () => walkthrough.done,
    suggestContractFolder: (domain) => suggestFolder(domain),
    whenWarm: () => warmUp.done,
  };
}

export function deactivate(): void {}
