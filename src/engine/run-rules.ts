// Runs rule visitors over the parts of one contract and turns their reports into positioned findings.
import type { Finding, TextEdit } from './types';
import type { ParsedDocument, ParsedFile } from './parse/yaml-file';
import { rangeIn } from './parse/locate';
import type { ContractParts, Obj } from './contract-nodes';
import { Fixer } from './fix/fixer';
import type { ResolvedConfig } from './config/resolve-config';
import {
  docsUrlFor,
  formatMessage,
  type AnyRule,
  type Report,
  type RuleContext,
  type RuleVisitors,
} from './rules/define-rule';

export interface RunInput {
  file: ParsedFile;
  document: ParsedDocument;
  documentIndex: number;
  contract: Obj;
  parts: ContractParts;
  apiVersion: string;
  config: ResolvedConfig;
  today?: string;
  catalogue?: unknown;
  subjectPath?: string;
  internalErrors: string[];
  /** Build the suggestions rules offer (false: leave them out). */
  suggestions: boolean;
}

export function runRules(rules: readonly AnyRule[], input: RunInput): Finding[] {
  const findings: Finding[] = [];
  const fixer = new Fixer(input.file, input.document);
  for (const rule of rules) {
    const { id, code } = rule.meta;
    const toEdits = (make: ((f: Fixer) => TextEdit | TextEdit[] | null) | undefined): TextEdit[] | null => {
      if (!make) return null;
      const out = make(fixer);
      if (!out) return null;
      const list = Array.isArray(out) ? out : [out];
      return list.length > 0 ? list : null;
    };
    const report = (r: Report<string>) => {
      const path = r.node?.path ?? r.path ?? [];
      const template = rule.meta.messages[r.messageId] ?? r.messageId;
      // Labels start lower-case ("property 'x' in schema 'y'"); a message that opens with one still reads as a sentence.
      const filled = formatMessage(template, { label: r.node?.label ?? 'the contract', ...r.data });
      const message = filled.charAt(0).toUpperCase() + filled.slice(1);
      const detailTemplate = (rule.meta.details as Record<string, string | undefined> | undefined)?.[r.messageId];
      const detail =
        r.detail ??
        (detailTemplate && formatMessage(detailTemplate, { label: r.node?.label ?? 'the contract', ...r.data }));
      const fixEdits = toEdits(r.fix);
      const suggestions = (input.suggestions ? (r.suggest ?? []) : [])
        .map((s) => ({ title: s.title, edits: toEdits(s.fix) }))
        .filter((s): s is { title: string; edits: TextEdit[] } => s.edits !== null);
      findings.push({
        ruleId: id,
        code,
        severity: rule.meta.severity === 'off' ? 'warning' : rule.meta.severity,
        message,
        ...(detail ? { detail: detail.charAt(0).toUpperCase() + detail.slice(1) } : {}),
        path,
        range: r.range ?? rangeIn(input.file, input.document, path, r.target ?? 'key'),
        docsUrl: docsUrlFor(id),
        documentIndex: input.documentIndex,
        messageId: r.messageId,
        ...(fixEdits ? { fix: { title: r.fixTitle ?? fixTitle(message), edits: fixEdits } } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
        ...(r.related && r.related.length > 0
          ? {
              related: r.related.map((p) => ({
                path: p.path,
                range: rangeIn(input.file, input.document, p.path, p.target ?? 'key'),
                message: p.message,
              })),
            }
          : {}),
      });
    };
    const context: RuleContext<unknown, string> = {
      options: input.config.options.get(id) ?? rule.meta.defaultOptions,
      settings: input.config.settings,
      contract: input.contract,
      parts: input.parts,
      apiVersion: input.apiVersion,
      today: input.today,
      catalogue: input.catalogue,
      subjectPath: input.subjectPath,
      text: input.file.text,
      lineOf: (path) => rangeIn(input.file, input.document, path, 'key').start.line + 1,
      report,
    };
    try {
      visit(rule.create(context), input.parts);
    } catch (error) {
      input.internalErrors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return findings;
}

function visit(v: RuleVisitors, parts: ContractParts): void {
  v.contract?.(parts.contract);
  if (v.schemaObject) for (const n of parts.schemaObjects) v.schemaObject(n);
  if (v.property) for (const n of parts.properties) v.property(n);
  if (v.quality) for (const n of parts.quality) v.quality(n);
  if (v.relationship) for (const n of parts.relationships) v.relationship(n);
  if (v.teamMember) for (const n of parts.teamMembers) v.teamMember(n);
  if (v.server) for (const n of parts.servers) v.server(n);
  if (v.slaProperty) for (const n of parts.slaProperties) v.slaProperty(n);
  if (v.supportChannel) for (const n of parts.support) v.supportChannel(n);
  if (v.customProperty) for (const n of parts.customProperties) v.customProperty(n);
  v.end?.();
}

/** A generic quick-fix title for rules that do not name their fix. */
function fixTitle(message: string): string {
  return 'Fix: ' + (message.length > 80 ? message.slice(0, 77) + '…' : message);
}
