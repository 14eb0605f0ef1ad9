// A status bar item with the active contract's overall quality score; hidden for anything else.
import * as vscode from 'vscode';
import { COMMAND_IDS } from './command-ids';
import type { LintResults } from './lint-results';
import type { ScoreCache } from './score-cache';
import { codeLensTitle } from '../engine/services';
import { readSettings } from './settings';

export class ScoreStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dclens.score', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly results: LintResults,
    private readonly scores: ScoreCache,
  ) {
    this.item.name = 'Data Contract Lens: quality score';
    this.item.command = COMMAND_IDS.showScore;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      results.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dclens.statusBar')) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests and for the walkthrough. */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && this.results.get(document);
    const score =
      document && result?.isContract && readSettings(document).statusBarEnable
        ? this.scores.scores(document)[0]
        : undefined;
    if (!document || !score) {
      this.item.text = '';
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) Quality ${score.overall}`;
    this.item.tooltip = `${codeLensTitle(score, score.problems, 8)}\nClick for the breakdown and what raises each area.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
