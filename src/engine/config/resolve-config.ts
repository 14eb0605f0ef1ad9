// Turns a validated config file (or none) into the levels and options each rule runs with.
import type { RuleLevel } from '../types';
import type { AnyRule, ProfileName } from '../rules/define-rule';
import type { SharedSettings } from './settings';
import type { CatalogueSource, ConfigFile, RuleEntry } from './config-schema';
import { allRules } from '../rules';

export interface ResolvedConfig {
  profile: ProfileName;
  levels: ReadonlyMap<string, RuleLevel>;
  options: ReadonlyMap<string, unknown>;
  settings: SharedSettings;
  catalogueSources?: CatalogueSource[];
  ignore: string[];
}

export function profileLevel(rule: AnyRule, profile: ProfileName): RuleLevel {
  const explicit = rule.meta.profiles?.[profile];
  if (explicit) return explicit;
  if (profile === 'strict') {
    // Strict raises every advisory rule to a warning; opt-in rules stay opt-in unless they say otherwise.
    const base = rule.meta.severity;
    return base === 'info' || base === 'hint' ? 'warning' : base;
  }
  return rule.meta.severity;
}

export function entryLevel(entry: RuleEntry): RuleLevel | undefined {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry)) return entry[0];
  return entry.severity;
}

export function entryOptions(entry: RuleEntry): Record<string, unknown> | undefined {
  if (Array.isArray(entry)) return entry[1];
  if (typeof entry === 'object') return entry.options;
  return undefined;
}

export interface ResolveExtras {
  /** Editor settings that override the file's profile and levels. */
  profile?: ProfileName;
  levels?: Record<string, RuleLevel>;
}

export function resolveConfig(
  config?: ConfigFile,
  extras: ResolveExtras = {},
  rules: readonly AnyRule[] = allRules,
): ResolvedConfig {
  const profile = extras.profile ?? config?.extends ?? 'recommended';
  const levels = new Map<string, RuleLevel>();
  const options = new Map<string, unknown>();
  for (const rule of rules) {
    levels.set(rule.meta.id, profileLevel(rule, profile));
    const entry = config?.rules?.[rule.meta.id];
    const level = entry === undefined ? undefined : entryLevel(entry);
    if (level) levels.set(rule.meta.id, level);
    const given = entry === undefined ? undefined : entryOptions(entry);
    const merged = { ...(rule.meta.defaultOptions as object | undefined), ...given };
    const parsed = rule.meta.options ? rule.meta.options.safeParse(merged) : undefined;
    options.set(rule.meta.id, parsed?.success ? parsed.data : rule.meta.defaultOptions);
  }
  for (const [id, level] of Object.entries(extras.levels ?? {})) if (levels.has(id)) levels.set(id, level);
  return {
    profile,
    levels,
    options,
    settings: config?.settings ?? {},
    catalogueSources: config?.catalogue?.sources,
    ignore: config?.ignore ?? [],
  };
}
