// What the server knows of the workspace on disk: which `.dclens.yaml` applies to a document (with the user's
// settings on top), whether its `ignore:` excludes the document, and the catalogue snapshot of its workspace,
// loaded in the background. In an untrusted workspace none of it is read: default rules, no catalogue, no git.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILE_NAMES, allRules, resolveConfig, type ProfileName, type ResolvedConfig, type RuleLevel } from '../engine';
import type { CatalogueSnapshot } from '../engine/owners';
import { ConfigLoader, ConfigError, type LoadedConfig } from '../node/config-loader';
import { CatalogueCache, type LoadedCatalogue } from '../node/catalogue';
import { isInside, isTooWideToSearch } from '../node/workspace';
import type { ServerSettings } from './settings';

export interface ServerWorkspaceOptions {
  trusted: boolean;
  /** Workspace folders (absolute paths). */
  roots: string[];
  today: () => string;
  settings: (uri: string) => ServerSettings;
  log: (message: string) => void;
  /** A catalogue finished loading or changed: open documents should be linted again. */
  onCatalogueChange: () => void;
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

export class ServerWorkspace {
  /** One loader per profile setting ('auto' follows each file's `extends`); dropped when a config file changes. */
  private loaders = new Map<string, ConfigLoader>();
  private readonly catalogues = new CatalogueCache();
  private readonly loaded = new Map<string, LoadedCatalogue>();
  private readonly loading = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(private readonly options: ServerWorkspaceOptions) {}

  get trusted(): boolean {
    return this.options.trusted;
  }

  /** The configuration of a document with the user's profile and rule levels on top; the defaults when untrusted. */
  config(uri: string): ResolvedConfig | undefined {
    const settings = this.options.settings(uri);
    const loaded = this.loadedConfig(uri, settings);
    const schemaOff: Record<string, RuleLevel> = settings.schemaProblems === 'yamlExtension'
      ? Object.fromEntries(allRules.filter((r) => r.meta.group === 'schema').map((r) => [r.meta.id, 'off' as const]))
      : {};
    const overrides = { ...schemaOff, ...settings.rules };
    // Untrusted: the defaults, whatever the settings say (they may come from the workspace itself).
    if (!this.options.trusted) return undefined;
    const base = loaded?.resolved ?? resolveConfig(undefined, { profile: profileOf(settings) });
    if (Object.keys(overrides).length === 0) return base;
    const levels = new Map(base.levels);
    for (const [id, level] of Object.entries(overrides)) if (levels.has(id)) levels.set(id, level);
    return { ...base, levels };
  }

  /** Whether the `ignore:` patterns of the document's configuration exclude it. */
  isIgnored(uri: string): boolean {
    const file = filePathOf(uri);
    return file !== undefined && (this.loadedConfig(uri, this.options.settings(uri))?.isIgnored(file) ?? false);
  }

  /** The folder owner evidence is relative to: the configuration's folder, else the workspace folder holding the file. */
  private rootOf(uri: string): string | undefined {
    const file = filePathOf(uri);
    if (!file) return undefined;
    const configFile = this.loadedConfig(uri, this.options.settings(uri))?.file;
    if (configFile) return path.dirname(configFile);
    const folders = this.options.roots.filter((root) => isInside(root, file)).sort((a, b) => b.length - a.length);
    const root = folders[0];
    return root !== undefined && !isTooWideToSearch(root) ? root : undefined;
  }

  relativePath(uri: string): string {
    const file = filePathOf(uri);
    const root = this.rootOf(uri);
    if (!file) return uri;
    return root ? path.relative(root, file).split(path.sep).join('/') : path.basename(file);
  }

  /** The catalogue snapshot of the document's workspace; starts loading it (and returns undefined) the first time. */
  catalogue(uri: string): CatalogueSnapshot | undefined {
    if (!this.options.trusted) return undefined;
    const root = this.rootOf(uri);
    if (!root) return undefined;
    const settings = this.options.settings(uri);
    const sources = settings.catalogueSources.length > 0 ? settings.catalogueSources : this.config(uri)?.catalogueSources;
    const key = JSON.stringify([root, sources ?? null]);
    const catalogue = this.loaded.get(key);
    if (catalogue) return catalogue.snapshot();
    if (!this.loading.has(key)) {
      this.loading.add(key);
      const started = Date.now();
      this.catalogues.get({ root, sources, today: this.options.today() }).then((done) => {
        this.loaded.set(key, done);
        this.options.log(`Catalogue of ${root} loaded: ${done.fileCount} files in ${Date.now() - started} ms.`);
        for (const w of done.snapshot().sourceWarnings) this.options.log(`Catalogue: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
        this.options.onCatalogueChange();
      }, (error: unknown) => {
        this.options.log(`Could not read the catalogue of ${root}: ${error instanceof Error ? error.message : String(error)}`);
      }).finally(() => this.loading.delete(key));
    }
    return undefined;
  }

  /** A `.dclens.yaml` changed, appeared or went: read configurations again, and catalogues (their sources may differ). */
  configChanged(): void {
    this.loaders = new Map();
    this.reported.clear();
    this.catalogues.clear();
    this.loaded.clear();
  }

  /** A file changed on disk: refreshes the catalogues it belongs to; true when one did. */
  async fileChanged(uri: string): Promise<boolean> {
    const file = filePathOf(uri);
    if (!file || !this.options.trusted) return false;
    let changed = false;
    for (const catalogue of this.loaded.values()) {
      if (isInside(catalogue.root, file) && await catalogue.updateFile(file)) changed = true;
    }
    return changed;
  }

  private loadedConfig(uri: string, settings: ServerSettings): LoadedConfig | undefined {
    const file = filePathOf(uri);
    if (!this.options.trusted || !file) return undefined;
    const profile = profileOf(settings);
    const key = profile ?? 'auto';
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new ConfigLoader({ cwd: this.options.roots[0] ?? path.dirname(file), profile });
      this.loaders.set(key, loader);
    }
    try {
      return loader.forFile(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // Reported once until a configuration file changes; the document is linted with the default rules meanwhile.
      if (!this.reported.has(error.message)) {
        this.reported.add(error.message);
        this.options.log(`Configuration problem, default rules used: ${error.message}`);
      }
      return undefined;
    }
  }
}

/** The profile the settings ask for, or undefined for 'auto' (each file's `extends`). */
function profileOf(settings: ServerSettings): ProfileName | undefined {
  return (PROFILE_NAMES as readonly string[]).includes(settings.profile) ? settings.profile as ProfileName : undefined;
}
