// "Lint all contracts in workspace": finds YAML files, keeps those that look like contracts, lints each one
// with its folder's configuration and fills the Problems panel, open or not, with a cancellable progress.
import * as vscode from 'vscode';
import type { ConfigLoader } from './config-loader';
import { toDiagnostics } from './convert';
import { resolvedConfig, lintTextAt } from './engine-bridge';
import { readSettings } from './settings';
import { looksLikeContract } from '../engine/detect';

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/.vscode-e2e/**}';

export interface WorkspaceLintSummary { files: number; contracts: number; problems: number }

export async function lintWorkspace(collection: vscode.DiagnosticCollection, configs: ConfigLoader): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Data Contract Lens: linting contracts', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', EXCLUDE, undefined, token);
      const summary: WorkspaceLintSummary = { files: uris.length, contracts: 0, problems: 0 };
      const step = uris.length > 0 ? 100 / uris.length : 100;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: step, message: vscode.workspace.asRelativePath(uri) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        if (!looksLikeContract(text) || await configs.isIgnored(uri)) continue;
        const settings = readSettings(uri);
        if (!settings.enable) continue;
        const result = lintTextAt(uri, text, resolvedConfig(settings, await configs.configFor(uri)));
        if (!result.isContract) continue;
        summary.contracts++;
        summary.problems += result.findings.length;
        collection.set(uri, toDiagnostics(result.findings, uri));
      }
      return summary;
    },
  );
}
