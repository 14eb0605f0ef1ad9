// The palette commands (category "Data Contract Lens"). What needs the engine is asked of the language server; the
// rest (editors, dialogs, the score view, the walkthrough) is VS Code's.
import * as vscode from 'vscode';
import type { ContractClient } from './client';
import { COMMAND_IDS, VSCODE_COMMANDS, WALKTHROUGH_ID } from './command-ids';
import {
  FIX_ALL,
  FORMAT_SQL,
  NEW_CONTRACT,
  OWNER_CANDIDATES,
  RULES,
  type DocumentText,
  type FixAllResult,
  type NewContractParams,
  type NewContractResult,
  type OwnerCandidate,
  type OwnerCandidatesParams,
  type RuleInfo,
} from '../server/protocol';
import { lintWorkspace } from './workspace-lint';
import { newContract, type NewContractArgs } from './new-contract';
import { toWorkspaceEdit } from './convert';
import { log } from './log';
import { openAt, type ScoreViewProvider } from './score-view';

/** The ids, for callers that imported them from here. */
export const COMMANDS = COMMAND_IDS;
export { WALKTHROUGH_ID };

export interface CommandDeps {
  context: vscode.ExtensionContext;
  contracts: ContractClient;
  scoreView: ScoreViewProvider;
  output: vscode.LogOutputChannel;
}

/** A document's current text, as the server's requests take it. */
export function documentText(document: vscode.TextDocument): DocumentText {
  return { uri: document.uri.toString(), version: document.version, text: document.getText() };
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { client } = deps.contracts;
  return [
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      const summary = await lintWorkspace(deps.contracts);
      void vscode.window.showInformationMessage(
        `Data Contract Lens: ${summary.contracts} contract${summary.contracts === 1 ? '' : 's'} checked, ` +
          `${summary.problems} problem${summary.problems === 1 ? '' : 's'} found.`,
      );
      return summary;
    }),
    vscode.commands.registerCommand(COMMANDS.fixAll, () => fixAllInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (ruleId?: string) =>
      showRuleDocumentation(deps, ruleId),
    ),
    vscode.commands.registerCommand(COMMANDS.newContract, (given?: NewContractArgs) =>
      newContract(
        given,
        async (domain, fileName) => {
          const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
          if (!folder) return [];
          await deps.contracts.ready();
          const params: OwnerCandidatesParams = {
            uri: vscode.Uri.joinPath(folder, fileName).toString(),
            domain,
            relativePath: fileName,
          };
          return client.sendRequest<OwnerCandidate[]>(OWNER_CANDIDATES, params);
        },
        async (target, input) => {
          await deps.contracts.ready();
          const params: NewContractParams = { uri: target.toString(), ...input };
          return (await client.sendRequest<NewContractResult | null>(NEW_CONTRACT, params)) ?? undefined;
        },
      ),
    ),
    vscode.commands.registerCommand(COMMANDS.formatSql, () => formatSqlInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showScore, (contract?: vscode.Uri | string) =>
      showScore(deps.scoreView, contract),
    ),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => deps.output.show(true)),
    vscode.commands.registerCommand(COMMANDS.openAt, openAt),
    vscode.commands.registerCommand(COMMANDS.openWalkthrough, () =>
      vscode.commands.executeCommand(VSCODE_COMMANDS.openWalkthrough, WALKTHROUGH_ID, false),
    ),
  ];
}

/** Applies every safe fix of the active contract at once (the server fixes in passes, each guarded). */
async function fixAllInEditor(deps: CommandDeps): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return 0;
  const document = editor.document;
  await deps.contracts.ready();
  const result = await deps.contracts.client.sendRequest<FixAllResult>(FIX_ALL, documentText(document));
  const applied =
    result.edits.length > 0 && (await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, result.edits)))
      ? Math.max(result.applied, 1)
      : 0;
  if (applied === 0)
    void vscode.window.showInformationMessage('Data Contract Lens: nothing to fix automatically here.');
  return applied;
}

/** Opens the rule's page: the copy shipped with the extension when there is one, else the web page. */
async function showRuleDocumentation(deps: CommandDeps, ruleId?: string): Promise<void> {
  let id = ruleId;
  if (!id) {
    await deps.contracts.ready();
    const rules = await deps.contracts.client.sendRequest<RuleInfo[]>(RULES);
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.code, detail: r.description })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return;
  const local = vscode.Uri.joinPath(deps.context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand(VSCODE_COMMANDS.markdownPreviewToSide, local);
  } catch {
    log.warn(`No page for rule '${id}' is shipped with the extension.`);
    void vscode.window.showWarningMessage(`Data Contract Lens has no documentation page for '${id}'.`);
  }
}

async function formatSqlInEditor(deps: CommandDeps): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return false;
  await deps.contracts.ready();
  const edits = await deps.contracts.client.sendRequest<FixAllResult['edits']>(FORMAT_SQL, documentText(document));
  if (edits.length === 0) {
    void vscode.window.showInformationMessage('Data Contract Lens: every query is already formatted.');
    return true;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, edits));
}

/**
 * Opens the score breakdown of a contract beside it (the CodeLens passes its URI; the palette uses the active
 * editor). Returns the URI of the same breakdown as a markdown document, for callers that want the text.
 */
async function showScore(
  scoreView: ScoreViewProvider,
  contract?: vscode.Uri | string,
): Promise<vscode.Uri | undefined> {
  const uri =
    contract instanceof vscode.Uri
      ? contract
      : typeof contract === 'string'
        ? vscode.Uri.parse(contract)
        : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  await scoreView.show(uri);
  return scoreView.textUri(uri);
}
