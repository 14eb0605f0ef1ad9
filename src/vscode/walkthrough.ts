// The walkthrough's "Name an owner" step is done when the user names one: a contract that lacked a Data Owner
// (or a team) stops lacking it after an edit. Opening a contract that already has one does not tick the step.
import * as vscode from 'vscode';
import { VSCODE_COMMANDS } from './command-ids';
import type { LintResults } from './lint-results';

export const OWNER_NAMED_CONTEXT = 'dclens.walkthrough.ownerNamed';
const OWNER_MISSING_RULES: ReadonlySet<string> = new Set(['no-data-owner', 'no-team']);

export class WalkthroughProgress implements vscode.Disposable {
  /** Contracts whose last findings said the owner is missing, with that version. */
  private readonly missing = new Map<string, number>();
  private readonly subscription: vscode.Disposable;
  private ownerNamed = false;

  constructor(results: LintResults) {
    this.subscription = results.onDidChange((uri) => {
      if (this.ownerNamed) return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!document) return;
      const result = results.get(document);
      if (!result?.isContract) return;
      const key = uri.toString();
      const lacksOwner = result.findings.some((f) => OWNER_MISSING_RULES.has(f.ruleId));
      if (lacksOwner) {
        this.missing.set(key, document.version);
        return;
      }
      const before = this.missing.get(key);
      if (before !== undefined && document.version > before) {
        this.ownerNamed = true;
        void vscode.commands.executeCommand(VSCODE_COMMANDS.setContext, OWNER_NAMED_CONTEXT, true);
      }
    });
  }

  /** Whether the user has named an owner since activation (for tests). */
  get done(): boolean {
    return this.ownerNamed;
  }

  dispose(): void {
    this.subscription.dispose();
    this.missing.clear();
  }
}
