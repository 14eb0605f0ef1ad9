// The walkthrough's "Name an owner" step is done when the user names one: a contract that lacked a Data Owner
// (or a team) stops lacking it after an edit. Opening a contract that already has one does not tick the step.
import * as vscode from 'vscode';
import type { LintState } from './client';
import { VSCODE_COMMANDS } from './command-ids';

export const OWNER_NAMED_CONTEXT = 'dclens.walkthrough.ownerNamed';
const OWNER_MISSING_RULES: ReadonlySet<string> = new Set(['no-data-owner', 'no-team']);

export class WalkthroughProgress implements vscode.Disposable {
  /** Contracts whose last findings said the owner is missing, with that version. */
  private readonly missing = new Map<string, number>();
  private readonly subscription: vscode.Disposable;
  private ownerNamed = false;

  constructor(lints: LintState) {
    this.subscription = lints.onDidChange((uri) => {
      if (this.ownerNamed) return;
      const lint = lints.get(uri);
      if (!lint?.isContract) return;
      const key = uri.toString();
      if (lint.ruleIds.some((id) => OWNER_MISSING_RULES.has(id))) {
        this.missing.set(key, lint.version);
        return;
      }
      const before = this.missing.get(key);
      if (before !== undefined && lint.version > before) {
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
