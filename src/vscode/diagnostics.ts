// Keeps the Problems panel in step with open contracts: lint on open, as you type (debounced) or on save,
// per `dclens.run`, through the language service. YAML that does not look like a contract is never parsed.
import * as vscode from 'vscode';
import type { Finding, LsDiagnostic } from '../engine';
import type { CatalogueHost } from './catalogue';
import type { ConfigLoader } from './config-loader';
import { DIAGNOSTIC_SOURCE, toVsRange } from './convert';
import { isCandidate, lsDocument, type EditorLanguageService } from './engine-bridge';
import type { LintResults } from './lint-results';
import { affectsDclens, readSettings } from './settings';

/** LSP severities (1–4) are VS Code's enum plus one. */
export function toVsDiagnostic(diagnostic: LsDiagnostic): vscode.Diagnostic {
  const vs = new vscode.Diagnostic(
    toVsRange(diagnostic.range),
    diagnostic.message,
    (diagnostic.severity - 1) as vscode.DiagnosticSeverity,
  );
  vs.source = DIAGNOSTIC_SOURCE;
  // One identifier, the rule id, linked to its one page (shipped with the extension); code actions key on it.
  vs.code = { value: diagnostic.code, target: vscode.Uri.parse(diagnostic.codeDescription.href) };
  if (diagnostic.relatedInformation) {
    vs.relatedInformation = diagnostic.relatedInformation.map(
      (r) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.parse(r.location.uri), toVsRange(r.location.range)),
          r.message,
        ),
    );
  }
  return vs;
}

export class DiagnosticsController implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly results: LintResults,
    configs: ConfigLoader,
    catalogues: CatalogueHost,
    readonly language: EditorLanguageService,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsDclens(e)) this.lintAllOpen();
      }),
      configs.onDidChange(() => this.lintAllOpen()),
      // A catalogue that arrived (or changed) adds or removes owner findings: lint again, never wait for it.
      catalogues.onDidChange(() => this.lintAllOpen()),
    );
    this.lintAllOpen();
  }

  lintAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) void this.lintNow(document);
  }

  /** Lints the document's current text and publishes the findings. */
  async lintNow(document: vscode.TextDocument): Promise<void> {
    this.cancelTimer(document.uri);
    const settings = readSettings(document);
    if (document.isClosed || !settings.enable || !isCandidate(document)) {
      if (this.results.has(document.uri)) this.forget(document.uri);
      return;
    }
    this.publish(document);
  }

  private publish(document: vscode.TextDocument): Finding[] {
    const lint = this.language.service.lint(lsDocument(document));
    if (!lint.isContract) {
      this.forget(document.uri);
      return [];
    }
    this.results.set(document, lint.result, this.language.configFor(document.uri));
    this.collection.set(document.uri, lint.diagnostics.map(toVsDiagnostic));
    return lint.result.findings;
  }

  /**
   * The findings of the document's current text, linting it now when the stored ones are older (a save that fixes
   * all comes before the debounced lint).
   */
  currentFindings(document: vscode.TextDocument): Finding[] {
    const stored = this.results.get(document);
    if (stored) return stored.findings;
    const settings = readSettings(document);
    if (!settings.enable || !isCandidate(document)) return [];
    this.cancelTimer(document.uri);
    return this.publish(document);
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const document = event.document;
    const settings = readSettings(document);
    if (settings.run !== 'onType') return;
    this.cancelTimer(document.uri);
    const key = document.uri.toString();
    // Each keystroke restarts the wait; the lint reads the text when it fires.
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.lintNow(document);
      }, settings.debounceMs),
    );
  }

  private cancelTimer(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  private forget(uri: vscode.Uri): void {
    this.cancelTimer(uri);
    this.results.delete(uri);
    this.collection.delete(uri);
    this.language.service.forget(uri.toString());
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
