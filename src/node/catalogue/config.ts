// Which catalogue sources to read: `.dclens.yaml` `catalogue.sources` (read by the config loader), or the defaults.

export const SOURCE_TYPES = ['contracts', 'datahub', 'backstage', 'codeowners', 'git', 'people'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface CatalogueSourceConfig {
  type: SourceType;
  /** Relative to the workspace root; a file or a folder depending on the type. */
  path?: string;
}

/** With no configuration: the workspace's contracts, CODEOWNERS and git history. */
export const DEFAULT_SOURCES: CatalogueSourceConfig[] = [
  { type: 'contracts' },
  { type: 'codeowners' },
  { type: 'git' },
];
