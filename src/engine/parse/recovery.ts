// After a YAML mistake the parser recovers and reads something from the broken lines: fragments as keys, values cut
// short, keys that lost their value. Findings about what exists only because of the mistake are debris: the syntax
// problem at its cause is the one finding. Also valid YAML that is almost surely a typo ('-name' without its space)
// explains, and replaces, the findings it causes.
import { isMap, isScalar, isSeq, visit, type Node, type Pair } from 'yaml';
import type { JsonPath, Range } from '../types';
import type { ParsedDocument, ParsedFile, YamlProblem } from './yaml-file';
import { keyText } from './locate';
import { lineEnd, lineStart } from './yaml-problems';
import { DASH_WITHOUT_SPACE, dashWithoutSpaceMessage } from './yaml-messages';

interface Placed {
  range: Range;
  path: JsonPath;
  message: string;
}

export interface Separated<T> {
  kept: T[];
  /** Problems in valid YAML that caused some of the findings; they are reported instead. */
  explanations: YamlProblem[];
}

export function separateDebris<T extends Placed>(
  file: ParsedFile,
  parsed: ParsedDocument,
  findings: readonly T[],
): Separated<T> {
  const regions = parsed.problems.flatMap((p) => (p.severity === 'error' && p.recovered ? [p.recovered] : []));
  const suspects = findings.length > 0 ? typos(file, parsed) : [];
  if (regions.length === 0 && suspects.length === 0) return { kept: [...findings], explanations: [] };
  let kept = findings.filter((f) => !regions.some((r) => isDebris(file, parsed, f, r)));
  const explanations: YamlProblem[] = [];
  for (const suspect of suspects) {
    const region = suspect.recovered!;
    if (regions.some(([s, e]) => region[0] >= s && region[0] <= e)) continue;
    const rest = kept.filter((f) => !isDebris(file, parsed, f, region));
    if (rest.length < kept.length) explanations.push(suspect);
    kept = rest;
  }
  return { kept, explanations };
}

/** Whether a finding is about text in the region, or a key or value the mistake moved, emptied or swallowed. */
function isDebris(file: ParsedFile, parsed: ParsedDocument, finding: Placed, [start, end]: [number, number]): boolean {
  const inside = (offset: number) => offset >= start && offset <= end;
  if (inside(file.offsetAt(finding.range.start))) return true;
  let node: unknown = parsed.doc.contents;
  if (finding.path.length === 0) return aboutLostKey(file.text, node, finding.message, start, end);
  for (let i = 0; i < finding.path.length; i++) {
    const segment = finding.path[i];
    if (isMap(node)) {
      const pairs = node.items.filter((item) => keyText(item) === String(segment));
      if (pairs.some((pair) => isScalar(pair.key) && pair.key.range && inside(pair.key.range[0]))) return true;
      const pair = pairs[0];
      if (!pair) return swallowed(file.text, node.items, String(segment), start, end);
      if (pair.value === null || pair.value === undefined || (isScalar(pair.value) && pair.value.value === null)) {
        return lostItsValue(file.text, pair, start);
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return false;
    } else {
      return false;
    }
  }
  const range = (node as Node | undefined)?.range;
  if (range && inside(range[0])) return true;
  // An object one of whose keys the parser read from the broken lines: what it lacks may be in them.
  return isMap(node) && node.items.some((pair) => isScalar(pair.key) && !!pair.key.range && inside(pair.key.range[0]));
}

/**
 * A whole-contract finding ("The contract has no team") that names a top-level key the mistake emptied, or one written
 * at the top level of the broken lines that the parser read into something else.
 */
function aboutLostKey(text: string, root: unknown, message: string, start: number, end: number): boolean {
  if (!isMap(root)) return false;
  const names = (key: string) => namesWord(message, key);
  for (const pair of root.items) {
    const key = keyText(pair);
    if (key !== undefined && lostItsValue(text, pair, start) && names(key)) return true;
  }
  const present = new Set(root.items.map(keyText));
  for (const key of topLevelKeysIn(text, start, end)) if (!present.has(key) && names(key)) return true;
  return false;
}

function topLevelKeysIn(text: string, start: number, end: number): string[] {
  const keys: string[] = [];
  for (const line of text.slice(lineStart(text, start), end + 1).split('\n')) {
    const m = /^([A-Za-z_$][\w$.-]*)[ \t]*:(\s|$)/.exec(line);
    if (m) keys.push(m[1]);
  }
  return keys;
}

/** Whether the message has the key as a whole word (case-insensitive). */
function namesWord(message: string, key: string): boolean {
  if (key === '' || key.length > 200) return false;
  const lower = message.toLowerCase();
  const word = key.toLowerCase();
  const isWordChar = (ch: string | undefined) => ch !== undefined && /\w/.test(ch);
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    if (!isWordChar(lower[i - 1]) && !isWordChar(lower[i + word.length])) return true;
  }
  return false;
}

/** A key with no value on a line that ends where the region starts: what should have been its value is in the region. */
function lostItsValue(text: string, pair: Pair, start: number): boolean {
  const value = pair.value;
  if (value !== null && value !== undefined && !(isScalar(value) && value.value === null)) return false;
  const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
  return !!keyRange && lineStart(text, keyRange[0]) <= start && lineEnd(text, keyRange[0]) >= start;
}

/** A missing key written in the region at the column of the map's keys: the mistake swallowed it. */
function swallowed(text: string, items: readonly Pair[], key: string, start: number, end: number): boolean {
  const first = items[0]?.key;
  if (!isScalar(first) || !first.range) return false;
  const column = first.range[0] - lineStart(text, first.range[0]);
  if (key === '' || key.length > 200 || key.includes('\n')) return false;
  for (let s = lineStart(text, start); s <= end && s < text.length;) {
    const e = lineEnd(text, s);
    const line = text.slice(s, e);
    const prefix = /^[ \t]*(?:- +)?/.exec(line)![0];
    if (prefix.length === column && writesKey(line.slice(prefix.length), key)) return true;
    const nl = text.indexOf('\n', s);
    if (nl === -1) break;
    s = nl + 1;
  }
  return false;
}

/** Whether a line (after its indentation) starts with the key, plain or quoted, and its ':'. */
function writesKey(rest: string, key: string): boolean {
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : '';
  if (!rest.startsWith(quote + key + quote)) return false;
  const after = rest.slice(quote.length * 2 + key.length).trimStart();
  return after[0] === ':' && (after.length === 1 || /\s/.test(after[1]));
}

/** Valid YAML that is almost surely a typo, each with the region of the value it produced. */
function typos(file: ParsedFile, parsed: ParsedDocument): YamlProblem[] {
  const text = file.text;
  if (!dashWithoutSpace(text)) return [];
  const out: YamlProblem[] = [];
  visit(parsed.doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.range) return;
      const [start, end] = node.range;
      if (!DASH_WITHOUT_SPACE.test(text.slice(start, start + 2))) return;
      if (text.slice(lineStart(text, start), start).trim() !== '') return;
      const word = /^-[^\s:]*/.exec(text.slice(start))![0];
      out.push({
        code: 'DASH_WITHOUT_SPACE',
        severity: 'error',
        message: dashWithoutSpaceMessage(word),
        range: { start: file.positionAt(start), end: file.positionAt(lineEnd(text, start)) },
        recovered: [start, Math.max(end, lineEnd(text, start))],
      });
    },
  });
  return out;
}

/**
 * Whether a line starts (after its indentation) with a dash and a letter, quote or bracket, as
 * /^[ \t]*-[A-Za-z_"'[{]/m finds it. Searched with indexOf, several times quicker than that expression on large files.
 */
export function dashWithoutSpace(text: string): boolean {
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    const c = text.charCodeAt(i + 1);
    const opens =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 34 || c === 39 || c === 91 || c === 123;
    if (!opens) continue;
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    if (j < 0 || LINE_BREAK.has(text[j])) return true;
  }
  return false;
}

/** What ends a line for `^` in a multi-line regular expression. */
const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);
