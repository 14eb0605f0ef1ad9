// The scores of a contract for the CodeLens, the status bar and the score view: asked of the language service,
// which computes them from the same lint as the Problems panel and keeps them with that lint. A new lint (an edit,
// a configuration change, a catalogue that arrived) replaces them, so the three never disagree and never go stale.
import * as vscode from 'vscode';
import type { ContractScore } from '../engine';
import type { LintResults } from './lint-results';
import { lsDocument, type EditorLanguageService } from './engine-bridge';

export class ScoreCache {
  constructor(
    private readonly results: LintResults,
    private readonly language: EditorLanguageService,
  ) {}

  /**
   * The scores of the document's current text. `withSteps` also predicts the gain of next steps, which re-scores
   * the contract several times: only the score view asks for it, not the CodeLens on every keystroke.
   */
  scores(document: vscode.TextDocument, withSteps = false): ContractScore[] {
    if (this.results.get(document)?.isContract === false) return [];
    return this.language.service.score(lsDocument(document), { steps: withSteps }).contracts;
  }

  /** Nothing is kept here; the language service forgets a closed document with its lint. */
  forget(_uri: vscode.Uri): void {}

  dispose(): void {}
}
