// A CodeLens above each contract document's first line: its quality score by area and its number of problems.
// Clicking it opens the score view.
import * as vscode from 'vscode';
import type { LintResults } from './lint-results';
import type { ScoreCache } from './score-cache';
import { codeLensTitle } from '../engine/services';
import { readSettings } from './settings';

export const SHOW_SCORE_COMMAND = 'dclens.showScore';

export class ScoreCodeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly results: LintResults, private readonly scores: ScoreCache) {
    // New findings mean a new text was linted: the lens follows.
    this.subscription = results.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnable) return [];
    const result = this.results.get(document);
    if (!result?.isContract) return [];
    return this.scores.scores(document).map((score) => {
      const line = lineOfDocument(document, score.documentIndex);
      const problems = result.findings.filter((f) => (f.documentIndex ?? 0) === score.documentIndex).length;
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: codeLensTitle(score, problems),
        tooltip: 'Show the score breakdown and what raises each area',
        command: SHOW_SCORE_COMMAND,
        arguments: [document.uri],
      });
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The first line of the n-th YAML document of a multi-document file (documents are separated by `---`). */
function lineOfDocument(document: vscode.TextDocument, index: number): number {
  if (index === 0) return 0;
  let seen = 0;
  for (let line = 0; line < document.lineCount; line++) {
    if (/^---(\s|$)/.test(document.lineAt(line).text) && ++seen === index) return Math.min(line + 1, document.lineCount - 1);
  }
  return 0;
}
