// The one place the language server calls the engine: every editor feature as plain LSP-shaped data, for one
// document at a time. The server never computes a finding, a fix or a score itself; it converts and publishes.
import {
  applyEdits, chooseNonOverlappingFixes, fixAll, lintText, looksLikeContract, offeredFixes, parseYamlFile,
  type FileLintResult, type Finding, type Position, type Range, type ResolvedConfig, type TextEdit,
} from '../engine';
import { getCodeLenses, getCompletions, getHover, type CompletionItem } from '../engine/services';
import { describePerson, roleFromText, suggestOwners, suggestTeams, type CatalogueSnapshot } from '../engine/owners';
import { formatQueries } from '../engine/sql/format-queries';

export interface ServiceDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

/** What the service asks of the server for one document; every call is synchronous (prepared in advance). */
export interface ServiceHost {
  today(): string;
  config(uri: string): ResolvedConfig | undefined;
  catalogue(uri: string): CatalogueSnapshot | undefined;
  relativePath(uri: string): string;
  settings?(uri: string): { infosAsInformation?: boolean };
}

/** LSP DiagnosticSeverity. */
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

export interface ServiceDiagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  codeDescription: { href: string };
  source: 'dclens';
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
  data: { ruleId: string; code: string; documentIndex: number };
}

export interface ServiceLint {
  uri: string;
  version: number;
  isContract: boolean;
  result: FileLintResult;
  diagnostics: ServiceDiagnostic[];
}

export interface ServiceDiagnosticRef {
  range: Range;
  code?: string | number | { value: string | number };
  source?: string;
  data?: unknown;
}

export interface ServiceCodeAction {
  title: string;
  kind: string;
  diagnostics?: ServiceDiagnostic[];
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { title: string; command: string; arguments?: unknown[] };
}

export interface ServiceCodeLens {
  range: Range;
  command: { title: string; command: string; arguments?: unknown[] };
}

export const FIX_ALL_KIND = 'source.fixAll.dclens';
export const SHOW_RULE_DOCUMENTATION = 'dclens.showRuleDocumentation';

/** The features the server needs; the engine's language service has the same shape. */
export interface ServerService {
  isCandidate(document: ServiceDocument): boolean;
  lint(document: ServiceDocument): ServiceLint;
  lastLint(document: ServiceDocument): ServiceLint | undefined;
  codeActions(document: ServiceDocument, range: Range, context: { diagnostics: readonly ServiceDiagnosticRef[]; only?: readonly string[] }): ServiceCodeAction[];
  fixAll(document: ServiceDocument): { edits: TextEdit[]; applied: number; text: string };
  hover(document: ServiceDocument, position: Position): { contents: { kind: 'markdown'; value: string }; range: Range } | undefined;
  completion(document: ServiceDocument, position: Position): CompletionItem[];
  codeLenses(document: ServiceDocument): ServiceCodeLens[];
  formatSql(document: ServiceDocument): TextEdit[];
  forget(uri: string): void;
}

export function createServerService(host: ServiceHost): ServerService {
  const last = new Map<string, { text: string; lint: ServiceLint }>();

  const lintOptions = (uri: string) => ({
    fileName: uri, config: host.config(uri), catalogue: host.catalogue(uri), today: host.today(),
    catalogueSubjectPath: host.relativePath(uri),
  });

  const lint = (document: ServiceDocument): ServiceLint => {
    const result = lintText(document.text, lintOptions(document.uri));
    const infos = host.settings?.(document.uri).infosAsInformation === true;
    const diagnostics = result.isContract ? result.findings.map((f) => toDiagnostic(f, document.uri, infos)) : [];
    const linted: ServiceLint = { uri: document.uri, version: document.version, isContract: result.isContract, result, diagnostics };
    last.set(document.uri, { text: document.text, lint: linted });
    return linted;
  };

  const lastLint = (document: ServiceDocument): ServiceLint | undefined => {
    const entry = last.get(document.uri);
    return entry && entry.lint.version === document.version && entry.text === document.text ? entry.lint : undefined;
  };

  const current = (document: ServiceDocument): ServiceLint => lastLint(document) ?? lint(document);

  const fixAllOf = (document: ServiceDocument) => {
    const options = lintOptions(document.uri);
    const fixed = fixAll(document.text, (text) => lintText(text, options));
    return { edits: fixed.text === document.text ? [] : [replaceChanged(document.text, fixed.text)], applied: fixed.applied, text: fixed.text };
  };

  const service: ServerService = {
    isCandidate: (document) => looksLikeContract(document.text),
    lint,
    lastLint,
    codeActions(document, _range, context) {
      if (context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith('source'))) {
        const fixed = fixAllOf(document);
        return fixed.edits.length ? [{ title: 'Fix all safe problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: fixed.edits } } }] : [];
      }
      if (context.only && !context.only.some((kind) => 'quickfix'.startsWith(kind))) return [];
      const linted = current(document);
      const matched = context.diagnostics.flatMap((ref) => {
        const index = linted.diagnostics.findIndex((d) => d.code === codeOf(ref) && sameRange(d.range, ref.range));
        return index === -1 ? [] : [{ diagnostic: linted.diagnostics[index], finding: linted.result.findings[index] }];
      });
      if (matched.length === 0) return [];
      const offered = offeredFixes(document.text, matched.map((m) => m.finding));
      const actions: ServiceCodeAction[] = [];
      const documented = new Set<string>();
      matched.forEach(({ diagnostic }, i) => {
        const finding = offered[i];
        const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
        if (finding.fix) actions.push({ title: finding.fix.title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: edit(finding.fix.edits) });
        for (const s of finding.suggestions ?? []) actions.push({ title: s.title, kind: 'quickfix', diagnostics: [diagnostic], edit: edit(s.edits) });
        actions.push({ title: `Disable ${finding.ruleId} for this line`, kind: 'quickfix', diagnostics: [diagnostic], edit: edit([disableLine(document.text, finding)]) });
        actions.push({ title: `Disable ${finding.ruleId} for this file`, kind: 'quickfix', diagnostics: [diagnostic], edit: edit([disableFile(document.text, finding)]) });
        if (!documented.has(finding.ruleId)) {
          documented.add(finding.ruleId);
          const title = `Show documentation for ${finding.ruleId}`;
          actions.push({ title, kind: 'quickfix', diagnostics: [diagnostic], command: { title, command: SHOW_RULE_DOCUMENTATION, arguments: [finding.ruleId, finding.docsUrl] } });
        }
      });
      const safe = chooseNonOverlappingFixes(offeredFixes(document.text, linted.result.findings.filter((f) => f.fix), { suggestions: false }));
      if (safe.length > 1 || (safe.length === 1 && !matched.some((m) => m.finding === safe[0]))) {
        const fixed = fixAllOf(document);
        if (fixed.edits.length) actions.push({ title: 'Fix all safe problems', kind: 'quickfix', edit: { changes: { [document.uri]: fixed.edits } } });
      }
      return actions;
    },
    fixAll: fixAllOf,
    hover(document, position) {
      const catalogue = host.catalogue(document.uri);
      const relative = host.relativePath(document.uri);
      const found = getHover(document.text, position, {
        lint: current(document).result, config: host.config(document.uri), catalogue, today: host.today(),
        describePerson: catalogue ? (id) => describePerson(catalogue, id, { excludePath: relative }) : undefined,
      });
      return found && { contents: { kind: 'markdown', value: found.markdown }, range: found.range };
    },
    completion(document, position) {
      const catalogue = host.catalogue(document.uri);
      const config = host.config(document.uri);
      return getCompletions(document.text, position, {
        classifications: config?.settings.classifications,
        ownerCandidates: catalogue ? (role, field) => {
          const subject = { path: host.relativePath(document.uri), value: parseYamlFile(document.text).documents[0]?.value };
          if (field === 'teamName') return suggestTeams(catalogue, subject);
          return suggestOwners(catalogue, subject, (role && roleFromText(role)) || 'Data Owner').filter((c) => c.kind !== 'team');
        } : undefined,
      });
    },
    codeLenses(document) {
      const linted = current(document);
      if (!linted.isContract) return [];
      return getCodeLenses(document.text, { lint: linted.result, config: host.config(document.uri), today: host.today() })
        .map((lens) => ({ range: lens.range, command: { title: lens.title, command: lens.command.command, arguments: [document.uri, ...lens.command.arguments] } }));
    },
    formatSql: (document) => formatQueries(document.text),
    forget: (uri) => void last.delete(uri),
  };
  return Object.freeze(service);
}

function toDiagnostic(finding: Finding, uri: string, infosAsInformation: boolean): ServiceDiagnostic {
  const severity = finding.severity === 'info' && !infosAsInformation ? SEVERITY.hint : SEVERITY[finding.severity];
  return {
    range: finding.range, severity, code: finding.ruleId, codeDescription: { href: finding.docsUrl }, source: 'dclens',
    message: finding.message,
    ...(finding.related && finding.related.length > 1
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) }
      : {}),
    data: { ruleId: finding.ruleId, code: finding.code, documentIndex: finding.documentIndex ?? 0 },
  };
}

function codeOf(ref: ServiceDiagnosticRef): string | undefined {
  const data = ref.data as { ruleId?: unknown } | undefined;
  if (data && typeof data.ruleId === 'string') return data.ruleId;
  const code = typeof ref.code === 'object' ? ref.code.value : ref.code;
  return code === undefined ? undefined : String(code);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const lineAt = (text: string, line: number): string => text.split('\n')[line] ?? '';
const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

/** `# dclens-disable-next-line <rule>` above the finding's line, at that line's indentation. */
function disableLine(text: string, finding: Finding): TextEdit {
  const line = finding.range.start.line;
  const indentation = /^[ \t]*/.exec(lineAt(text, line))?.[0] ?? '';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indentation}# dclens-disable-next-line ${finding.ruleId}${eolOf(text)}` };
}

/** `# dclens-disable <rule>` on the first line: the rule is off from there to the end of the file. */
function disableFile(text: string, finding: Finding): TextEdit {
  const at = { line: 0, character: 0 };
  return { range: { start: at, end: at }, newText: `# dclens-disable ${finding.ruleId}${eolOf(text)}` };
}

/** One edit replacing only the part of `before` that differs from `after` (the cursor stays where it was). */
function replaceChanged(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const range = { start: positionAt(before, start), end: positionAt(before, before.length - end) };
  const edit = { range, newText: after.slice(start, after.length - end) };
  // The edit must turn the text into exactly the fixed text.
  return applyEdits(before, [edit]) === after ? edit : { range: { start: positionAt(before, 0), end: positionAt(before, before.length) }, newText: after };
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
