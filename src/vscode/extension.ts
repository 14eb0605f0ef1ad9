import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dclens.ping', () => 'pong'));
}

export function deactivate(): void {}
