// A status bar item with the active contract's overall quality score; hidden for anything else. The score is the one
// the server computed from the findings the Problems panel shows (`dclens/didLint`), so lens, view and bar agree.
// Its tooltip links to the data quality report of the whole workspace.
import * as vscode from 'vscode';
import type { LintState } from './client';
import { COMMAND_IDS } from './command-ids';
import { readSettings } from './settings';

export class ScoreStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dclens.score', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly lints: LintState) {
    this.item.name = 'Data Contract Lens: quality score';
    this.item.command = COMMAND_IDS.showScore;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      lints.onDidChange((uri) => {
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
    const score = document && readSettings(document).statusBarEnable ? this.lints.get(document.uri)?.score : undefined;
    if (!score) {
      this.item.text = '';
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) Quality ${score.overall}`;
    // The score of this contract on click; the report of every contract one link away.
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${score.title}\nClick for the breakdown and what raises each area.\n\n`);
    tooltip.appendMarkdown(`[Open data quality report](command:${COMMAND_IDS.openReport}) of the whole workspace`);
    tooltip.isTrusted = { enabledCommands: [COMMAND_IDS.openReport] };
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
