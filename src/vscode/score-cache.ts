// Scores each contract version once, for the CodeLens, the status bar and the score view.
import * as vscode from 'vscode';
import type { ContractScore } from '../engine/services';
import type { LintResults } from './lint-results';
import { scoreText } from './services-bridge';

interface Entry { version: number; predicted: boolean; scores: ContractScore[] }

export class ScoreCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly results: LintResults) {}

  /**
   * The scores of the document's current text. `withSteps` also predicts the gain of next steps, which re-scores
   * the contract several times: only the score view asks for it, not the CodeLens on every keystroke.
   */
  scores(document: vscode.TextDocument, withSteps = false): ContractScore[] {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && (cached.predicted || !withSteps)) return cached.scores;
    const scores = scoreText(document, withSteps, this.results.configOf(document), this.results.get(document));
    this.entries.set(key, { version: document.version, predicted: withSteps, scores });
    return scores;
  }

  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }

  dispose(): void {
    this.entries.clear();
  }
}
