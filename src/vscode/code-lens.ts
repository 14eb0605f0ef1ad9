// A CodeLens above each contract of a file: its quality score by area and its number of problems, from the
// language service (the same lint as the Problems panel). Clicking it opens the score view.
import * as vscode from 'vscode';
import type { LintResults } from './lint-results';
import { readSettings } from './settings';
import { COMMAND_IDS } from './command-ids';
import { lsDocument, type EditorLanguageService } from './engine-bridge';

export const SHOW_SCORE_COMMAND = COMMAND_IDS.showScore;

export class ScoreCodeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly results: LintResults,
    private readonly language: EditorLanguageService,
  ) {
    // New findings mean a new lint (new text, configuration or catalogue): the lens follows.
    this.subscription = results.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnable) return [];
    // Only a published lint of this very text: the lens never counts other findings than the panel shows.
    if (!this.results.get(document)?.isContract) return [];
    return this.language.service.codeLenses(lsDocument(document)).map(
      (lens) =>
        new vscode.CodeLens(new vscode.Range(lens.range.start.line, 0, lens.range.start.line, 0), {
          title: lens.command.title,
          tooltip: 'Show the score breakdown and what raises each area',
          command: SHOW_SCORE_COMMAND,
          arguments: [document.uri],
        }),
    );
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
