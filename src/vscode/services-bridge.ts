// The one place the extension calls the engine's editor services (hover, completion, score, SQL format, owner
// suggestions, new-contract skeleton), with the same configuration, catalogue and date as the lint.
import type * as vscode from 'vscode';
import type { ResolvedConfig } from '../engine/config/resolve-config';
import { parseYamlFile } from '../engine/parse/yaml-file';
import { describePerson, roleFromText, suggestOwners, suggestTeams, type Candidate, type CatalogueSnapshot } from '../engine/owners';
import {
  getCompletions, getHover, newContractSkeleton, scoreContracts, type ContractScore, type Hover, type NewContractInput,
} from '../engine/services';
import type { CompletionItem } from '../engine/services/completion';
import { formatQueries } from '../engine/sql/format-queries';
import type { FileLintResult, Position, TextEdit } from '../engine/types';
import { today } from './engine-bridge';
import { newContractVersion } from '../engine/services/new-contract';
import type { NewContractVersion, SharedSettings } from '../engine/config/settings';
import { readSettings } from './settings';

/** What the services need to agree with the Problems panel. */
export interface ServiceContext {
  /** The lint result of exactly this text, when there is one. */
  lint?: FileLintResult;
  config?: ResolvedConfig;
  catalogue?: CatalogueSnapshot;
  /** Workspace-relative path, for owner suggestions (folder majority, CODEOWNERS). */
  relativePath: string;
  /** `.dclens.yaml` settings for a file that is not linted yet (an empty file), for the version of a new contract. */
  newContractSettings?: SharedSettings;
}

export type { NewContractInput };

export function hoverAt(document: vscode.TextDocument, position: Position, context: ServiceContext): Hover | undefined {
  const catalogue = context.catalogue;
  return getHover(document.getText(), position, {
    lint: context.lint, config: context.config, catalogue, today: today(),
    describePerson: catalogue ? (id) => describePerson(catalogue, id, { excludePath: context.relativePath }) : undefined,
  });
}

export function completionsAt(document: vscode.TextDocument, position: Position, context: ServiceContext): CompletionItem[] {
  const text = document.getText();
  const catalogue = context.catalogue;
  return getCompletions(text, position, {
    classifications: context.config?.settings.classifications,
    odcsVersion: newContractVersion(context.config?.settings ?? context.newContractSettings, readSettings(document.uri).newContractOdcsVersion),
    ownerCandidates: catalogue ? (role, field) => {
      const value = parseYamlFile(text).documents[0]?.value;
      const subject = { path: context.relativePath, value };
      if (field === 'teamName') return suggestTeams(catalogue, subject);
      return suggestOwners(catalogue, subject, (role && roleFromText(role)) || 'Data Owner');
    } : undefined,
  });
}

/** Scores; `lint` (the findings of this exact text) spares a second lint and keeps the counts equal to the panel's. */
export function scoreText(document: vscode.TextDocument, withSteps: boolean, config?: ResolvedConfig, lint?: FileLintResult): ContractScore[] {
  return scoreContracts(document.getText(), { predictSteps: withSteps, config, lint, fileName: document.uri.path, today: today() });
}

export function formatSqlEdits(document: vscode.TextDocument): TextEdit[] {
  return formatQueries(document.getText());
}

/** Likely Data Owners for a new contract in a domain and folder (best first; none below the confidence bar). */
export function ownerCandidatesFor(catalogue: CatalogueSnapshot, domain: string, relativePath: string): Candidate[] {
  return suggestOwners(catalogue, { path: relativePath, value: { kind: 'DataContract', domain } }, 'Data Owner', { top: 5 });
}

export function newContractText(input: NewContractInput, version?: NewContractVersion): string {
  return newContractSkeleton(input, version);
}
