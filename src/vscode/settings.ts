// The extension's settings, declared in package.json under `dclens.*`, read in one place per resource so
// every provider sees the same typed values (and multi-root folders can differ).
import * as vscode from 'vscode';
import type { CatalogueSource } from '../engine/config/config-schema';
import type { RuleLevel } from '../engine/types';

export type RunMode = 'onType' | 'onSave';
export type SchemaProblemsOwner = 'dclens' | 'yamlExtension';

export interface DclensSettings {
  enable: boolean;
  run: RunMode;
  /** Milliseconds to wait after the last keystroke before linting. */
  debounceMs: number;
  profile: string;
  /** Rule id → level; merged on top of `.dclens.yaml`. */
  rules: Record<string, RuleLevel>;
  /** Empty: the sources of `.dclens.yaml`, else the defaults. */
  catalogueSources: CatalogueSource[];
  codeLensEnable: boolean;
  statusBarEnable: boolean;
  /** Who reports schema problems when Red Hat YAML validates the same file against the ODCS schema. */
  schemaProblems: SchemaProblemsOwner;
  /** The ODCS version of new contracts: a version, or 'auto' for `settings.odcsVersion` of `.dclens.yaml` (else v3.2.0). */
  newContractOdcsVersion: string;
  /** Show findings at level info as information (a squiggle) instead of hints. */
  infosAsInformation: boolean;
}

const LEVELS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'info', 'hint']);

export function readSettings(scope?: vscode.ConfigurationScope): DclensSettings {
  const config = vscode.workspace.getConfiguration('dclens', scope);
  const rawRules = config.get<Record<string, unknown>>('rules', {}) ?? {};
  const rules: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(rawRules)) {
    if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
  }
  const run = config.get<string>('run', 'onType');
  return {
    enable: config.get<boolean>('enable', true),
    run: run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    profile: config.get<string>('profile', 'recommended') || 'recommended',
    rules,
    catalogueSources: (config.get<unknown[]>('catalogue.sources', []) ?? []).filter(isCatalogueSource),
    codeLensEnable: config.get<boolean>('codeLens.enable', true),
    statusBarEnable: config.get<boolean>('statusBar.enable', true),
    schemaProblems: config.get<string>('schemaProblems', 'dclens') === 'yamlExtension' ? 'yamlExtension' : 'dclens',
    newContractOdcsVersion: config.get<string>('newContract.odcsVersion', 'auto') || 'auto',
    infosAsInformation: config.get<string>('infos.showAs', 'hint') === 'information',
  };
}

/** True when a configuration change touches our settings (for any resource). */
export function affectsDclens(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('dclens');
}

const SOURCE_TYPES: ReadonlySet<string> = new Set(['contracts', 'datahub', 'backstage', 'codeowners', 'git', 'people']);

function isCatalogueSource(value: unknown): value is CatalogueSource {
  if (typeof value !== 'object' || value === null) return false;
  const { type, path } = value as { type?: unknown; path?: unknown };
  return typeof type === 'string' && SOURCE_TYPES.has(type) && (path === undefined || typeof path === 'string');
}
