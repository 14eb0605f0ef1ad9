// Hover: the language service's guidance for the key under the cursor and, on a team member, who they are. The
// problems there are not repeated: VS Code shows the diagnostic's own message above it. The markdown may run only
// our own named commands, never any command.
import * as vscode from 'vscode';
import { MARKDOWN_COMMANDS } from '../engine';
import { toEnginePosition, toVsRange } from './convert';
import { isCandidate, lsDocument, type EditorLanguageService } from './engine-bridge';

export class GuidanceHover implements vscode.HoverProvider {
  constructor(private readonly language: EditorLanguageService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isCandidate(document)) return undefined;
    const hover = this.language.service.hover(lsDocument(document), toEnginePosition(position));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.contents.value, true);
    markdown.isTrusted = { enabledCommands: [...MARKDOWN_COMMANDS] };
    return new vscode.Hover(markdown, toVsRange(hover.range));
  }
}
