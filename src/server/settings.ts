// The `dclens.*` settings a client sends (workspace/configuration, or `initializationOptions.settings` for a client
// that cannot answer it), read in one place into typed values with the same defaults as the VS Code extension.
import type { CatalogueSource, RuleLevel } from '../engine';

export interface ServerSettings {
  enable: boolean;
  /** Lint as you type (after `debounceMs`) or only when the document is opened or saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** 'auto' follows `extends` in `.dclens.yaml`. */
  profile: string;
  /** Rule id → level, on top of `.dclens.yaml`. */
  rules: Record<string, RuleLevel>;
  /** Empty: the sources of `.dclens.yaml`, else the workspace's contracts, CODEOWNERS and git history. */
  catalogueSources: CatalogueSource[];
  codeLensEnable: boolean;
  /** Show `info` findings as information (with a squiggle) instead of hints. */
  infosAsInformation: boolean;
  /** Repeat the problems at the cursor in the hover, for clients that do not show diagnostics there. */
  problemsInHover: boolean;
  /** The ODCS version of new contracts: a version, or 'auto' for `settings.odcsVersion` of `.dclens.yaml`. */
  newContractOdcsVersion: string;
  /** 'yamlExtension': leave schema problems to another YAML server validating against the ODCS schema. */
  schemaProblems: 'dclens' | 'yamlExtension';
  /** Show what breaks since the base version in git as diagnostics, with a version CodeLens (trusted only). */
  diffShowBreakingChanges: boolean;
  /** The git ref to compare with; empty: the merge base with the default branch, else HEAD (as `dclens diff`). */
  diffBase: string;
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({
  enable: true,
  run: 'onType',
  debounceMs: 300,
  profile: 'auto',
  rules: {},
  catalogueSources: [],
  codeLensEnable: true,
  infosAsInformation: false,
  problemsInHover: false,
  newContractOdcsVersion: 'auto',
  schemaProblems: 'dclens',
  diffShowBreakingChanges: false,
  diffBase: '',
});

const LEVELS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'info', 'hint']);
const SOURCE_TYPES: ReadonlySet<string> = new Set(['contracts', 'datahub', 'backstage', 'codeowners', 'git', 'people']);

/** Reads settings given nested (`{ codeLens: { enable } }`, as VS Code sends them) or dotted (`'codeLens.enable'`). */
export function readSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const get = (key: string): unknown => {
    const record = raw as Record<string, unknown>;
    if (Object.hasOwn(record, key)) return record[key];
    let value: unknown = record;
    for (const part of key.split('.')) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
  const bool = (key: string, fallback: boolean) => (typeof get(key) === 'boolean' ? (get(key) as boolean) : fallback);
  const rules: Record<string, RuleLevel> = {};
  const rawRules = get('rules');
  if (typeof rawRules === 'object' && rawRules !== null) {
    for (const [id, level] of Object.entries(rawRules))
      if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
  }
  const sources = get('catalogue.sources');
  const debounce = get('debounceMs');
  return {
    enable: bool('enable', DEFAULT_SETTINGS.enable),
    run: get('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) ? Math.max(0, debounce) : DEFAULT_SETTINGS.debounceMs,
    profile: typeof get('profile') === 'string' && get('profile') !== '' ? (get('profile') as string) : 'auto',
    rules,
    catalogueSources: Array.isArray(sources) ? sources.filter(isCatalogueSource) : [],
    codeLensEnable: bool('codeLens.enable', DEFAULT_SETTINGS.codeLensEnable),
    // VS Code's setting is `infos.showAs` ('hint' | 'information'); other clients may send the boolean.
    infosAsInformation: bool('infosAsInformation', get('infos.showAs') === 'information'),
    problemsInHover: bool('problemsInHover', DEFAULT_SETTINGS.problemsInHover),
    newContractOdcsVersion:
      typeof get('newContract.odcsVersion') === 'string' ? (get('newContract.odcsVersion') as string) : 'auto',
    schemaProblems: get('schemaProblems') === 'yamlExtension' ? 'yamlExtension' : 'dclens',
    diffShowBreakingChanges: bool('diff.showBreakingChanges', DEFAULT_SETTINGS.diffShowBreakingChanges),
    diffBase: typeof get('diff.base') === 'string' ? (get('diff.base') as string).trim() : '',
  };
}

function isCatalogueSource(value: unknown): value is CatalogueSource {
  if (typeof value !== 'object' || value === null) return false;
  const { type, path } = value as { type?: unknown; path?: unknown };
  return typeof type === 'string' && SOURCE_TYPES.has(type) && (path === undefined || typeof path === 'string');
}
