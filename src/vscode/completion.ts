// Completion: keys allowed at the cursor, enum values, names where a reference is expected, owner candidates.
// All of it comes from the engine's completion service (owners through the catalogue snapshot); this only converts.
import * as vscode from 'vscode';
import { toEnginePosition, toVsRange } from './convert';
import { completionsAt, type CompletionEntry } from './services-bridge';

const KINDS: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  owner: vscode.CompletionItemKind.User,
  snippet: vscode.CompletionItemKind.Snippet,
};

export class ContractCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '.', '{', '/'];

  constructor(private readonly isContract: (document: vscode.TextDocument) => boolean) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.isContract(document)) return [];
    return completionsAt(document, toEnginePosition(position)).map((entry, index) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.detail = entry.detail;
      if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
      if (entry.insertText !== undefined) {
        item.insertText = entry.isSnippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
      }
      if (entry.range) item.range = toVsRange(entry.range);
      if (entry.filterText) item.filterText = entry.filterText;
      // Keep the engine's order (owners by score, keys by importance) instead of alphabetical.
      item.sortText = entry.sortText ?? String(index).padStart(4, '0');
      return item;
    });
  }
}
