// Findings of the last lint per document version, shared by code actions, hover, CodeLens and status bar so
// they never re-lint (and never act on findings computed for an older text).
import * as vscode from 'vscode';
import type { FileLintResult, Finding, ResolvedConfig } from '../engine';

interface Entry {
  version: number;
  result: FileLintResult;
  config?: ResolvedConfig;
}

export class LintResults {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's findings were replaced or cleared. */
  readonly onDidChange = this.changed.event;

  set(document: vscode.TextDocument, result: FileLintResult, config?: ResolvedConfig): void {
    this.entries.set(document.uri.toString(), { version: document.version, result, config });
    this.changed.fire(document.uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire(uri);
  }

  /** The result for exactly this version of the document, or undefined when it is out of date. */
  get(document: vscode.TextDocument): FileLintResult | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.result : undefined;
  }

  /** The configuration the document was last linted with, so the score uses the same rules. */
  configOf(document: vscode.TextDocument): ResolvedConfig | undefined {
    return this.entries.get(document.uri.toString())?.config;
  }

  findings(document: vscode.TextDocument): Finding[] {
    return this.get(document)?.findings ?? [];
  }

  /** The document version the stored findings belong to. */
  versionOf(uri: vscode.Uri): number | undefined {
    return this.entries.get(uri.toString())?.version;
  }

  has(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  dispose(): void {
    this.changed.dispose();
    this.entries.clear();
  }
}
