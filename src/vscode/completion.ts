// Completion: keys allowed at the cursor, enum values, names where a reference is expected, owner candidates.
// The engine's completion service does all of it (owners through the catalogue snapshot); this only converts.
import * as vscode from 'vscode';
import type { ConfigFile } from '../engine/config/config-schema';
import type { CompletionItem as EngineItem } from '../engine/services/completion';
import { toEnginePosition, toVsRange } from './convert';
import type { ContextFor } from './service-context';
import { completionsAt } from './services-bridge';

const SNIPPET_FORMAT = 2;
const NEW_CONTRACT_LABEL = 'odcs-contract';

export class ContractCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '.', '{', '/'];

  constructor(
    private readonly isContract: (document: vscode.TextDocument) => boolean,
    private readonly contextFor: ContextFor,
    /** The `.dclens.yaml` that applies to a file, for the version of a contract started in an empty one. */
    private readonly configFor?: (uri: vscode.Uri) => Promise<ConfigFile | undefined>,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    if (this.isContract(document)) return completionsAt(document, toEnginePosition(position), this.contextFor(document)).map(toVsItem);
    // An empty YAML file is offered only a whole new contract (odcs-contract), nothing else.
    if (document.getText().trim() !== '') return [];
    const file = await this.configFor?.(document.uri);
    const context = { ...this.contextFor(document), newContractSettings: file?.settings };
    return completionsAt(document, toEnginePosition(position), context).filter((i) => i.label === NEW_CONTRACT_LABEL).map(toVsItem);
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
