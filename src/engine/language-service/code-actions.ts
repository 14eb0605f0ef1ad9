// Code actions for the diagnostics at a range, keyed by rule id or code (never by message): the rule's fix
// (preferred) and its suggestions, checked on a copy first; "Disable <rule> for this line" and "… for this file"
// (the engine's suppression comments); "Show documentation"; and "Fix all safe problems" in the light bulb.
import type { Finding, Range, TextEdit } from '../types';
import { offeredFixes } from '../fix/guard';
import { chooseNonOverlappingFixes } from '../fix/fix-all';
import { parseYamlFile } from '../parse/yaml-file';
import { migrateContract, MIGRATION_TARGETS } from '../migrate';

/** "Convert to ODCS" writes the newest version dclens migrate writes. */
const CONVERT_TO = MIGRATION_TARGETS[MIGRATION_TARGETS.length - 1];
import { ruleOf, sameRange } from './diagnostics';
import { eolOf, lineText } from './text-lines';
import {
  CodeActionKind,
  LsCommands,
  type LsCodeAction,
  type LsCodeActionContext,
  type LsDiagnostic,
  type LsLintResult,
  type LsTextDocument,
} from './types';

/** Whether a kind is asked for by LSP `only` (a listed kind asks for itself and every kind below it). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function quickFixes(
  document: LsTextDocument,
  lint: LsLintResult,
  context: LsCodeActionContext,
  docsUrl: (ruleId: string) => string,
): LsCodeAction[] {
  const findings = lint.result.findings;
  const matched: Array<{ finding: Finding; diagnostic: LsDiagnostic }> = [];
  for (const ref of context.diagnostics) {
    const rule = ruleOf(ref);
    if (!rule) continue;
    const index = findings.findIndex((f) => (f.ruleId === rule || f.code === rule) && sameRange(ref.range, f.range));
    if (index !== -1) matched.push({ finding: findings[index], diagnostic: lint.diagnostics[index] });
  }
  if (matched.length === 0) return [];
  // Only fixes and suggestions that pass the guard on a copy of the text are offered (a few, at the cursor).
  const offered = offeredFixes(
    document.text,
    matched.map((m) => m.finding),
  );
  const actions: LsCodeAction[] = [];
  const documented = new Set<string>();
  offered.forEach((finding, i) => {
    const diagnostic = matched[i].diagnostic;
    const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
    if (finding.fix) {
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: edit(finding.fix.edits),
      });
    }
    for (const suggestion of finding.suggestions ?? []) {
      actions.push({
        title: suggestion.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(suggestion.edits),
      });
    }
    if (
      (finding.ruleId === 'dcs-deprecated' || finding.ruleId === 'odcs-version-unsupported') &&
      !(finding.suggestions ?? []).some((f) => f.title.startsWith('Convert'))
    ) {
      const convert = convertToOdcs(document, finding);
      if (convert) actions.push({ ...convert, diagnostics: [diagnostic] });
    }
    actions.push(disableForLine(document, finding, diagnostic), disableForFile(document, finding, diagnostic));
    if (!documented.has(finding.ruleId)) {
      documented.add(finding.ruleId);
      const title = `Show documentation for ${finding.ruleId} (${finding.code})`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title,
          command: LsCommands.showRuleDocumentation,
          arguments: [finding.ruleId, docsUrl(finding.ruleId)],
        },
      });
    }
  });
  if (offered.some((f) => f.fix)) {
    const all = fixAllOnePass(document, findings);
    if (all) actions.push({ ...all, kind: CodeActionKind.QuickFix });
  }
  return actions;
}

/**
 * The Data Contract Specification or ODCS v2 document converted as `dclens migrate` converts it, opened beside the
 * original unsaved (the client's command), so writing it is the user's choice; the original is not edited.
 */
function convertToOdcs(document: LsTextDocument, finding: Finding): LsCodeAction | undefined {
  const file = parseYamlFile(document.text);
  const parsed = file.documents[finding.documentIndex ?? 0];
  if (!parsed) return undefined;
  const source = file.documents.length === 1 ? document.text : parsed.doc.toString();
  const migrated = migrateContract(source, CONVERT_TO);
  if (migrated.text === undefined) return undefined;
  // The file's own leading comment lines stay above the one that says where the contract came from.
  const leading =
    file.documents.length === 1 ? (/^(?:[ \t]*#[^\n]*\n)+/.exec(document.text.replace(/\r\n/g, '\n'))?.[0] ?? '') : '';
  const eol = eolOf(document.text);
  const text = leading + migrated.text;
  const title = `Convert to ODCS ${CONVERT_TO}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    command: {
      title,
      command: LsCommands.openConverted,
      arguments: [document.uri, eol === '\n' ? text : text.replace(/\n/g, eol)],
    },
  };
}

/** `# dclens-disable-next-line <rule>` above the finding's line, at its indentation. */
function disableForLine(document: LsTextDocument, finding: Finding, diagnostic: LsDiagnostic): LsCodeAction {
  const line = finding.range.start.line;
  const indentation = /^[ \t]*/.exec(lineText(document.text, line))?.[0] ?? '';
  const at: Range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return {
    title: `Disable ${finding.ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [
          { range: at, newText: `${indentation}# dclens-disable-next-line ${finding.ruleId}${eolOf(document.text)}` },
        ],
      },
    },
  };
}

/** `# dclens-disable <rule>` on the first line: no `# dclens-enable` follows, so it holds for the whole file. */
function disableForFile(document: LsTextDocument, finding: Finding, diagnostic: LsDiagnostic): LsCodeAction {
  const at: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    title: `Disable ${finding.ruleId} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [{ range: at, newText: `# dclens-disable ${finding.ruleId}${eolOf(document.text)}` }],
      },
    },
  };
}

/**
 * Every safe fix that passes the guard and does not overlap an earlier one, in one action (what the light bulb
 * offers; fix-all on save runs every pass instead).
 */
export function fixAllOnePass(document: LsTextDocument, findings: readonly Finding[]): LsCodeAction | undefined {
  const candidates = findings.filter((f) => f.fix);
  if (candidates.length === 0) return undefined;
  const chosen = chooseNonOverlappingFixes(offeredFixes(document.text, candidates, { suggestions: false }));
  const edits = chosen.flatMap((f) => f.fix!.edits);
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all safe problems',
    kind: CodeActionKind.SourceFixAll,
    edit: { changes: { [document.uri]: edits } },
  };
}
