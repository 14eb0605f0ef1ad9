// Checks a fix before it is offered: applied to a copy of the text, it must re-parse with no new YAML errors or
// duplicate keys, keep every comment in order, and change the parsed value (aliases expanded) only at or below its
// target, and keep a byte-order mark. A fix that fails is dropped, so a quick fix, a suggestion or --fix never
// corrupts a file.
//
// The check re-parses only the smallest block that holds the edits (a whole-file parse per fix would make a large
// contract with many suggestions slow); a document that uses anchors or aliases is always re-parsed whole, because an
// edit inside an anchored node changes every alias of it.
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Finding, JsonPath, TextEdit } from '../types';
import type { ParsedFile } from '../parse/yaml-file';
import { MAX_ALIAS_COUNT, parseYamlFile } from '../parse/yaml-file';
import { applyEdits } from './apply-edits';

interface Region {
  /** Path of the collection whose text holds every edit ([] for the whole document). */
  path: JsonPath;
  start: number;
  end: number;
  /** Column the region starts at, restored with spaces so the slice parses as it did in place. */
  column: number;
  whole: boolean;
}

export class FixGuard {
  private readonly anchored = new Map<number, boolean>();

  constructor(private readonly file: ParsedFile) {}

  /** Whether the edits can be checked on a block of the text (a whole-file check is what costs). */
  isLocal(documentIndex: number, edits: readonly TextEdit[]): boolean {
    const parsed = this.file.documents.find((d) => d.index === documentIndex);
    if (!parsed || edits.length === 0 || this.hasAnchors(documentIndex, parsed.doc)) return false;
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
    const region = this.hasAnchors(documentIndex, parsed.doc) ? undefined : regionOf(parsed.doc, text, from, to);
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
    const old = this.file.documents.map((d) => ({ value: d.value, errors: d.doc.errors.length }));
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
    if (now[i].errors > old.doc.errors.length) return false;
    const targets = new Targets(fixes.filter((f) => f.documentIndex === old.index).map((f) => f.target));
    if (!diffWithin(old.value, now[i].value, [], (d) => targets.allows(d))) return false;
  }
  return keepsCommentsAt(
    file,
    fixes.flatMap((f) => f.edits),
  );
}

/** A set of fix targets, answering in time proportional to a difference's depth. */
class Targets {
  private readonly exact = new Set<string>();
  private readonly parents = new Map<string, number>();

  constructor(targets: readonly JsonPath[]) {
    for (const t of targets) {
      this.exact.add(keyOf(t));
      if (t.length > 0) this.parents.set(keyOf(t.slice(0, -1)), t.length);
    }
  }

  allows({ path, kind }: Difference): boolean {
    for (let n = 0; n <= path.length; n++) {
      const prefix = keyOf(path.slice(0, n));
      if (this.exact.has(prefix)) return true;
      const depth = this.parents.get(prefix);
      if (depth !== undefined && (kind === 'added' || (kind === 'removed' && path.length === depth))) return true;
    }
    return false;
  }
}

const keyOf = (path: JsonPath): string => JSON.stringify(path);

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

interface Parsed {
  value: unknown;
  errors: number;
}

function parseSlice(text: string): Parsed[] | null {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent', merge: true });
  if (!Array.isArray(docs)) return [];
  try {
    return docs.map((d) => ({ value: d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: d.errors.length }));
  } catch {
    return null;
  }
}

/** No new errors, and every difference between the two values lies at or below `target` (none at all if null). */
function sameShape(old: Parsed, now: Parsed, base: JsonPath, target: JsonPath | null, addAnywhere: boolean): boolean {
  if (now.errors > old.errors) return false;
  return diffWithin(
    old.value,
    now.value,
    [...base],
    (d) => target !== null && (allowed(d, target) || (addAnywhere && d.kind === 'added')),
  );
}

interface Difference {
  path: JsonPath;
  kind: 'added' | 'removed' | 'changed';
}

/**
 * A difference at or below the target; beside it, in the map that holds the target, only what a rename or a move
 * does: a key or item added, or a whole key removed. An existing value elsewhere never changes.
 */
function allowed({ path, kind }: Difference, target: JsonPath): boolean {
  const under = (prefix: JsonPath) => path.length >= prefix.length && prefix.every((p, i) => p === path[i]);
  if (under(target)) return true;
  if (target.length === 0) return false;
  const parent = target.slice(0, -1);
  if (!under(parent)) return false;
  return kind === 'added' || (kind === 'removed' && path.length === target.length);
}

/** Whether every difference between the two values passes `ok`; stops at the first that does not. */
function diffWithin(a: unknown, b: unknown, path: JsonPath, ok: (d: Difference) => boolean): boolean {
  if (Object.is(a, b)) return true;
  // Nested past any real contract (or a recursive alias): refuse.
  if (path.length > 500) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) {
        if (!ok({ path: [...path, i], kind: 'added' })) return false;
      } else if (i >= b.length) {
        if (!ok({ path: [...path, i], kind: 'removed' })) return false;
      } else if (!diffWithin(a[i], b[i], [...path, i], ok)) return false;
    }
    return true;
  }
  if (isPlain(a) && isPlain(b)) {
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) {
        if (!ok({ path: [...path, k], kind: 'removed' })) return false;
      } else if (!diffWithin(a[k], b[k], [...path, k], ok)) return false;
    }
    for (const k of Object.keys(b))
      if (!Object.hasOwn(a, k) && !ok({ path: [...path, k], kind: 'added' })) return false;
    return true;
  }
  if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return true;
  return ok({ path, kind: 'changed' });
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof Map) &&
    !(v instanceof Set)
  );
}

/** A byte-order mark is not content (the parsed value never shows it): no edit may remove it or write before it. */
function keepsByteOrderMark(file: ParsedFile, edits: readonly TextEdit[]): boolean {
  if (!file.text.startsWith('\uFEFF')) return true;
  return edits.every(
    (e) =>
      file.offsetAt(e.range.start) > 0 ||
      e.newText.startsWith('\uFEFF') ||
      (e.newText === '' && file.offsetAt(e.range.end) === 0),
  );
}

/** The comments of the text, in order. */
function comments(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out;
}

/** Every comment of `before` is still in `after`, in the same order (a fix may add comments, never lose one). */
function keepsComments(before: string, after: string): boolean {
  const old = comments(before);
  if (old.length === 0) return true;
  const now = comments(after);
  let i = 0;
  for (const c of now) if (i < old.length && c === old[i]) i++;
  return i === old.length;
}

/**
 * Every comment in the text an edit replaces is still in its new text, in order. Text outside the edits is kept
 * byte for byte, and an edit that changed how later text reads (a comment turned into content) changes the parsed
 * value, which the value check refuses; so only the replaced text needs looking at, not the whole file.
 */
function keepsCommentsAt(file: ParsedFile, edits: readonly TextEdit[]): boolean {
  for (const edit of edits) {
    const old = file.text.slice(file.offsetAt(edit.range.start), file.offsetAt(edit.range.end));
    if (!old.includes('#')) continue;
    const lost = commentLike(old);
    let at = 0;
    for (const c of lost) {
      const found = edit.newText.indexOf(c, at);
      if (found === -1) return false;
      at = found + c.length;
    }
  }
  return true;
}

/** Text that reads as a comment: a '#' at a line start or after a space, to the end of its line. */
function commentLike(text: string): string[] {
  return [...text.matchAll(/(?:^|[ \t])(#[^\r\n]*)/gm)].map((m) => m[1].trimEnd());
}

/** The deepest block collection whose content strictly holds [from, to]; an edit at a collection's end belongs to its parent. */
function regionOf(doc: Document.Parsed, text: string, from: number, to: number): Region | undefined {
  let node = doc.contents as Node | null;
  if (!node || !isCollection(node) || !node.range) return undefined;
  let path: JsonPath = [];
  let best: { node: Node; path: JsonPath } | undefined;
  for (;;) {
    if (!isCollection(node) || !node.range) break;
    if (!holds(node, text, from, to)) break;
    best = { node, path };
    let next: { node: Node; key: string | number } | undefined;
    if (isMap(node)) {
      const items: readonly unknown[] = node.items;
      const pair: unknown =
        items[lastStartingBefore(items, (p) => (isPair(p) ? (p.value as Node | null) : null), from)];
      const v: Node | null = isPair(pair) ? (pair.value as Node | null) : null;
      if (isPair(pair) && isNode(v) && holds(v, text, from, to) && isScalar(pair.key))
        next = { node: v, key: String(pair.key.value) };
    } else if (isSeq(node)) {
      const items: readonly unknown[] = node.items;
      const i = lastStartingBefore(items, (n) => (isNode(n) ? n : null), from);
      const n: unknown = items[i];
      if (isNode(n) && holds(n, text, from, to)) next = { node: n, key: i };
    }
    if (!next || !isCollection(next.node)) break;
    node = next.node;
    path = [...path, next.key];
  }
  if (!best || best.path.length === 0 || !best.node.range)
    return { path: [], start: 0, end: text.length, column: 0, whole: true };
  const start = best.node.range[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let end = best.node.range[2];
  const nl = text.indexOf('\n', Math.max(end - 1, start));
  end = nl === -1 ? text.length : Math.max(end, nl + 1);
  return { path: best.path, start, end, column: start - lineStart, whole: false };
}

/** Whether [from, to] lies strictly inside the node's text (trailing blank space and line breaks not counted). */
function holds(node: Node, text: string, from: number, to: number): boolean {
  if (!node.range) return false;
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(text[end - 1])) end--;
  return node.range[0] < from && to < end;
}

/** Index of the last item whose node starts before `offset` (items are in text order), or -1. */
function lastStartingBefore<T>(items: readonly T[], nodeOf: (item: T) => Node | null, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = nodeOf(items[mid])?.range?.[0];
    // A pair without a value (rare) cannot hold an edit; searching on as if it started before keeps the order.
    if (start === undefined || start < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
