// Findings to LSP diagnostics: the rule id as the one identifier (its code beside it in `data`), the one
// documentation link the host chooses, and infos as hints (no squiggle) unless the user asks otherwise.
import type { Finding, Severity } from '../types';
import { DiagnosticSeverity, type DiagnosticSeverityValue, type LsDiagnostic, type LsDiagnosticRef } from './types';

export function severityOf(severity: Severity, infosAsInformation: boolean): DiagnosticSeverityValue {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return infosAsInformation ? DiagnosticSeverity.Information : DiagnosticSeverity.Hint;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(
  finding: Finding,
  uri: string,
  docsUrl: (ruleId: string) => string,
  infosAsInformation: boolean,
): LsDiagnostic {
  const diagnostic: LsDiagnostic = {
    range: finding.range,
    severity: severityOf(finding.severity, infosAsInformation),
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: 'dclens',
    message: finding.message,
    data: { ruleId: finding.ruleId, code: finding.code, documentIndex: finding.documentIndex ?? 0 },
  };
  if (finding.detail) diagnostic.data.detail = finding.detail;
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** The rule id or code a client's diagnostic carries (from `data` when kept, else from `code`); undefined: not ours. */
export function ruleOf(ref: LsDiagnosticRef): string | undefined {
  if (ref.source !== undefined && ref.source !== 'dclens') return undefined;
  const data = ref.data as { ruleId?: unknown } | undefined;
  if (data && typeof data.ruleId === 'string') return data.ruleId;
  const code = typeof ref.code === 'object' && ref.code !== null ? ref.code.value : ref.code;
  return code === undefined ? undefined : String(code);
}

export function sameRange(a: LsDiagnosticRef['range'], b: Finding['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
