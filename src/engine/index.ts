// The engine's public surface, shared by the CLI and the VS Code extension. Pure: text and data in, data out.
export * from './types';
export { lintText, type LintOptions } from './lint';
export { looksLikeContract, looksLikeContractName, detectDocument } from './detect';
export { applyEdits, offsetIn } from './fix/apply-edits';
export { formatQueries } from './sql/format-queries';
export { fixAll, chooseNonOverlappingFixes, type FixAllResult } from './fix/fix-all';
export { offeredFixes } from './fix/guard';
export { parseYamlFile, type ParsedFile, type ParsedDocument } from './parse/yaml-file';
export { rangeOfPath, locate } from './parse/locate';
export { parseConfigText, type ConfigProblem, type ParsedConfig } from './config/parse-config';
export { resolveConfig, profileLevel, type ResolvedConfig, type ResolveExtras } from './config/resolve-config';
export { PROFILE_NAMES, type ConfigFile, type CatalogueSource } from './config/config-schema';
export { allRules, ruleById, ruleByCode } from './rules';
export { docsUrlFor, type AnyRule, type RuleGroup, type ProfileName } from './rules/define-rule';
export * from './language-service';
export {
  scoreContracts,
  renderScoreText,
  renderScoreMarkdown,
  newContractSnippet,
  newContractVersion,
} from './services';
export * from './data-tests';
export * from './diff';
export { migrateContract, MIGRATION_TARGETS, type MigrationResult, type MigrationTarget } from './migrate';
export * from './report';
