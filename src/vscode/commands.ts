// The palette commands (category "Data Contract Lens"). Each one converts, calls the engine, converts back.
import * as vscode from 'vscode';
import { allRules } from '../engine/rules';
import { docsUrlFor } from '../engine/rules/define-rule';
import { fixAllAction } from './code-actions';
import type { CatalogueHost } from './catalogue';
import { COMMAND_IDS, VSCODE_COMMANDS, WALKTHROUGH_ID } from './command-ids';
import type { ConfigLoader } from './config-loader';
import type { DiagnosticsController } from './diagnostics';
import { lintWorkspace } from './workspace-lint';
import { newContract, type NewContractArgs } from './new-contract';
import { toWorkspaceEdit } from './convert';
import { lsDocument } from './engine-bridge';
import { openAt, type ScoreViewProvider } from './score-view';
import { newContractVersion } from '../engine/services/new-contract';
import { readSettings } from './settings';

/** The ids, for callers that imported them from here. */
export const COMMANDS = COMMAND_IDS;
export { WALKTHROUGH_ID };
const MAX_FIX_PASSES = 10;

export interface CommandDeps {
  context: vscode.ExtensionContext;
  collection: vscode.DiagnosticCollection;
  diagnostics: DiagnosticsController;
  configs: ConfigLoader;
  catalogues: CatalogueHost;
  scoreView: ScoreViewProvider;
  output: vscode.LogOutputChannel;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      const summary = await lintWorkspace(deps);
      void vscode.window.showInformationMessage(
        `Data Contract Lens: ${summary.contracts} contract${summary.contracts === 1 ? '' : 's'} checked, ` +
          `${summary.problems} problem${summary.problems === 1 ? '' : 's'} found.`,
      );
      return summary;
    }),
    vscode.commands.registerCommand(COMMANDS.fixAll, () => fixAllInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (ruleId?: string) =>
      showRuleDocumentation(deps.context, ruleId),
    ),
    vscode.commands.registerCommand(COMMANDS.newContract, (given?: NewContractArgs) =>
      newContract(
        given,
        async (domain, fileName) => {
          const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
          if (!folder) return [];
          const target = vscode.Uri.joinPath(folder, fileName);
          deps.catalogues.snapshotFor(target);
          await deps.catalogues.whenLoaded(target);
          return deps.diagnostics.language.service.ownerCandidates(target.toString(), {
            domain,
            relativePath: fileName,
          });
        },
        async (uri) =>
          newContractVersion(
            uri ? (await deps.configs.configFor(uri))?.settings : undefined,
            readSettings(uri).newContractOdcsVersion,
          ),
      ),
    ),
    vscode.commands.registerCommand(COMMANDS.formatSql, () => formatSqlInEditor(deps)),
    vscode.commands.registerCommand(COMMANDS.showScore, (contract?: vscode.Uri) => showScore(deps.scoreView, contract)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => deps.output.show(true)),
    vscode.commands.registerCommand(COMMANDS.openAt, openAt),
    vscode.commands.registerCommand(COMMANDS.openWalkthrough, () =>
      vscode.commands.executeCommand(VSCODE_COMMANDS.openWalkthrough, WALKTHROUGH_ID, false),
    ),
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
  if (applied === 0)
    void vscode.window.showInformationMessage('Data Contract Lens: nothing to fix automatically here.');
  return applied;
}

/** Opens the rule's page: the copy shipped with the extension when there is one, else the web page. */
async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId?: string): Promise<void> {
  let id = ruleId;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      allRules.map((r) => ({ label: r.meta.id, description: r.meta.code, detail: r.meta.description })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand(VSCODE_COMMANDS.markdownPreviewToSide, local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrlFor(id)));
  }
}

async function formatSqlInEditor(deps: CommandDeps): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const edits = deps.diagnostics.language.service.formatSql(lsDocument(document));
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
async function showScore(scoreView: ScoreViewProvider, contract?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = contract instanceof vscode.Uri ? contract : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  await scoreView.show(uri);
  return scoreView.textUri(uri);
}
