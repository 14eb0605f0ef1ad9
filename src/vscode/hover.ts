// Hover: the engine's guidance for the key under the cursor, the problems found there, and who a team member
// is. The markdown may run only our own named commands, never any command.
import * as vscode from 'vscode';
import { MARKDOWN_COMMANDS } from '../engine/services';
import { toEnginePosition, toVsRange } from './convert';
import { isCandidate } from './engine-bridge';
import type { LintResults } from './lint-results';
import type { ContextFor } from './service-context';
import { hoverAt } from './services-bridge';

export class GuidanceHover implements vscode.HoverProvider {
  constructor(private readonly results: LintResults, private readonly contextFor: ContextFor) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!(this.results.get(document)?.isContract ?? isCandidate(document))) return undefined;
    const hover = hoverAt(document, toEnginePosition(position), this.contextFor(document));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown, true);
    markdown.isTrusted = { enabledCommands: [...MARKDOWN_COMMANDS] };
    return new vscode.Hover(markdown, toVsRange(hover.range));
  }
}
