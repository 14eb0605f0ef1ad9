// The one Node host, used by the CLI, the language server and the VS Code extension so they never disagree:
// which configuration applies to a file (one discovery rule, see config-loader.ts), what its `ignore:` excludes,
// which catalogue sources are read and from which root, which files a path names, today's date and git.
import path from 'node:path';
import type { CatalogueSnapshot, ProfileName, ResolvedConfig, ResolveExtras } from '../engine';
import { ConfigError, ConfigLoader, CONFIG_FILE_NAMES, type LoadedConfig } from './config-loader';
import { discoverFiles, type DiscoveredFiles } from './fs-discover';
import { toPosix } from './fs-gitignore';
import {
  CatalogueCache,
  DEFAULT_SOURCES,
  gitTopLevel,
  type CatalogueSourceConfig,
  type LoadedCatalogue,
} from './catalogue';
import { isTooWideToSearch } from './workspace';

export { ConfigError, CONFIG_FILE_NAMES, type LoadedConfig };
export { gitTopLevel, CatalogueCache, type CatalogueSourceConfig, type LoadedCatalogue };

import { today } from './config-location';

export { today };

/**
 * The catalogue sources of a file, the same in the CLI and the editor: the editor's `dclens.catalogue.sources`
 * when set, else `catalogue.sources` of the applicable `.dclens.yaml`, else the defaults (the workspace's
 * contracts, CODEOWNERS and git history).
 */
export function catalogueSources(
  config: ResolvedConfig | undefined,
  userSources: readonly CatalogueSourceConfig[] = [],
): CatalogueSourceConfig[] {
  if (userSources.length > 0) return [...userSources];
  if (config?.catalogueSources?.length) return config.catalogueSources as CatalogueSourceConfig[];
  return DEFAULT_SOURCES.map((s) => ({ ...s }));
}

/**
 * The folder a file's catalogue is read from: the folder of its `.dclens.yaml`, which marks the workspace; else the
 * editor's workspace folder. Without either (the CLI on a folder no configuration marks) there is no catalogue:
 * nothing beyond the files named is read. The root of the file system and a home folder are never searched.
 */
export function catalogueRoot(loaded: LoadedConfig, workspaceFolder?: string): string | undefined {
  const root = loaded.file ? path.dirname(loaded.file) : workspaceFolder;
  if (root === undefined) return undefined;
  if (!loaded.file && isTooWideToSearch(root)) return undefined;
  return root;
}

export interface NodeHostOptions {
  /** Paths in messages are relative to it; relative inputs are resolved from it. */
  cwd: string;
  /** `--config FILE`: used for every file instead of discovery. */
  explicitConfig?: string;
  /** `--profile`: wins over every configuration's `extends`. */
  profile?: ProfileName;
  /** An editor's settings (profile, rule levels) on top of every configuration. */
  extras?: ResolveExtras;
  /** Told about catalogue files that could not be read (the rest of the catalogue still works). */
  warn?: (message: string) => void;
}

/** What the host knows about one file: its configuration, where its catalogue comes from and its path there. */
export interface FileContext {
  loaded: LoadedConfig;
  config: ResolvedConfig;
  ignored: boolean;
  /** The catalogue root (undefined: no catalogue for this file). */
  catalogueRoot?: string;
  sources: CatalogueSourceConfig[];
  /** The file's path relative to the catalogue root (forward slashes), or undefined without a root. */
  relativePath?: string;
}

export class NodeHost {
  private configs: ConfigLoader;
  private readonly catalogues = new CatalogueCache();

  constructor(private readonly options: NodeHostOptions) {
    this.configs = this.newLoader();
  }

  private newLoader(): ConfigLoader {
    return new ConfigLoader({
      cwd: this.options.cwd,
      explicitFile: this.options.explicitConfig,
      profile: this.options.profile,
      extras: this.options.extras,
    });
  }

  /** Forgets every configuration read (a `.dclens.yaml` changed). */
  resetConfig(): void {
    this.configs = this.newLoader();
  }

  /** The configuration for a file; throws ConfigError (with file and range) when the applicable one is invalid. */
  configFor(absolutePath: string): LoadedConfig {
    return this.configs.forFile(absolutePath);
  }

  /** Everything the host decides for one file. `workspaceFolder`: the editor's folder holding it. */
  fileContext(
    absolutePath: string,
    options: { workspaceFolder?: string; userSources?: readonly CatalogueSourceConfig[] } = {},
  ): FileContext {
    const loaded = this.configFor(absolutePath);
    const root = catalogueRoot(loaded, options.workspaceFolder);
    const relative = root === undefined ? undefined : toPosix(path.relative(root, absolutePath));
    return {
      loaded,
      config: loaded.resolved,
      ignored: loaded.isIgnored(absolutePath),
      catalogueRoot: root,
      sources: catalogueSources(loaded.resolved, options.userSources),
      relativePath: relative !== undefined && !relative.startsWith('..') ? relative : undefined,
    };
  }

  /** The YAML files under files, folders and globs (folders recursively, following .gitignore). */
  discover(inputs: readonly string[]): Promise<DiscoveredFiles> {
    return discoverFiles(inputs, this.options.cwd);
  }

  /** The loaded catalogue of a file's context, read once per root and sources; undefined without a root. */
  catalogue(context: FileContext, day: string): Promise<LoadedCatalogue> | undefined {
    if (context.catalogueRoot === undefined) return undefined;
    return this.catalogues.get({ root: context.catalogueRoot, sources: context.sources, today: day });
  }

  /** The snapshot for a file (reading its catalogue the first time), with its source warnings told once. */
  async catalogueSnapshot(context: FileContext, day: string): Promise<CatalogueSnapshot | undefined> {
    const loading = this.catalogue(context, day);
    if (!loading) return undefined;
    const key = `${context.catalogueRoot}\u0000${JSON.stringify(context.sources)}`;
    const loaded = await loading;
    const snapshot = loaded.snapshot();
    if (!this.warned.has(key)) {
      this.warned.add(key);
      for (const w of snapshot.sourceWarnings)
        this.options.warn?.(`${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    }
    return snapshot;
  }

  private readonly warned = new Set<string>();

  /** Tells the loaded catalogues under `root` that a file changed. */
  fileChanged(root: string, absolutePath: string): Promise<void> {
    return this.catalogues.fileChanged(root, absolutePath);
  }

  today(): string {
    return today();
  }

  dispose(): void {
    this.catalogues.clear();
  }
}
