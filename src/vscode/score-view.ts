// The score breakdown as a virtual markdown document (`dclens-score:` scheme), shown in the preview beside the
// contract: each area's score, the reasons, what raises it, and links that jump to the lines concerned.
import * as vscode from 'vscode';
import { renderScoreMarkdown } from '../engine/services';
import type { ScoreCache } from './score-cache';

export const SCORE_SCHEME = 'dclens-score';

export class ScoreViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly scores: ScoreCache) {}

  /** The view's URI for a contract: the contract's URI, wrapped, so the view can find it again. */
  static uriFor(contract: vscode.Uri): vscode.Uri {
    const name = contract.path.split('/').pop() ?? 'contract';
    return vscode.Uri.from({ scheme: SCORE_SCHEME, path: `/Quality score - ${name}.md`, query: contract.toString() });
  }

  /** Re-renders the view of this contract if it is open. */
  refresh(contract: vscode.Uri): void {
    this.changed.fire(ScoreViewProvider.uriFor(contract));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const contractUri = vscode.Uri.parse(uri.query);
    const document = await vscode.workspace.openTextDocument(contractUri);
    const scores = this.scores.scores(document, true);
    if (scores.length === 0) return '# Quality score\n\nThis file is not a data contract, or it cannot be read yet.\n';
    return scores.map((s) => renderScoreMarkdown(s, contractUri.toString())).join('\n\n---\n\n') + '\n';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

