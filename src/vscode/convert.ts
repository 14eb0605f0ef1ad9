// Conversions from the server's LSP-shaped data (0-based, plain) to VS Code's classes, for the custom requests the
// language client does not convert itself.
import * as vscode from 'vscode';
import type { Range, TextEdit } from '../engine';

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) workspaceEdit.replace(uri, toVsRange(edit.range), edit.newText);
  return workspaceEdit;
}
