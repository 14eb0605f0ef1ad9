// Catalogue snapshots for owner rules and owner completion, one per workspace folder, loaded in the background
// by the Node catalogue host and refreshed file by file. Never loaded in Restricted Mode (it reads files beyond
// the open ones and runs git).
import * as vscode from 'vscode';
import type { CatalogueSnapshot } from '../engine/owners';
import { CatalogueCache, type CatalogueSourceConfig, type LoadedCatalogue } from '../node/catalogue';
import { today } from './engine-bridge';
import { readSettings } from './settings';

export class CatalogueHost implements vscode.Disposable {
  private readonly cache = new CatalogueCache();
  private readonly loaded = new Map<string, LoadedCatalogue>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a snapshot became available or changed, so open contracts can be linted again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watcher: vscode.FileSystemWatcher | undefined;

  /** The folder's current snapshot; starts loading it (and returns undefined) the first time. */
  snapshotFor(uri: vscode.Uri, fileSources?: CatalogueSourceConfig[]): CatalogueSnapshot | undefined {
    if (!vscode.workspace.isTrusted) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file') return undefined;
    const key = folder.uri.fsPath;
    const catalogue = this.loaded.get(key);
    if (catalogue) return catalogue.snapshot();
    if (!this.loading.has(key)) this.load(folder, fileSources);
    return undefined;
  }

  /** Resolves when the folder's catalogue has loaded (at once when none is loading). */
  async whenLoaded(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) await this.loading.get(folder.uri.fsPath);
  }

  private load(folder: vscode.WorkspaceFolder, fileSources?: CatalogueSourceConfig[]): void {
    const key = folder.uri.fsPath;
    const fromSettings = readSettings(folder.uri).catalogueSources;
    const sources = fromSettings.length > 0 ? fromSettings : fileSources;
    const loading = this.cache.get({ root: key, sources, today: today() }).then((catalogue) => {
      this.loaded.set(key, catalogue);
      this.watch();
      this.changed.fire();
    }, (error: unknown) => {
      void vscode.window.showWarningMessage(`Data Contract Lens could not read the catalogue: ${error instanceof Error ? error.message : String(error)}`);
    }).finally(() => this.loading.delete(key));
    this.loading.set(key, loading);
  }

  private watch(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,csv}');
    const codeowners = vscode.workspace.createFileSystemWatcher('**/CODEOWNERS');
    const update = (uri: vscode.Uri) => void this.fileChanged(uri);
    for (const w of [this.watcher, codeowners]) {
      this.disposables.push(w, w.onDidChange(update), w.onDidCreate(update), w.onDidDelete(update));
    }
  }

  private async fileChanged(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const catalogue = folder && this.loaded.get(folder.uri.fsPath);
    if (!catalogue) return;
    if (await catalogue.updateFile(uri.fsPath)) this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.loaded.clear();
  }
}
