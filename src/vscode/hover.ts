// Hover: the guidance for the key under the cursor (from the engine's guidance service) and the problems found
// there. The markdown may run only our own commands.
import * as vscode from 'vscode';
import { SHOW_RULE_DOCS_COMMAND } from './code-actions';
import { toEnginePosition, toVsRange } from './convert';
import { isCandidate } from './engine-bridge';
import { guidanceAt } from './services-bridge';
import type { LintResults } from './lint-results';

export const TRUSTED_COMMANDS = [SHOW_RULE_DOCS_COMMAND, 'dclens.showScore'];

export class GuidanceHover implements vscode.HoverProvider {
  constructor(private readonly results: LintResults) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Findings only when they belong to this exact text; guidance as soon as the text looks like a contract.
    const result = this.results.get(document);
    if (!(result?.isContract ?? isCandidate(document))) return undefined;
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.isTrusted = { enabledCommands: TRUSTED_COMMANDS };
    let range: vscode.Range | undefined;

    const guidance = guidanceAt(document, toEnginePosition(position));
    if (guidance) {
      markdown.appendMarkdown(guidance.markdown);
      if (guidance.range) range = toVsRange(guidance.range);
    }
    const here = (result?.findings ?? []).filter((f) => toVsRange(f.range).contains(position));
    if (here.length > 0) {
      if (guidance) markdown.appendMarkdown('\n\n---\n\n');
      for (const finding of here) {
        const args = encodeURIComponent(JSON.stringify([finding.ruleId]));
        markdown.appendMarkdown(`**${finding.severity}** ${escape(finding.message)} `);
        markdown.appendMarkdown(`([${finding.code}](command:${SHOW_RULE_DOCS_COMMAND}?${args} "Show the rule's page"))\n\n`);
      }
    }
    if (!guidance && here.length === 0) return undefined;
    return new vscode.Hover(markdown, range);
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`);
}
