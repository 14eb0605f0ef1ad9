// The palette commands (category "Data Contract Lens"). Each one converts, calls the engine, converts back.
import * as vscode from 'vscode';
import { allRules } from '../engine/rules';
import { docsUrlFor } from '../engine/rules/define-rule';
import { fixAllAction, SHOW_RULE_DOCS_COMMAND } from './code-actions';
import type { CatalogueHost } from './catalogue';
import type { ConfigLoader } from './config-loader';
import type { DiagnosticsController } from './diagnostics';
import { lintWorkspace } from './workspace-lint';
import { newContract } from './new-contract';
import { SHOW_SCORE_COMMAND } from './code-lens';
import { toWorkspaceEdit } from './convert';
import { formatSqlEdits, ownerCandidatesFor, type NewContractInput } from './services-bridge';
import { ScoreViewProvider } from './score-view';
import { newContractVersion } from '../engine/services/new-contract';
import { readSettings } from './settings';

export const COMMANDS = {
  lintWorkspace: 'dclens.lintWorkspace',
  fixAll: 'dclens.fixAll',
  showRuleDocumentation: SHOW_RULE_DOCS_COMMAND,
  openWalkthrough: 'dclens.openWalkthrough',
  newContract: 'dclens.newContract',
  formatSql: 'dclens.formatSql',
  showScore: SHOW_SCORE_COMMAND,
} as const;

export const WALKTHROUGH_ID = 'data-contract-lens.data-contract-lens#dclens.gettingStarted';
const MAX_FIX_PASSES = 10;

export interface CommandDeps {
  context: vscode.ExtensionContext;
  collection: vscode.DiagnosticCollection;
  diagnostics: DiagnosticsController;
  configs: ConfigLoader;
  catalogues: CatalogueHost;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      const summary = await lintWorkspace(deps.collection, deps.configs);
      void vscode.window.showInformationMessage(
        `Data Contract Lens: ${summary.contracts} contract${summary.contracts === 1 ? '' : 's'} checked, ` +
        `${summary.problems} problem${summary.problems === 1 ? '' : 's'} found.`);
      return summary;
    }),
    vscode.commands.registerCommand(COMMANDS.fixAll, () => fixAllInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (ruleId?: string) => showRuleDocumentation(deps.context, ruleId)),
    vscode.commands.registerCommand(COMMANDS.newContract, (given?: Partial<NewContractInput>) =>
      newContract(given, async (domain, fileName) => {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        if (!folder) return [];
        const target = vscode.Uri.joinPath(folder, fileName);
        deps.catalogues.snapshotFor(target);
        await deps.catalogues.whenLoaded(target);
        return ownerCandidatesFor(deps.diagnostics.language, target, domain, fileName);
      }, async (uri) => newContractVersion(uri ? (await deps.configs.configFor(uri))?.settings : undefined, readSettings(uri).newContractOdcsVersion))),
    vscode.commands.registerCommand(COMMANDS.formatSql, () => formatSqlInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showScore, showScore),
    vscode.commands.registerCommand(COMMANDS.openWalkthrough, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
  ];
}

/** Applies safe fixes, re-linting between passes, until none is left (fixes that overlap wait a pass). */
async function fixAllInEditor(deps: CommandDeps): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return 0;
  const document = editor.document;
  let applied = 0;
  // A fix whose finding is still there after a pass did not work: it is never applied twice.
  const done = new Set<string>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const action = fixAllAction(deps.diagnostics.language, document, deps.diagnostics.currentFindings(document), done);
    if (!action?.edit || !(await vscode.workspace.applyEdit(action.edit))) break;
    applied += action.edit.size;
  }
  await deps.diagnostics.lintNow(document);
  if (applied === 0) void vscode.window.showInformationMessage('Data Contract Lens: nothing to fix automatically here.');
  return applied;
}

/** Opens the rule's page: the copy shipped with the extension when there is one, else the web page. */
async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId?: string): Promise<void> {
  let id = ruleId;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      allRules.map((r) => ({ label: r.meta.id, description: r.meta.code, detail: r.meta.description })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true });
    id = picked?.label;
  }
  if (!id) return;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrlFor(id)));
  }
}

async function formatSqlInEditor(deps: CommandDeps): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const edits = formatSqlEdits(deps.diagnostics.language, document);
  if (edits.length === 0) {
    void vscode.window.showInformationMessage('Data Contract Lens: every query is already formatted.');
    return true;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, edits));
}

/** Opens the score breakdown of a contract (the CodeLens passes its URI; the palette uses the active editor). */
async function showScore(contract?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = contract ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const view = ScoreViewProvider.uriFor(uri);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', view);
  return view;
}
