// Which catalogue sources to read: `.dclens.yaml` `catalogue.sources`, or the defaults.
import { readFile } from 'node:fs/promises';
import { parseConfigText } from '../../engine/config/parse-config';

export const SOURCE_TYPES = ['contracts', 'datahub', 'backstage', 'codeowners', 'git', 'people'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface CatalogueSourceConfig {
  type: SourceType;
  /** Relative to the workspace root; a file or a folder depending on the type. */
  path?: string;
}

/** With no configuration: the workspace's contracts, CODEOWNERS and git history. */
export const DEFAULT_SOURCES: CatalogueSourceConfig[] = [{ type: 'contracts' }, { type: 'codeowners' }, { type: 'git' }];

/** Reads `catalogue.sources` from a `.dclens.yaml`; problems come back as messages naming the file and line. */
export async function readCatalogueConfig(file: string): Promise<{ sources?: CatalogueSourceConfig[]; problems: string[] }> {
  const text = await readFile(file, 'utf8');
  const parsed = parseConfigText(text);
  const problems = parsed.problems.map((p) => `${file}:${p.range.start.line + 1}: ${p.message}`);
  return { sources: parsed.config?.catalogue?.sources, problems };
}
