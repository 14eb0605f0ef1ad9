// One loaded catalogue per workspace root and source configuration, shared by every request that needs it.
import { loadCatalogue, type LoadCatalogueOptions, type LoadedCatalogue } from './loader';

export class CatalogueCache {
  private readonly entries = new Map<string, Promise<LoadedCatalogue>>();

  get(options: LoadCatalogueOptions): Promise<LoadedCatalogue> {
    const key = JSON.stringify([options.root, options.sources ?? null, options.today ?? null]);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = loadCatalogue(options);
      this.entries.set(key, entry);
      // A failed load is not cached, so the next request tries again.
      entry.catch(() => this.entries.delete(key));
    }
    return entry;
  }

  /** Tells every loaded catalogue under `root` that a file changed. */
  async fileChanged(root: string, path: string): Promise<void> {
    for (const [key, entry] of this.entries) {
      if (JSON.parse(key)[0] === root) await (await entry).updateFile(path);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
