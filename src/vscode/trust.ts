// Workspace trust is `limited`: in Restricted Mode the extension reads nothing beyond the open files (no
// `.dclens.yaml`, no catalogue files, no git) and says so once per workspace.
import * as vscode from 'vscode';

const NOTICE_KEY = 'dclens.restrictedModeNoticeShown';

export const RESTRICTED_MODE_MESSAGE =
  'Data Contract Lens is in Restricted Mode: it checks open contracts with the default rules only. ' +
  'It will read .dclens.yaml, catalogue files and git history once you trust this folder.';

/** The notice's button: opens VS Code's trust editor, where the folder can be trusted. */
export const MANAGE_TRUST = 'Manage Workspace Trust';

export type RestrictedNotice = 'trusted' | 'shown' | 'shown before';

export function announceRestrictedMode(context: vscode.ExtensionContext): RestrictedNotice {
  if (vscode.workspace.isTrusted) return 'trusted';
  if (context.workspaceState.get<boolean>(NOTICE_KEY)) return 'shown before';
  void context.workspaceState.update(NOTICE_KEY, true);
  void vscode.window.showInformationMessage(RESTRICTED_MODE_MESSAGE, MANAGE_TRUST).then((choice) => {
    if (choice === MANAGE_TRUST) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return 'shown';
}
