// Finds the `.dclens.yaml` (or `.dclens.yml`) that applies to a file and resolves it, cached per folder. The one
// rule, for the CLI and the editor alike: the nearest one in the file's folder or above it, up to the top folder of
// its git repository (a folder holding `.git`), or up to the file system root outside a repository. The folder
// holding the configuration file is the workspace: every path in the file must lead inside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import {
  parseConfigText,
  resolveConfig,
  type ConfigFile,
  type ProfileName,
  type Range,
  type ResolvedConfig,
  type ResolveExtras,
} from '../engine';
import { isInside, leadsOutside, realPathOf } from './workspace';
import { CONFIG_FILE_NAMES, configFileIn, isRepositoryTop } from './config-location';

export { CONFIG_FILE_NAMES, isRepositoryTop };

/** A configuration file that cannot be used; `where` is `file:line:col` of the bad entry. */
export class ConfigError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
    /** The configuration file and the range of the bad entry, for an editor to show the problem in place. */
    readonly file?: string,
    readonly range?: Range,
  ) {
    super(`${where}: ${reason}`);
  }
}

export interface LoadedConfig {
  /** The config file used, or undefined for the defaults. */
  file?: string;
  resolved: ResolvedConfig;
  /** The file's content, to resolve again with an editor's settings on top (undefined for the defaults). */
  config?: ConfigFile;
  /** Files the config's `ignore:` patterns exclude, relative to the config's folder. */
  isIgnored(absolutePath: string): boolean;
}

export interface ConfigLoaderOptions {
  /** Used for every file instead of discovery (`--config FILE`). */
  explicitFile?: string;
  /** Overrides the profile of every config (`--profile`). */
  profile?: ProfileName;
  /** Paths in error messages are relative to this folder. */
  cwd: string;
  /** Profile and rule levels of an editor's settings, on top of every configuration. */
  extras?: ResolveExtras;
}

export class ConfigLoader {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private explicit?: LoadedConfig;

  constructor(private readonly options: ConfigLoaderOptions) {}

  /** The configuration for a file; throws ConfigError when the applicable config file is invalid. */
  forFile(absolutePath: string): LoadedConfig {
    if (this.options.explicitFile) {
      this.explicit ??= this.load(path.resolve(this.options.cwd, this.options.explicitFile));
      return this.explicit;
    }
    return this.forFolder(path.dirname(absolutePath));
  }

  private forFolder(folder: string): LoadedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const here = configFileIn(folder);
    const parent = path.dirname(folder);
    let loaded: LoadedConfig;
    if (here) loaded = this.load(here, true);
    else if (parent === folder || isRepositoryTop(folder)) loaded = this.defaults();
    else loaded = this.forFolder(parent);
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  private defaults(): LoadedConfig {
    return { resolved: resolveConfig(undefined, this.extras()), isIgnored: () => false };
  }

  private extras(): ResolveExtras {
    return { ...this.options.extras, ...(this.options.profile ? { profile: this.options.profile } : {}) };
  }

  private load(file: string, discovered = false): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const shown = path.relative(this.options.cwd, file) || file;
    const folder = path.dirname(file);
    // A configuration found in a folder must be that folder's own: a link to a file elsewhere would have its
    // text quoted in configuration errors. A file named with --config is the user's choice.
    if (discovered && !isInside(realPathOf(folder), realPathOf(file))) {
      throw new ConfigError(
        shown,
        'is a link to a file outside its folder; replace the link with a copy of the configuration',
        file,
      );
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(
        shown,
        `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        file,
      );
    }
    const { config, problems } = parseConfigText(text, { leadsOutside: (relative) => leadsOutside(folder, relative) });
    const problem = problems[0];
    if (problem || !config) {
      const where = problem ? `${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1}` : shown;
      throw new ConfigError(where, problem?.message ?? 'invalid configuration', file, problem?.range);
    }
    const loaded: LoadedConfig = {
      file,
      config,
      resolved: resolveConfig(config, this.extras()),
      isIgnored: ignoreMatcher(config, folder),
    };
    this.byFile.set(file, loaded);
    return loaded;
  }
}

function ignoreMatcher(config: ConfigFile, folder: string): (absolutePath: string) => boolean {
  if (!config.ignore?.length) return () => false;
  const rules: Ignore = ignore().add(config.ignore);
  return (absolutePath) => {
    const relative = path.relative(folder, absolutePath);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return rules.ignores(relative.split(path.sep).join('/'));
  };
}
