// What the server knows of the workspace on disk, through the one Node host the CLI uses too: which `.dclens.yaml`
// applies to a document (with the user's settings on top), whether its `ignore:` excludes the document, and the
// catalogue snapshot of its workspace, loaded in the background. Untrusted: none of it is read (default rules, no
// catalogue, no git).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PROFILE_NAMES,
  allRules,
  resolveConfig,
  type CatalogueSnapshot,
  type ProfileName,
  type Range,
  type ResolvedConfig,
  type RuleLevel,
} from '../engine';
import { ConfigError, NodeHost, type FileContext } from '../node/host';
import type { LoadedCatalogue } from '../node/catalogue';
import type { ServerSettings } from './settings';

export interface ServerWorkspaceOptions {
  trusted: boolean;
  /** Workspace folders (absolute paths); the list may change. */
  roots: string[];
  today: () => string;
  settings: (uri: string) => ServerSettings;
  log: (message: string) => void;
  /** A catalogue finished loading or changed: open documents should be linted again. */
  onCatalogueChange: () => void;
  /** The problems of a configuration file (empty: none left), to show on that file. */
  onConfigProblems: (file: string, problems: Array<{ range: Range; message: string }>) => void;
}

/** The file path of a `file:` URI, or undefined for any other scheme (an unsaved buffer). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const inside = (folder: string, file: string): boolean => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

export class ServerWorkspace {
  private host: NodeHost;
  private readonly loaded = new Map<string, LoadedCatalogue>();
  private readonly loading = new Map<string, Promise<unknown>>();
  /** Configuration files whose problems are shown, so they can be cleared once fixed. */
  private readonly badConfigs = new Set<string>();

  constructor(private readonly options: ServerWorkspaceOptions) {
    this.host = this.newHost();
  }

  private newHost(): NodeHost {
    return new NodeHost({
      cwd: this.options.roots[0] ?? process.cwd(),
      warn: (message) => this.options.log(`Catalogue: ${message}`),
    });
  }

  get trusted(): boolean {
    return this.options.trusted;
  }

  /** The configuration of a document with the user's profile and rule levels on top; the defaults when untrusted. */
  config(uri: string): ResolvedConfig | undefined {
    // Untrusted: the defaults, whatever the settings say (they may come from the workspace itself).
    if (!this.options.trusted) return undefined;
    const settings = this.options.settings(uri);
    const profile = (PROFILE_NAMES as readonly string[]).includes(settings.profile)
      ? (settings.profile as ProfileName)
      : undefined;
    const schemaOff: Record<string, RuleLevel> =
      settings.schemaProblems === 'yamlExtension'
        ? Object.fromEntries(allRules.filter((r) => r.meta.group === 'schema').map((r) => [r.meta.id, 'off' as const]))
        : {};
    const levels = { ...schemaOff, ...settings.rules };
    const context = this.context(uri);
    if (!profile && Object.keys(levels).length === 0) return context?.config;
    return resolveConfig(context?.loaded.config, { profile, levels });
  }

  /** Whether the `ignore:` patterns of the document's configuration exclude it. */
  isIgnored(uri: string): boolean {
    return this.context(uri)?.ignored ?? false;
  }

  relativePath(uri: string): string {
    const file = filePathOf(uri);
    if (!file) return uri;
    return this.context(uri)?.relativePath ?? path.basename(file);
  }

  /** The catalogue snapshot of the document's workspace; starts loading it (and returns undefined) the first time. */
  catalogue(uri: string): CatalogueSnapshot | undefined {
    const context = this.context(uri);
    if (!context?.catalogueRoot) return undefined;
    const key = JSON.stringify([context.catalogueRoot, context.sources]);
    const catalogue = this.loaded.get(key);
    if (catalogue) return catalogue.snapshot();
    const loading = this.loading.has(key) ? undefined : this.host.catalogue(context, this.options.today());
    if (loading) {
      const started = Date.now();
      const settled = loading
        .then(
          (done) => {
            this.loaded.set(key, done);
            this.options.log(`Owner catalogue of ${done.root} loaded in ${Date.now() - started} ms.`);
            this.options.log(`Owner catalogue of ${done.root}: ${done.fileCount} files read.`);
            for (const w of done.snapshot().sourceWarnings)
              this.options.log(`Catalogue: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
            this.options.onCatalogueChange();
          },
          (error: unknown) => {
            this.options.log(
              `Could not read the catalogue of ${context.catalogueRoot}: ${error instanceof Error ? error.message : String(error)}`,
            );
          },
        )
        .finally(() => this.loading.delete(key));
      this.loading.set(key, settled);
    }
    return undefined;
  }

  /** Resolves once the catalogue of the document's workspace has loaded (or failed); at once when it has none. */
  async whenLoaded(uri: string): Promise<boolean> {
    if (this.catalogue(uri)) return true;
    const context = this.context(uri);
    if (!context?.catalogueRoot) return false;
    await this.loading.get(JSON.stringify([context.catalogueRoot, context.sources]));
    return this.catalogue(uri) !== undefined;
  }

  /** A `.dclens.yaml` changed, appeared or went: configurations are read again (catalogues follow their sources). */
  configChanged(): void {
    this.host.resetConfig();
    this.loaded.clear();
    for (const file of this.badConfigs) this.options.onConfigProblems(file, []);
    this.badConfigs.clear();
  }

  /** A file changed on disk: refreshes the loaded catalogues it belongs to; true when one did. */
  async fileChanged(uri: string): Promise<boolean> {
    const file = filePathOf(uri);
    if (!file || !this.options.trusted) return false;
    let changed = false;
    for (const catalogue of new Set(this.loaded.values())) {
      if (inside(catalogue.root, file) && (await catalogue.updateFile(file))) changed = true;
    }
    return changed;
  }

  dispose(): void {
    this.host.dispose();
  }

  /** What the host decides for the document's file; undefined when untrusted, unsaved or its configuration is invalid. */
  private context(uri: string): FileContext | undefined {
    const file = filePathOf(uri);
    if (!this.options.trusted || !file) return undefined;
    const folder = this.options.roots.filter((root) => inside(root, file)).sort((a, b) => b.length - a.length)[0];
    const settings = this.options.settings(uri);
    try {
      return this.host.fileContext(file, { workspaceFolder: folder, userSources: settings.catalogueSources });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // Shown on the configuration file and logged once; the document is checked with the default rules meanwhile.
      const key = error.file ?? error.where;
      if (!this.badConfigs.has(key)) {
        this.badConfigs.add(key);
        this.options.log(`Configuration problem, default rules used: ${error.message}`);
        if (error.file) {
          const at = { line: 0, character: 0 };
          this.options.onConfigProblems(error.file, [
            { range: error.range ?? { start: at, end: at }, message: error.reason },
          ]);
        }
      }
      return undefined;
    }
  }
}
