// Completion: keys allowed at the cursor, enum values, names where a reference is expected, owner candidates.
// The engine's completion service does all of it (owners through the catalogue snapshot); this only converts.
import * as vscode from 'vscode';
import type { CompletionItem as EngineItem } from '../engine/services/completion';
import { toEnginePosition, toVsRange } from './convert';
import type { ContextFor } from './service-context';
import { completionsAt } from './services-bridge';

const SNIPPET_FORMAT = 2;

export class ContractCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '.', '{', '/'];

  constructor(
    private readonly isContract: (document: vscode.TextDocument) => boolean,
    private readonly contextFor: ContextFor,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.isContract(document)) return [];
    return completionsAt(document, toEnginePosition(position), this.contextFor(document)).map(toVsItem);
  }
}

function toVsItem(item: EngineItem): vscode.CompletionItem {
  // LSP kinds are VS Code's enum plus one.
  const vsItem = new vscode.CompletionItem(item.label, (item.kind - 1) as vscode.CompletionItemKind);
  vsItem.detail = item.detail;
  if (item.documentation) vsItem.documentation = new vscode.MarkdownString(item.documentation.value);
  vsItem.insertText = item.insertTextFormat === SNIPPET_FORMAT ? new vscode.SnippetString(item.textEdit.newText) : item.textEdit.newText;
  vsItem.range = toVsRange(item.textEdit.range);
  vsItem.sortText = item.sortText;
  if (item.filterText) vsItem.filterText = item.filterText;
  if (item.tags?.includes(1)) vsItem.tags = [vscode.CompletionItemTag.Deprecated];
  return vsItem;
}
