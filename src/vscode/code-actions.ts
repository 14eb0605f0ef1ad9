// Code actions from the language service, keyed by the diagnostic's rule id (never its message): the rule's fix
// (preferred), its suggestions, "Disable <rule> for this line" and "… for this file", "Show documentation",
// "Fix all safe problems" in the light bulb; and `source.fixAll.dclens` for fix-all on save.
import * as vscode from 'vscode';
import type { Finding, LsCodeAction, TextEdit } from '../engine';
import { COMMAND_IDS } from './command-ids';
import { DIAGNOSTIC_SOURCE, toEngineRange, toWorkspaceEdit } from './convert';
import { lsDocument, type EditorLanguageService } from './engine-bridge';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dclens');
export const SHOW_RULE_DOCS_COMMAND = COMMAND_IDS.showRuleDocumentation;

export class ContractCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly language: EditorLanguageService) {}

  /**
   * Quick fixes wait for the lint of the current text (findings of an older text would edit the wrong places);
   * fix-all on save lints as it goes, so it may come before the debounced lint.
   */
  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const actions = this.language.service.codeActions(lsDocument(document), toEngineRange(range), {
      diagnostics: ours.map((d) => ({ range: toEngineRange(d.range), code: codeOf(d), source: d.source })),
      only: context.only ? [context.only.value] : undefined,
    });
    return actions.map((a) => toVsAction(document, a, ours));
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function toVsAction(
  document: vscode.TextDocument,
  action: LsCodeAction,
  diagnostics: readonly vscode.Diagnostic[],
): vscode.CodeAction {
  const kind = action.kind === FIX_ALL_KIND.value ? FIX_ALL_KIND : vscode.CodeActionKind.QuickFix;
  const vs = new vscode.CodeAction(action.title, kind);
  const edits = action.edit?.changes[document.uri.toString()];
  if (edits) vs.edit = toWorkspaceEdit(document.uri, edits);
  if (action.command)
    vs.command = { title: action.command.title, command: action.command.command, arguments: action.command.arguments };
  if (action.isPreferred) vs.isPreferred = true;
  if (action.diagnostics) {
    vs.diagnostics = diagnostics.filter((d) =>
      action.diagnostics!.some(
        (a) =>
          a.code === codeOf(d) &&
          a.range.start.line === d.range.start.line &&
          a.range.start.character === d.range.start.character &&
          a.range.end.line === d.range.end.line &&
          a.range.end.character === d.range.end.character,
      ),
    );
  }
  return vs;
}

/**
 * One action applying every safe fix, guarded and in passes (the language service's fix-all), or undefined when
 * nothing is left to fix. `findings` and `skip` are no longer needed: the passes happen inside.
 */
export function fixAllAction(
  language: EditorLanguageService,
  document: vscode.TextDocument,
  _findings?: readonly Finding[],
  _skip?: Set<string>,
): vscode.CodeAction | undefined {
  const result = language.service.fixAll(lsDocument(document));
  if (result.edits.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all safe problems', FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document.uri, result.edits as TextEdit[]);
  return action;
}
