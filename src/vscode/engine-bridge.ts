// The one place the extension calls the engine to lint: builds the options for a document (file name,
// configuration with the user's overrides on top of `.dclens.yaml`, catalogue snapshot, today's date).
import * as vscode from 'vscode';
import { lintText } from '../engine/lint';
import { looksLikeContract } from '../engine/detect';
import { resolveConfig, type ResolvedConfig } from '../engine/config/resolve-config';
import { PROFILE_NAMES, type ConfigFile } from '../engine/config/config-schema';
import type { ProfileName } from '../engine/rules/define-rule';
import { allRules } from '../engine/rules';
import type { FileLintResult } from '../engine/types';
import type { DclensSettings } from './settings';

/** Text-level check that costs almost nothing: only YAML that looks like a contract is ever parsed. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' && looksLikeContract(document.getText());
}

/** Today's date as the engine expects it (the engine itself never reads the clock). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function resolvedConfig(settings: DclensSettings, file: ConfigFile | undefined): ResolvedConfig {
  const profile = (PROFILE_NAMES as readonly string[]).includes(settings.profile) ? settings.profile as ProfileName : undefined;
  // With Red Hat YAML validating the same file against the ODCS schema, the user can leave schema problems
  // to it, so each one is shown once.
  const schemaOff = settings.schemaProblems === 'yamlExtension'
    ? Object.fromEntries(allRules.filter((r) => r.meta.group === 'schema').map((r) => [r.meta.id, 'off' as const]))
    : {};
  return resolveConfig(file, { profile, levels: { ...schemaOff, ...settings.rules } });
}

export function lintDocument(document: vscode.TextDocument, config: ResolvedConfig, catalogue?: unknown): FileLintResult {
  return lintTextAt(document.uri, document.getText(), config, catalogue);
}

export function lintTextAt(uri: vscode.Uri, text: string, config: ResolvedConfig, catalogue?: unknown): FileLintResult {
  return lintText(text, { fileName: uri.path, config, catalogue, today: today(), catalogueSubjectPath: vscode.workspace.asRelativePath(uri, false) });
}
