// "Compare with base": VS Code's diff editor between the contract's base version in git (read by the server, shown
// read-only from a `dclens-base:` document) and the file being edited; and "Convert to ODCS", which opens the
// converted contract beside the original as a new unsaved document, so writing it is the user's choice.
import * as vscode from 'vscode';
import { BASE_TEXT, type BaseTextParams, type BaseTextResult } from '../server/protocol';
import type { ContractClient } from './client';
import { COMMAND_IDS, VSCODE_COMMANDS } from './command-ids';
import { log } from './log';

/** The scheme of the read-only base versions shown on the left of the diff editor. */
export const BASE_SCHEME = 'dclens-base';
/** True while the active editor shows a contract (the editor title's "Compare with base" button). */
export const IS_CONTRACT_CONTEXT = 'dclens.editor.isContract';

export const NO_CONTRACT_MESSAGE =
  'Open a data contract first: Compare with base shows how the file in the editor differs from its version in git.';

/** What "Compare with base" did: the diff editor's title, or the reason it did not open. */
export type CompareOutcome = { title: string; base: vscode.Uri } | { problem: string };

class BaseVersions implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

async function compareWithBase(
  contracts: ContractClient,
  versions: BaseVersions,
  given?: vscode.Uri | string,
): Promise<CompareOutcome> {
  const target =
    typeof given === 'string' ? vscode.Uri.parse(given) : (given ?? vscode.window.activeTextEditor?.document.uri);
  if (!target || target.scheme !== 'file') {
    void vscode.window.showInformationMessage(NO_CONTRACT_MESSAGE);
    return { problem: NO_CONTRACT_MESSAGE };
  }
  await contracts.ready();
  const params: BaseTextParams = { uri: target.toString() };
  const result = await contracts.client.sendRequest<BaseTextResult>(BASE_TEXT, params);
  if (result.text === undefined) {
    const problem = result.problem ?? 'There is no base version of this contract to compare with.';
    log.info(`Compare with base: ${problem}`);
    void vscode.window.showInformationMessage(problem);
    return { problem };
  }
  const label = result.label ?? 'base';
  // One read-only document per file and base: the path keeps the file's name (and its YAML language).
  const base = vscode.Uri.from({ scheme: BASE_SCHEME, path: target.path, query: label });
  versions.set(base, result.text);
  const title = `${baseName(target)} (${label} ↔ working tree)`;
  await vscode.commands.executeCommand(VSCODE_COMMANDS.diff, base, target, title);
  return { title, base };
}

/** The converted contract in a new unsaved YAML document beside the original. */
async function openConverted(original: unknown, text: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof text !== 'string') return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const from = typeof original === 'string' ? baseName(vscode.Uri.parse(original)) : 'the contract';
  log.info(`Converted ${from} to ODCS in a new unsaved document; save it to keep it.`);
  return document;
}

export function registerCompareWithBase(contracts: ContractClient): vscode.Disposable[] {
  const versions = new BaseVersions();
  const updateContext = () => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const isContract = active !== undefined && contracts.state.uris().includes(active);
    void vscode.commands.executeCommand(VSCODE_COMMANDS.setContext, IS_CONTRACT_CONTEXT, isContract);
  };
  updateContext();
  return [
    versions,
    vscode.workspace.registerTextDocumentContentProvider(BASE_SCHEME, versions),
    vscode.commands.registerCommand(COMMAND_IDS.compareWithBase, (given?: vscode.Uri | string) =>
      compareWithBase(contracts, versions, given),
    ),
    vscode.commands.registerCommand(COMMAND_IDS.openConverted, openConverted),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    contracts.state.onDidChange(updateContext),
  ];
}
