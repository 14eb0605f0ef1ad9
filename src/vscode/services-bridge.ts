// The one place the extension calls the engine's editor services (guidance, completion, score, SQL format,
// new-contract skeleton). Providers depend on these small shapes, so a service can change without touching them.
import type * as vscode from 'vscode';
import type { ResolvedConfig } from '../engine/config/resolve-config';
import { scoreContracts, type ContractScore } from '../engine/services';
import { today } from './engine-bridge';
import type { Position, Range, TextEdit } from '../engine/types';

export interface GuidanceInfo { markdown: string; range?: Range }

export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value' | 'reference' | 'owner' | 'snippet';
  detail?: string;
  documentation?: string;
  insertText?: string;
  isSnippet?: boolean;
  range?: Range;
  filterText?: string;
  sortText?: string;
}

export interface NewContractInput { name: string; domain: string; owner: string }

export function guidanceAt(_document: vscode.TextDocument, _position: Position): GuidanceInfo | undefined {
  return undefined;
}

export function completionsAt(_document: vscode.TextDocument, _position: Position): CompletionEntry[] {
  return [];
}

export function scoreText(document: vscode.TextDocument, withSteps: boolean, config?: ResolvedConfig): ContractScore[] {
  return scoreContracts(document.getText(), { predictSteps: withSteps, config, fileName: document.uri.path, today: today() });
}

export function formatSqlEdits(_document: vscode.TextDocument): TextEdit[] | undefined {
  return undefined;
}

export function newContractText(_input: NewContractInput): string | undefined {
  return undefined;
}
