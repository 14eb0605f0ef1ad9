// Catalogue snapshots for owner rules and owner completion, one per catalogue root — the folder of the applicable
// `.dclens.yaml`, else the workspace folder, with the same default sources as the CLI (the one Node host decides
// both) — loaded in the background and refreshed file by file. Lint never waits for it: while it loads the owner
// rules stay silent, and open contracts are linted again when it arrives. Never loaded in Restricted Mode (it reads
// files beyond the open ones and runs git).
import * as vscode from 'vscode';
import type { CatalogueSnapshot } from '../engine';
import {
  CatalogueCache,
  today,
  type CatalogueSourceConfig,
  type FileContext,
  type LoadedCatalogue,
} from '../node/host';
import type { ConfigLoader } from './config-loader';
import { readSettings } from './settings';
import { log } from './log';
import { COMMAND_IDS } from './command-ids';

export class CatalogueHost implements vscode.Disposable {
  private readonly cache = new CatalogueCache();
  private readonly loaded = new Map<string, LoadedCatalogue>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a snapshot became available or changed, so open contracts can be linted again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watcher: vscode.FileSystemWatcher | undefined;
  private configs: ConfigLoader | undefined;

  /** The configuration loader that says where each file's catalogue comes from (set once, at activation). */
  useConfigs(configs: ConfigLoader): void {
    this.configs = configs;
  }

  /** Where a file's catalogue comes from: its root, sources (the user's setting first) and the file's path there. */
  contextFor(uri: vscode.Uri): (FileContext & { catalogueRoot: string }) | undefined {
    if (!vscode.workspace.isTrusted) return undefined;
    const context = this.configs?.contextFor(uri);
    if (!context?.catalogueRoot) return undefined;
    const fromSettings = readSettings(uri).catalogueSources as CatalogueSourceConfig[];
    const sources = fromSettings.length > 0 ? fromSettings : context.sources;
    return { ...context, sources, catalogueRoot: context.catalogueRoot };
  }

  /**
   * The file's current snapshot; starts loading it (and returns undefined) the first time. The sources come from the
   * host (`_sources` is accepted for callers that still pass the configuration's, and not used).
   */
  snapshotFor(uri: vscode.Uri, _sources?: unknown): CatalogueSnapshot | undefined {
    const context = this.contextFor(uri);
    if (!context) return undefined;
    const key = keyOf(context);
    const catalogue = this.loaded.get(key);
    if (catalogue) return catalogue.snapshot();
    if (!this.loading.has(key)) this.load(key, context);
    return undefined;
  }

  /** The file's path relative to its catalogue root (forward slashes), when it has one. */
  relativePath(uri: vscode.Uri): string | undefined {
    return this.contextFor(uri)?.relativePath;
  }

  /** Resolves when the file's catalogue has loaded (at once when none is loading). */
  async whenLoaded(uri: vscode.Uri): Promise<void> {
    const context = this.contextFor(uri);
    if (context) await this.loading.get(keyOf(context));
  }

  private load(key: string, context: FileContext & { catalogueRoot: string }): void {
    const root = context.catalogueRoot;
    const name = vscode.workspace.asRelativePath(vscode.Uri.file(root), true) || root;
    const started = performance.now();
    const what =
      context.sources.map((s) => (s.path ? `${s.type} (${s.path})` : s.type)).join(', ') || 'the default sources';
    log.info(`Loading the owner catalogue of ${name} from ${what}…`);
    const loading = this.cache
      .get({ root, sources: context.sources, today: today() })
      .then(
        (catalogue) => {
          this.loaded.set(key, catalogue);
          log.info(`Owner catalogue of ${name} loaded in ${Math.round(performance.now() - started)} ms.`);
          this.watch();
          this.changed.fire();
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          log.error(`Could not read the owner catalogue of ${name}: ${message}`);
          void vscode.window
            .showWarningMessage(`Data Contract Lens could not read the catalogue: ${message}`, 'Show output')
            .then((choice) => {
              if (choice) void vscode.commands.executeCommand(COMMAND_IDS.showOutput);
            });
        },
      )
      .finally(() => this.loading.delete(key));
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
    if (uri.scheme !== 'file') return;
    let any = false;
    for (const catalogue of this.loaded.values()) {
      if (isUnder(catalogue.root, uri.fsPath) && (await catalogue.updateFile(uri.fsPath))) any = true;
    }
    if (any) this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.loaded.clear();
  }
}

const keyOf = (context: FileContext & { catalogueRoot: string }): string =>
  JSON.stringify([context.catalogueRoot, context.sources]);

function isUnder(root: string, file: string): boolean {
  const prefix = root.endsWith('/') || root.endsWith('\\') ? root : `${root}${root.includes('\\') ? '\\' : '/'}`;
  return file.startsWith(prefix);
}
