// "Lint all contracts in workspace": finds YAML files and has the language server lint each one with its folder's
// configuration and catalogue — exactly as the editor and the CLI do — filling the Problems panel, open or not, with
// a cancellable progress. Open documents go through the editor's own lint.
import * as vscode from 'vscode';
import { LINT_FILES, type LintFilesParams, type LintFilesResult } from '../server/protocol';
import type { ContractClient } from './client';
import { log } from './log';

/** Folders no contract is looked for in (dependencies, builds, the e2e run's own files). */
export const WORKSPACE_EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/.vscode-e2e/**}';
/** Files per request: the progress moves, and a cancel takes effect, between batches. */
const BATCH = 20;

export type WorkspaceLintSummary = LintFilesResult;

export async function lintWorkspace({ client, state }: ContractClient): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Data Contract Lens: linting contracts',
      cancellable: true,
    },
    async (progress, token) => {
      const started = performance.now();
      const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', WORKSPACE_EXCLUDE, undefined, token);
      const summary: WorkspaceLintSummary = { files: uris.length, contracts: 0, problems: 0 };
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
        const batch = uris.slice(i, i + BATCH);
        progress.report({
          increment: (100 * batch.length) / uris.length,
          message: vscode.workspace.asRelativePath(batch[0]),
        });
        const params: LintFilesParams = { uris: batch.map((u) => u.toString()) };
        const done = await client.sendRequest<LintFilesResult>(LINT_FILES, params, token);
        summary.contracts += done.contracts;
        summary.problems += done.problems;
      }
      // The server published before it answered: the Problems panel shows it all when the command returns.
      await state.idle();
      log.info(
        `Linted the workspace: ${summary.contracts} contracts in ${summary.files} YAML files, ${summary.problems} problems, in ${Math.round(performance.now() - started)} ms${token.isCancellationRequested ? ' (cancelled)' : ''}.`,
      );
      return summary;
    },
  );
}
