// The Test Explorer starts only in a trusted workspace (or once the user trusts it); until then its commands say why
// nothing runs.
import * as vscode from 'vscode';
import type { ContractClient } from './client';
import { COMMAND_IDS } from './command-ids';
import { setPostgresCredentials } from './postgres-credentials';
import { DataTestExplorer, type DataTestsApi } from './test-explorer';

/** Creates the Test Explorer now in a trusted workspace, or once the user trusts it. */
export function registerTestExplorer(
  context: vscode.ExtensionContext,
  contracts: ContractClient,
): { api: DataTestsApi; disposable: vscode.Disposable } {
  let explorer: DataTestExplorer | undefined;
  const start = () => (explorer ??= new DataTestExplorer(context, contracts));
  const disposables: vscode.Disposable[] = [];
  if (vscode.workspace.isTrusted) start();
  else disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => start()));
  const untrusted = () =>
    void vscode.window.showInformationMessage(
      'Data Contract Lens runs data tests only in a trusted workspace: trust this folder to run them.',
    );
  disposables.push(
    vscode.commands.registerCommand(COMMAND_IDS.chooseTestServer, (uri?: vscode.Uri) =>
      explorer ? explorer.chooseServerCommand(uri) : untrusted(),
    ),
    vscode.commands.registerCommand(COMMAND_IDS.setPostgresPassword, () =>
      explorer ? setPostgresCredentials(context.secrets) : untrusted(),
    ),
  );
  return {
    api: {
      itemIds: () => explorer?.api().itemIds() ?? Promise.resolve([]),
      runAll: (uris) => explorer?.api().runAll(uris) ?? Promise.resolve(),
    },
    disposable: {
      dispose: () => {
        explorer?.dispose();
        for (const d of disposables) d.dispose();
      },
    },
  };
}
