// Conversions between the engine's LSP-shaped types (0-based, plain data) and VS Code's classes.
import * as vscode from 'vscode';
import type { Finding, Position, Range, Severity, TextEdit } from '../engine/types';

export const DIAGNOSTIC_SOURCE = 'dclens';

export function toVsPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(toVsPosition(r.start), toVsPosition(r.end));
}

export function toEnginePosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

export function toEngineRange(r: vscode.Range): Range {
  return { start: toEnginePosition(r.start), end: toEnginePosition(r.end) };
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, uri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  // The code links to the rule's page (codeDescription); code actions key on it, never on the message.
  diagnostic.code = finding.docsUrl ? { value: finding.code, target: vscode.Uri.parse(finding.docsUrl) } : finding.code;
  // A grouped finding links to each place it names (the Problems panel lists them under it).
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVsRange(r.range)), r.message),
    );
  }
  return diagnostic;
}

/** The diagnostics of one document's findings. */
export function toDiagnostics(findings: readonly Finding[], uri: vscode.Uri): vscode.Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, uri));
}

/** The rule code of one of our diagnostics (`DCL012`), or undefined for other sources. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) workspaceEdit.replace(uri, toVsRange(edit.range), edit.newText);
  return workspaceEdit;
}

export function sameRange(a: vscode.Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
