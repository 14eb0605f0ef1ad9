// What the palette commands ask of the language service besides lint: formatting the SQL of quality rules, owner
// candidates and the text of a new contract.
import * as vscode from 'vscode';
import { newContractSkeleton, type Candidate, type NewContractInput, type NewContractVersion, type TextEdit } from '../engine';
import { lsDocument, type EditorLanguageService } from './engine-bridge';

export type { NewContractInput };

export function formatSqlEdits(language: EditorLanguageService, document: vscode.TextDocument): TextEdit[] {
  return language.service.formatSql(lsDocument(document));
}

/** Likely Data Owners for a new contract in a domain, to be saved at `target` (best first; none below the bar). */
export function ownerCandidatesFor(language: EditorLanguageService, target: vscode.Uri, domain: string, relativePath: string): Candidate[] {
  return language.service.ownerCandidates(target.toString(), { domain, relativePath });
}

/** The new contract's text in a version already chosen (the command asks the settings for it first). */
export function newContractText(input: NewContractInput, version?: NewContractVersion): string {
  return newContractSkeleton(input, version);
}
