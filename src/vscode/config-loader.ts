// The `.dclens.yaml` that applies to a contract, found by the one Node host with the CLI's rule (the nearest
// `.dclens.yaml`, then `.dclens.yml`, up to the top of the git repository). This only watches configuration files,
// forgets what was read when one changes, and shows a configuration's problems on that file. In Restricted Mode,
// and for documents that are not files, no configuration is read.
import * as vscode from 'vscode';
import type { ConfigFile } from '../engine';
import { ConfigError, NodeHost, type FileContext } from '../node/host';
import { toVsRange, DIAGNOSTIC_SOURCE } from './convert';
import { log } from './log';

export const CONFIG_FILE_NAME = '.dclens.yaml';

export class ConfigLoader implements vscode.Disposable {
  private readonly host = new NodeHost({ cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '/' });
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Configuration files whose problems are shown, so they can be cleared once fixed. */
  private readonly withProblems = new Set<string>();

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.dclens.{yaml,yml}');
    const reset = () => this.reset();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      this.changed,
    );
  }

  private reset(): void {
    this.host.resetConfig();
    for (const uri of this.withProblems) this.problems.delete(vscode.Uri.parse(uri));
    this.withProblems.clear();
    this.changed.fire();
  }

  /**
   * What the host decides for a file (configuration, ignore, catalogue root and sources); undefined for documents
   * that are not files, in Restricted Mode, and when the configuration is invalid (its problems are shown on it).
   */
  contextFor(uri: vscode.Uri): FileContext | undefined {
    if (!vscode.workspace.isTrusted || uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    try {
      return this.host.fileContext(uri.fsPath, {
        workspaceFolder: folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined,
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.showProblem(error);
      return undefined;
    }
  }

  /** The content of the applicable configuration file (undefined: none, or invalid). */
  async configFor(uri: vscode.Uri): Promise<ConfigFile | undefined> {
    return this.contextFor(uri)?.loaded.config;
  }

  /** Whether the `ignore:` patterns of the applicable config (relative to its folder) exclude this file. */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    return this.contextFor(uri)?.ignored ?? false;
  }

  private showProblem(error: ConfigError): void {
    if (!error.file) return;
    const uri = vscode.Uri.file(error.file);
    if (this.withProblems.has(uri.toString())) return;
    this.withProblems.add(uri.toString());
    log.error(
      `${vscode.workspace.asRelativePath(uri)}${error.range ? ` line ${error.range.start.line + 1}` : ''}: ${error.reason}`,
    );
    const range = error.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const diagnostic = new vscode.Diagnostic(toVsRange(range), error.reason, vscode.DiagnosticSeverity.Error);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    this.problems.set(uri, [diagnostic]);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.host.dispose();
  }
}
