// "Lint all contracts in workspace": finds YAML files, keeps those that look like contracts, lints each one with
// its folder's configuration and catalogue — exactly as the editor and the CLI do — and fills the Problems panel,
// open or not, with a cancellable progress. Open documents go through the editor's own lint.
import * as vscode from 'vscode';
import type { CatalogueHost } from './catalogue';
import type { ConfigLoader } from './config-loader';
import type { DiagnosticsController } from './diagnostics';
import { toVsDiagnostic } from './diagnostics';
import { log } from './log';
import { readSettings } from './settings';
import { looksLikeContract } from '../engine/detect';

const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/.vscode-e2e/**}';

export interface WorkspaceLintSummary {
  files: number;
  contracts: number;
  problems: number;
}

export interface WorkspaceLintDeps {
  collection: vscode.DiagnosticCollection;
  configs: ConfigLoader;
  catalogues: CatalogueHost;
  diagnostics: DiagnosticsController;
}

export async function lintWorkspace(deps: WorkspaceLintDeps): Promise<WorkspaceLintSummary> {
  const { collection, configs, catalogues, diagnostics } = deps;
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Data Contract Lens: linting contracts',
      cancellable: true,
    },
    async (progress, token) => {
      const started = performance.now();
      const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', EXCLUDE, undefined, token);
      const summary: WorkspaceLintSummary = { files: uris.length, contracts: 0, problems: 0 };
      const step = uris.length > 0 ? 100 / uris.length : 100;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: step, message: vscode.workspace.asRelativePath(uri) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        if (!looksLikeContract(text) || (await configs.isIgnored(uri))) continue;
        const settings = readSettings(uri);
        if (!settings.enable) continue;
        // The catalogue's findings count too: wait for the folder's catalogue before the first lint that needs it.
        if (!catalogues.snapshotFor(uri)) await catalogues.whenLoaded(uri);
        let findings: readonly unknown[];
        if (open && open.languageId === 'yaml') {
          // An open contract goes through the editor's own lint, so the Problems panel keeps what the editor shows.
          await diagnostics.lintNow(open);
          findings = diagnostics.currentFindings(open);
        } else {
          const lint = diagnostics.language.lintClosed(uri, text);
          if (!lint.isContract) continue;
          findings = lint.result.findings;
          collection.set(uri, lint.diagnostics.map(toVsDiagnostic));
        }
        summary.contracts++;
        summary.problems += findings.length;
      }
      log.info(
        `Linted the workspace: ${summary.contracts} contracts in ${summary.files} YAML files, ${summary.problems} problems, in ${Math.round(performance.now() - started)} ms${token.isCancellationRequested ? ' (cancelled)' : ''}.`,
      );
      return summary;
    },
  );
}
