// Completion: keys allowed at the cursor, enum values, names where a reference is expected, owner candidates
// (people at `username:`, teams at `team.name`), and a whole new contract in an empty file. The language service
// chooses all of it; this only converts.
import * as vscode from 'vscode';
import type { CompletionItem as EngineItem } from '../engine';
import { toEnginePosition, toVsRange } from './convert';
import { lsDocument, type EditorLanguageService } from './engine-bridge';

const SNIPPET_FORMAT = 2;

export class ContractCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '.', '{', '/'];

  constructor(private readonly language: EditorLanguageService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (document.languageId !== 'yaml') return [];
    return this.language.service.completion(lsDocument(document), toEnginePosition(position)).map(toVsItem);
  }
}

function toVsItem(item: EngineItem): vscode.CompletionItem {
  // LSP kinds are VS Code's enum plus one.
  const vsItem = new vscode.CompletionItem(item.label, (item.kind - 1) as vscode.CompletionItemKind);
  vsItem.detail = item.detail;
  if (item.documentation) vsItem.documentation = new vscode.MarkdownString(item.documentation.value);
  vsItem.insertText =
    item.insertTextFormat === SNIPPET_FORMAT ? new vscode.SnippetString(item.textEdit.newText) : item.textEdit.newText;
  vsItem.range = toVsRange(item.textEdit.range);
  vsItem.sortText = item.sortText;
  if (item.filterText) vsItem.filterText = item.filterText;
  if (item.tags?.includes(1)) vsItem.tags = [vscode.CompletionItemTag.Deprecated];
  return vsItem;
}
