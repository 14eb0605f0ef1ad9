// Checks a fix before it is offered: applied to a copy of the text, it must re-parse with no new YAML errors or
// duplicate keys, keep every comment in order, and change the parsed value (aliases expanded) only at or below its
// target, and keep a byte-order mark. A fix that fails is dropped, so a quick fix, a suggestion or --fix never
// corrupts a file.
//
// The check re-parses only the smallest block that holds the edits (a whole-file parse per fix would make a large
// contract with many suggestions slow); a document that uses anchors or aliases is always re-parsed whole, because an
// edit inside an anchored node changes every alias of it.
import { isAlias, isNode, visit, type Document } from 'yaml';
import type { Finding, JsonPath, TextEdit } from '../types';
import type { ParsedDocument, ParsedFile } from '../parse/yaml-file';
import { parseYamlFile } from '../parse/yaml-file';
import { applyEdits } from './apply-edits';
import { regionOf } from './guard-region';
import { keepsByteOrderMark, keepsComments, keepsCommentsAt } from './guard-text';
import { diffWithin, parseSlice, sameShape, Targets } from './guard-value';

export class FixGuard {
  private readonly anchored = new Map<number, boolean>();

  constructor(private readonly file: ParsedFile) {}

  /** Whether the edits can be checked on a block of the text (a whole-file check is what costs). */
  isLocal(documentIndex: number, edits: readonly TextEdit[]): boolean {
    const parsed = this.file.documents.find((d) => d.index === documentIndex);
    // a plain document is checked whole: its parse is quick (see parseSlice)
    if (!parsed || parsed.plain || edits.length === 0 || this.hasAnchors(documentIndex, parsed.doc)) return false;
    const offsets = edits.flatMap((e) => [this.file.offsetAt(e.range.start), this.file.offsetAt(e.range.end)]);
    const region = regionOf(parsed.doc, this.file.text, Math.min(...offsets), Math.max(...offsets));
    return region !== undefined && !region.whole;
  }

  /** Whether the edits, applied alone, change only the value at or below `target` and nothing else. */
  accepts(documentIndex: number, target: JsonPath, edits: readonly TextEdit[], addAnywhere = false): boolean {
    const parsed = this.file.documents.find((d) => d.index === documentIndex);
    if (!parsed || parsed.value === undefined || edits.length === 0 || !keepsByteOrderMark(this.file, edits))
      return false;
    const text = this.file.text;
    const offsets = edits.map((e) => [this.file.offsetAt(e.range.start), this.file.offsetAt(e.range.end)] as const);
    const from = Math.min(...offsets.map((o) => o[0]));
    const to = Math.max(...offsets.map((o) => o[1]));
    const region =
      parsed.plain || this.hasAnchors(documentIndex, parsed.doc) ? undefined : regionOf(parsed.doc, text, from, to);
    if (!region || region.whole) return this.acceptsWhole(documentIndex, target, edits, addAnywhere);
    const pad = ' '.repeat(region.column);
    const before = pad + text.slice(region.start, region.end);
    // Edits are re-based onto the slice; positions are line/character, so rebuild them from offsets.
    const sliceEdits = edits.map((e, i) => ({
      start: offsets[i][0] - region.start + pad.length,
      end: offsets[i][1] - region.start + pad.length,
      newText: e.newText,
    }));
    let after = before;
    for (const e of [...sliceEdits].sort((a, b) => b.start - a.start))
      after = after.slice(0, e.start) + e.newText + after.slice(e.end);
    const old = parseSlice(before);
    const now = parseSlice(after);
    if (!old || !now || old.length !== 1 || now.length !== 1) return false;
    return sameShape(old[0], now[0], region.path, target, addAnywhere) && keepsComments(before, after);
  }

  private acceptsWhole(
    documentIndex: number,
    target: JsonPath,
    edits: readonly TextEdit[],
    addAnywhere: boolean,
  ): boolean {
    const after = applyEdits(this.file.text, edits);
    const old = this.file.documents.map((d) => ({ value: d.value, errors: errorCount(d) }));
    const now = parseSlice(after);
    if (!now || now.length !== old.length) return false;
    for (let i = 0; i < old.length; i++) {
      if (!sameShape(old[i], now[i], [], i === documentIndex ? target : null, addAnywhere)) return false;
    }
    return keepsCommentsAt(this.file, edits);
  }

  private hasAnchors(index: number, doc: Document.Parsed): boolean {
    let known = this.anchored.get(index);
    if (known === undefined) {
      known = false;
      visit(doc, (_key, node) => {
        if (isAlias(node) || (isNode(node) && node.anchor)) {
          known = true;
          return visit.BREAK;
        }
        return undefined;
      });
      this.anchored.set(index, known);
    }
    return known;
  }
}

/** The `yaml` library's errors in a document (none in one the fast parser read). */
function errorCount(parsed: ParsedDocument): number {
  return parsed.plain ? 0 : parsed.doc.errors.length;
}

/** One fix of a batch: the edits and the node they may change. */
export interface BatchFix {
  documentIndex: number;
  target: JsonPath;
  edits: readonly TextEdit[];
}

/**
 * Whether the fixes, applied together, keep the YAML valid and every comment, and change the parsed value only at or
 * beside their targets. One parse of the whole text checks a whole pass of fix-all; a batch that fails is then
 * checked fix by fix.
 */
export function acceptsAll(file: ParsedFile, fixes: readonly BatchFix[]): boolean {
  if (fixes.length === 0) return true;
  if (
    !keepsByteOrderMark(
      file,
      fixes.flatMap((f) => f.edits),
    )
  )
    return false;
  const after = applyEdits(
    file.text,
    fixes.flatMap((f) => f.edits),
  );
  const now = parseSlice(after);
  if (!now || now.length !== file.documents.length) return false;
  for (let i = 0; i < file.documents.length; i++) {
    const old = file.documents[i];
    if (old.value === undefined) return false;
    if (now[i].errors > errorCount(old)) return false;
    const targets = new Targets(fixes.filter((f) => f.documentIndex === old.index).map((f) => f.target));
    if (!diffWithin(old.value, now[i].value, [], (d) => targets.allows(d))) return false;
  }
  return keepsCommentsAt(
    file,
    fixes.flatMap((f) => f.edits),
  );
}

/**
 * The findings with every fix (and, unless `suggestions` is false, every suggestion) that fails the guard taken
 * away: what an editor or a report may offer. Fixes that do not overlap are checked together with one parse; only
 * a group that fails is checked fix by fix. Suggestions are checked one by one (an editor asks for the few at the
 * cursor).
 */
export function offeredFixes(
  text: string,
  findings: readonly Finding[],
  options: { suggestions?: boolean } = {},
): Finding[] {
  const needs = (f: Finding) =>
    f.fix !== undefined || (options.suggestions !== false && (f.suggestions?.length ?? 0) > 0);
  return findings.some(needs) ? offeredFixesIn(parseYamlFile(text), findings, options) : [...findings];
}

/** offeredFixes on a file already parsed. */
export function offeredFixesIn(
  file: ParsedFile,
  findings: readonly Finding[],
  options: { suggestions?: boolean } = {},
): Finding[] {
  const withSuggestions = options.suggestions !== false;
  const guard = new FixGuard(file);
  const refused = new Set<Finding>();
  // A fix inside one block is checked on that block; the others share whole-file checks.
  let remaining: Finding[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const index = f.documentIndex ?? 0;
    if (!guard.isLocal(index, f.fix.edits)) remaining.push(f);
    else if (!guard.accepts(index, f.path, f.fix.edits)) refused.add(f);
  }
  while (remaining.length > 0) {
    const group = chooseApart(remaining);
    const batch = group.map((f) => ({ documentIndex: f.documentIndex ?? 0, target: f.path, edits: f.fix!.edits }));
    if (!acceptsAll(file, batch)) {
      for (const f of group) if (!guard.accepts(f.documentIndex ?? 0, f.path, f.fix!.edits)) refused.add(f);
    }
    const done = new Set(group);
    remaining = remaining.filter((f) => !done.has(f));
  }
  return findings.map((f) => {
    const fixOk = f.fix !== undefined && !refused.has(f);
    if (!withSuggestions) return fixOk || !f.fix ? f : withoutFix(f, f.suggestions);
    if (!f.suggestions?.length) return fixOk || !f.fix ? f : withoutFix(f, undefined);
    const checkedSuggestions = guardFinding(guard, { ...f, fix: undefined }).suggestions;
    return { ...withoutFix(f, checkedSuggestions), ...(fixOk ? { fix: f.fix } : {}) };
  });
}

/** Findings whose fixes do not overlap, in order (the rest wait for the next group). */
function chooseApart(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  const taken: Array<[number, number, number, number]> = [];
  for (const f of findings) {
    const spans = f.fix!.edits.map(
      (e) =>
        [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character] as [
          number,
          number,
          number,
          number,
        ],
    );
    const clashes = spans.some((a) =>
      taken.some((b) => !(before(a[2], a[3], b[0], b[1]) || before(b[2], b[3], a[0], a[1]))),
    );
    if (clashes) continue;
    chosen.push(f);
    taken.push(...spans);
  }
  return chosen.length > 0 ? chosen : findings.slice(0, 1);
}

/** Whether position (l1, c1) comes strictly before (l2, c2). */
const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);

function withoutFix(f: Finding, suggestions: Finding['suggestions']): Finding {
  const { fix: _fix, suggestions: _suggestions, ...rest } = f;
  return { ...rest, ...(suggestions && suggestions.length > 0 ? { suggestions } : {}) };
}

/**
 * Drops the fix and the suggestions of a finding that the guard refuses. A safe fix targets the finding's own node;
 * a suggestion, which the user reads before picking, may change the object that holds it (a key's siblings) and
 * add keys or items anywhere (a retention SLA for a personal-data property), but never change a value elsewhere.
 */
export function guardFinding(guard: FixGuard, finding: Finding): Finding {
  const index = finding.documentIndex ?? 0;
  const holder = typeof finding.path[finding.path.length - 1] === 'string' ? finding.path.slice(0, -1) : finding.path;
  const fix = finding.fix && guard.accepts(index, finding.path, finding.fix.edits) ? finding.fix : undefined;
  const suggestions = finding.suggestions?.filter((s) => guard.accepts(index, holder, s.edits, true));
  if (fix === finding.fix && suggestions?.length === finding.suggestions?.length) return finding;
  const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
  return { ...rest, ...(fix ? { fix } : {}), ...(suggestions && suggestions.length > 0 ? { suggestions } : {}) };
}
