// What a fix must keep, checked without the engine's own guard: the edits apply where they say (bytes outside them
// unchanged, no CRLF split, the byte-order mark kept), the text re-parses with no more YAML errors or duplicate keys,
// every comment stays in order, the parsed value changes only at the finding's target (a renamed key keeps its
// value; a move or renumbering does exactly what its rule says), and the fixed text is not offered the same fix.
import { isDeepStrictEqual } from 'node:util';
import { Composer, Lexer, Parser } from 'yaml';
import type { Finding, JsonPath, TextEdit } from '../../src/engine/types';
import { applyEdits } from '../../src/engine/fix/apply-edits';

export interface Parsed {
  values: unknown[];
  errors: number[];
  comments: string[];
}

/** The documents' values and YAML errors, and the comments: one lexing serves both. */
export function parseText(text: string, withValues = true): Parsed {
  const tokens = [...new Lexer().lex(text)];
  const comments = tokens.filter((t) => t.startsWith('#')).map((t) => t.trimEnd());
  const parser = new Parser();
  function* cst() {
    for (const token of tokens) yield* parser.next(token);
    yield* parser.end();
  }
  const docs = [...new Composer({ uniqueKeys: true, prettyErrors: false, logLevel: 'silent' }).compose(cst())];
  const values = docs.map((d) => {
    if (!withValues) return undefined;
    try {
      return d.toJS({ maxAliasCount: 1000 });
    } catch {
      return undefined;
    }
  });
  return { values, errors: docs.map((d) => d.errors.length), comments };
}

/** The offset of an LSP position (lines end at '\n'), or a reason it does not exist in the text. */
function offsetOf(text: string, lineStarts: number[], line: number, character: number): number | string {
  if (line < 0 || line >= lineStarts.length || character < 0)
    return `position ${line}:${character} is outside the text`;
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
  const offset = lineStarts[line] + character;
  if (offset > end) return `position ${line}:${character} is past the end of its line`;
  if (text[offset - 1] === '\r' && text[offset] === '\n') return `position ${line}:${character} splits a CRLF`;
  return offset;
}

/** Applies the edits by offsets; a problem with them (overlap, bad position, line endings, BOM) is returned as text. */
export function spliceEdits(text: string, edits: readonly TextEdit[]): string | { problem: string } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans: Array<{ start: number; end: number; newText: string }> = [];
  for (const e of edits) {
    const start = offsetOf(text, lineStarts, e.range.start.line, e.range.start.character);
    const end = offsetOf(text, lineStarts, e.range.end.line, e.range.end.character);
    if (typeof start === 'string') return { problem: start };
    if (typeof end === 'string') return { problem: end };
    if (end < start) return { problem: 'an edit ends before it starts' };
    spans.push({ start, end, newText: e.newText });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) return { problem: 'two edits overlap' };
    if (
      spans[i].start === spans[i - 1].start &&
      spans[i].start === spans[i].end &&
      spans[i - 1].start === spans[i - 1].end
    )
      return { problem: 'two insertions at one point' };
  }
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  out += text.slice(at);
  if (text.startsWith('\uFEFF') && !out.startsWith('\uFEFF')) return { problem: 'the byte-order mark is lost' };
  if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text) && /(^|[^\r])\n/.test(out))
    return { problem: 'a LF line ending in a CRLF file' };
  if (applyEdits(text, edits) !== out) return { problem: 'applyEdits does not apply the edits as given' };
  return out;
}

/** Every comment of `before` in `after`, in the same order. */
export function keepsComments(before: Parsed, after: Parsed): boolean {
  let i = 0;
  for (const c of after.comments) if (i < before.comments.length && c === before.comments[i]) i++;
  return i === before.comments.length;
}

/** No document lost or gained, none with more YAML errors (duplicate keys included). */
export function noNewErrors(before: Parsed, after: Parsed): string | undefined {
  if (before.values.length !== after.values.length)
    return `${before.values.length} documents became ${after.values.length}`;
  const i = after.errors.findIndex((n, k) => n > before.errors[k]);
  return i === -1 ? undefined : `document ${i + 1} has ${after.errors[i]} YAML errors, was ${before.errors[i]}`;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const under = (path: JsonPath, prefix: JsonPath) =>
  path.length >= prefix.length && prefix.every((p, i) => p === path[i]);
const clone = <T>(v: T): T => structuredClone(v);

function getAt(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const p of path) v = isMap(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function setAt(value: unknown, path: JsonPath, next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = next;
}

/** Paths where two values differ (a key or item added or removed counts at its own path). */
export function differences(a: unknown, b: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (isDeepStrictEqual(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) differences(a[i], b[i], [...path, i], out);
  } else if (isMap(a) && isMap(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in a) || !(k in b)) out.push([...path, k]);
      else differences(a[k], b[k], [...path, k], out);
    }
  } else out.push(path);
  return out;
}

/**
 * What the value of the document should be after a fix whose meaning is known, from the value before (and, for
 * what the fix may choose, like a metric's name, the value after); undefined when only the target may change.
 */
function expectedAfter(ruleId: string, target: JsonPath, before: unknown, after: unknown): unknown {
  const doc = clone(before) as Record<string, unknown>;
  if (ruleId === 'deprecated-quality-rule') {
    const at = target.slice(0, -1);
    const item = { ...(getAt(doc, at) as Record<string, unknown>) };
    const now = getAt(after, at);
    delete item.rule;
    item.metric = isMap(now) ? now.metric : undefined;
    if ('validValues' in item && isMap(now) && !('validValues' in now)) {
      item.arguments = { validValues: item.validValues };
      delete item.validValues;
    }
    setAt(doc, at, item);
    return doc;
  }
  if (ruleId === 'deprecated-sla-default-element') {
    const element = doc.slaDefaultElement;
    delete doc.slaDefaultElement;
    if (Array.isArray(doc.slaProperties))
      for (const s of doc.slaProperties) if (isMap(s) && !('element' in s)) s.element = element;
    return doc;
  }
  if (ruleId === 'deprecated-team-array') return { ...doc, team: { members: doc.team } };
  if (ruleId === 'between-bounds-order') {
    const pair = getAt(doc, target) as unknown[];
    setAt(doc, target, [pair[1], pair[0]]);
    return doc;
  }
  if (ruleId === 'key-position-sequence') {
    const key = String(target[target.length - 1]);
    const props = getAt(doc, target.slice(0, -2)) as Array<Record<string, unknown>>;
    const positioned = props
      .filter((p) => isMap(p) && typeof p[key] === 'number')
      .sort((x, y) => (x[key] as number) - (y[key] as number));
    positioned.forEach((p, k) => (p[key] = k + 1));
    return doc;
  }
  return undefined;
}

/** Why the value after a fix is not what the fix may do, or undefined. */
export function valueProblem(finding: Finding, before: unknown, after: unknown): string | undefined {
  const target = finding.path;
  const expected = expectedAfter(finding.ruleId, target, before, after);
  if (expected !== undefined) {
    const diff = differences(expected, after);
    return diff.length === 0
      ? undefined
      : `the value is not what '${finding.fix?.title}' says, at ${JSON.stringify(diff[0])}`;
  }
  const outside = differences(before, after).filter((p) => !under(p, target));
  if (outside.length === 0) return undefined;
  // A renamed key: the map that holds it loses that key and gains one key with the same value, nothing else.
  const key = target[target.length - 1];
  const parent = target.slice(0, -1);
  if (typeof key === 'string') {
    const added = outside.filter((p) => p.length === target.length && under(p, parent));
    const rest = outside.filter((p) => !(p.length === target.length && under(p, parent)));
    const renamed =
      added.length === 1 && rest.length === 0 && isDeepStrictEqual(getAt(before, target), getAt(after, added[0]));
    if (renamed) return undefined;
  }
  return `the value changed outside the target, at ${JSON.stringify(outside[0])}`;
}
