// Quick fixes keyed by the diagnostic's rule code (never its message): the rule's fix (preferred), its
// suggestions, "Disable <rule> for this line", "Show documentation for <rule>"; and `source.fixAll.dclens`.
import * as vscode from 'vscode';
import type { Finding } from '../engine/types';
import { diagnosticCode, sameRange, toWorkspaceEdit } from './convert';
import { chooseNonOverlappingFixes, offeredFixes } from '../engine';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dclens');
export const SHOW_RULE_DOCS_COMMAND = 'dclens.showRuleDocumentation';

export class ContractCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  /**
   * @param storedFindings findings of exactly this text, or none while a lint is pending (quick fixes wait for it)
   * @param currentFindings lints now when needed: fix-all on save may come before the debounced lint
   */
  constructor(
    private readonly storedFindings: (document: vscode.TextDocument) => Finding[],
    private readonly currentFindings: (document: vscode.TextDocument) => Finding[],
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only?.contains(FIX_ALL_KIND)) {
      const action = fixAllAction(document, this.currentFindings(document));
      return action ? [action] : [];
    }
    const findings = this.storedFindings(document);
    if (findings.length === 0) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    const documented = new Set<string>();
    const matched = context.diagnostics.map((diagnostic) => {
      const code = diagnosticCode(diagnostic);
      return { diagnostic, finding: code ? findings.find((f) => f.code === code && sameRange(diagnostic.range, f.range)) : undefined };
    });
    // Only fixes and suggestions that pass the guard on a copy of the text are offered (a few, at the cursor).
    const present = matched.flatMap((m) => (m.finding ? [m.finding] : []));
    const checked = new Map(present.map((f, i) => [f, i]));
    const offered = offeredFixes(document.getText(), present);
    for (const { diagnostic, finding: found } of matched) {
      if (!found) continue;
      const finding = offered[checked.get(found)!];
      actions.push(...fixActions(document, finding, diagnostic));
      actions.push(disableForLineAction(document, finding, diagnostic));
      if (!documented.has(finding.ruleId)) {
        documented.add(finding.ruleId);
        actions.push(showDocumentationAction(finding, diagnostic));
      }
    }
    return actions;
  }
}

function fixActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  if (finding.fix) {
    const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document.uri, finding.fix.edits);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    actions.push(action);
  }
  for (const suggestion of finding.suggestions ?? []) {
    const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document.uri, suggestion.edits);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}

/** Inserts `# dclens-disable-next-line <rule>` above the finding's line, at that line's indentation. */
function disableForLineAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const line = document.lineAt(finding.range.start.line);
  const indentation = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, line.range.start, `${indentation}# dclens-disable-next-line ${finding.ruleId}${eol}`);
  action.diagnostics = [diagnostic];
  return action;
}

function showDocumentationAction(finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
  action.command = { command: SHOW_RULE_DOCS_COMMAND, title: action.title, arguments: [finding.ruleId, finding.docsUrl] };
  action.diagnostics = [diagnostic];
  return action;
}

/**
 * One action applying every safe fix that passes the guard and does not overlap an earlier one (the rest wait for
 * the next run). Fixes whose signature is in `skip` (applied in an earlier pass) are not offered again.
 */
export function fixAllAction(document: vscode.TextDocument, findings: readonly Finding[], skip?: Set<string>): vscode.CodeAction | undefined {
  const candidates = findings.filter((f) => f.fix && !skip?.has(fixSignature(f)));
  const chosen = chooseNonOverlappingFixes(offeredFixes(document.getText(), candidates, { suggestions: false }));
  for (const f of chosen) skip?.add(fixSignature(f));
  const edits = chosen.flatMap((f) => f.fix!.edits);
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all Data Contract Lens problems', FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document.uri, edits);
  return action;
}


/** The same fix of the same finding, across passes. */
const fixSignature = (f: Finding): string => `${f.ruleId}\u0000${f.documentIndex ?? 0}\u0000${JSON.stringify(f.path)}\u0000${f.fix?.title ?? ''}`;
