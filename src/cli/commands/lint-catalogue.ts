// Loads the owner catalogue for `dclens lint` when a `.dclens.yaml` lists catalogue sources, once per config file.
// Without such a list nothing is read (no git, no catalogue files) and the owner rules stay silent.
import path from 'node:path';
import type { ResolvedConfig } from '../../engine';
import { loadCatalogue } from '../../node/catalogue';

export class CliCatalogues {
  private readonly byConfig = new Map<string, Promise<unknown>>();

  constructor(private readonly warn: (message: string) => void) {}

  forConfig(configFile: string | undefined, config: ResolvedConfig, today: string): Promise<unknown> {
    if (!configFile || !config.catalogueSources?.length) return Promise.resolve(undefined);
    let loading = this.byConfig.get(configFile);
    if (!loading) {
      loading = this.load(path.dirname(configFile), config, today);
      this.byConfig.set(configFile, loading);
    }
    return loading;
  }

  private async load(root: string, config: ResolvedConfig, today: string): Promise<unknown> {
    const loaded = await loadCatalogue({ root, sources: config.catalogueSources, today });
    const snapshot = loaded.snapshot();
    for (const w of snapshot.sourceWarnings) this.warn(`${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    return snapshot;
  }
}
