// Keeps the Problems panel in step with open contracts: lint on open, as you type (debounced) or on save,
// per `dclens.run`. YAML that does not look like a contract is never parsed.
import * as vscode from 'vscode';
import type { Finding } from '../engine/types';
import type { CatalogueHost } from './catalogue';
import type { ConfigLoader } from './config-loader';
import { toDiagnostics } from './convert';
import { resolvedConfig, isCandidate, lintDocument } from './engine-bridge';
import type { LintResults } from './lint-results';
import { affectsDclens, readSettings } from './settings';

export class DiagnosticsController implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly results: LintResults,
    private readonly configs: ConfigLoader,
    private readonly catalogues: CatalogueHost,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => { if (affectsDclens(e)) this.lintAllOpen(); }),
      configs.onDidChange(() => this.lintAllOpen()),
      catalogues.onDidChange(() => this.lintAllOpen()),
    );
    this.lintAllOpen();
  }

  lintAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) void this.lintNow(document);
  }

  /** Lints the document's current text and publishes the findings unless the text changed meanwhile. */
  async lintNow(document: vscode.TextDocument): Promise<void> {
    this.cancelTimer(document.uri);
    const settings = readSettings(document);
    if (!settings.enable || !isCandidate(document)) {
      if (this.results.has(document.uri)) this.forget(document.uri);
      return;
    }
    const version = document.version;
    const config = resolvedConfig(settings, await this.configs.configFor(document.uri));
    // Reading the config yields: a newer text may have arrived; its own lint will publish instead.
    if (document.isClosed || document.version !== version) return;
    const result = lintDocument(document, config, this.catalogues.snapshotFor(document.uri, config.catalogueSources));
    if (!result.isContract) { this.forget(document.uri); return; }
    this.results.set(document, result, config);
    this.collection.set(document.uri, toDiagnostics(result.findings, document.uri));
  }

  /**
   * The findings of the document's current text, linting it now when the stored ones are older (a save that fixes
   * all comes before the debounced lint). Uses the configuration of the last lint.
   */
  currentFindings(document: vscode.TextDocument): Finding[] {
    const stored = this.results.get(document);
    if (stored) return stored.findings;
    const settings = readSettings(document);
    if (!settings.enable || !isCandidate(document)) return [];
    const config = this.results.configOf(document) ?? resolvedConfig(settings, undefined);
    const result = lintDocument(document, config, this.catalogues.snapshotFor(document.uri, config.catalogueSources));
    if (!result.isContract) return [];
    this.cancelTimer(document.uri);
    this.results.set(document, result, config);
    this.collection.set(document.uri, toDiagnostics(result.findings, document.uri));
    return result.findings;
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const document = event.document;
    const settings = readSettings(document);
    if (settings.run !== 'onType') return;
    this.cancelTimer(document.uri);
    const key = document.uri.toString();
    // Each keystroke restarts the wait; the lint reads the text when it fires.
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) void this.lintNow(document);
    }, settings.debounceMs));
  }

  private cancelTimer(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) { clearTimeout(timer); this.timers.delete(key); }
  }

  private forget(uri: vscode.Uri): void {
    this.cancelTimer(uri);
    this.results.delete(uri);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
