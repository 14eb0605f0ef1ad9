// The fast path for checking: js-yaml (YAML 1.2, about ten times faster than the `yaml` library here) reads a file's
// value and, through its parse events, where every node sits. It takes only the plain YAML that contracts are made
// of and answers undefined for anything else — anchors, aliases, tags, merge keys, directives, several documents,
// tabs, a byte-order mark, keys that are not strings, anything js-yaml rejects or warns about — so those files take
// the `yaml` path, which reports problems exactly. Scalars resolve as the `yaml` library's core schema resolves them
// (the same patterns, in the same order), so both paths give the same value; test/engine/fast-parse.test.ts compares
// them over every fixture, the real-world corpus and generated contracts.
import { FAILSAFE_SCHEMA, Type, load, type Schema, type State } from 'js-yaml';
import type { SourceMap, SourceNode, SourcePair, SourceRoot, SourceSeq } from './source-tree';
import { trimEnd } from './source-tree';
import { lineEnd } from './yaml-problems';

export interface FastParse {
  value: Record<string, unknown>;
  tree: SourceRoot;
}

// The `yaml` library's core schema (schema/core): null, bool, int (octal, decimal, hex), float (nan/inf, exp, plain).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Whether a scalar starts as every int and float above does: most plain scalars are words and fail this at once. */
function numberStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
}

/** Built on first use: a bundle that only re-exports this module's neighbours (the owners bundle) leaves it out. */
let coreSchema: Schema | undefined;
const schema = (): Schema =>
  (coreSchema ??= FAILSAFE_SCHEMA.extend({
    implicit: [
      new Type('tag:yaml.org,2002:null', {
        kind: 'scalar',
        resolve: (s: string) => s.length <= 4 && NULL.test(s),
        construct: () => null,
      }),
      new Type('tag:yaml.org,2002:bool', {
        kind: 'scalar',
        resolve: (s: string) => s.length <= 5 && BOOL.test(s),
        construct: (s: string) => s[0] === 't' || s[0] === 'T',
      }),
      new Type('tag:yaml.org,2002:int', {
        kind: 'scalar',
        resolve: (s: string) => numberStart(s) && (INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s)),
        construct: (s: string) =>
          INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16),
      }),
      new Type('tag:yaml.org,2002:float', {
        kind: 'scalar',
        resolve: (s: string) => numberStart(s) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
        construct: (s: string) =>
          FLOAT_NAN.test(s)
            ? s.slice(-3).toLowerCase() === 'nan'
              ? NaN
              : s[0] === '-'
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY
            : parseFloat(s),
      }),
    ],
  }));

/**
 * Whether the fast path can take the text: no node property or alias (`&a`, `*a`, `!tag` where a node can start), merge
 * key, directive, document end, explicit key, tab, carriage return outside a line break or byte-order mark.
 * Conservative: the same characters inside a description only send that file the slow way. Searched with indexOf,
 * which is many times quicker than one regular expression over a large file.
 */
function plainEnough(text: string): boolean {
  if (text.includes('<<') || text.includes('\t') || text.includes('\uFEFF')) return false;
  if (text.startsWith('%') || text.includes('\n%') || text.startsWith('...') || text.includes('\n...')) return false;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') return false;
  for (const mark of ['&', '*', '!']) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
      if (i + 1 < text.length && !isBlank(text.charCodeAt(i + 1)) && startsNode(text, i)) return false;
    }
  }
  for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) {
    if ((i + 1 === text.length || isBlank(text.charCodeAt(i + 1))) && startsNode(text, i)) return false;
  }
  return true;
}

/** A document marker opens a line: one is allowed when only comments come before it. */
const OPENING_MARKER = /^(?:[ ]*(?:#[^\n]*)?\r?\n)*---[ ]*(?:\r?\n|$)/;

/** Keys longer than this are an error for the `yaml` library. */
const MAX_KEY = 1024;

class Unsupported extends Error {}

/** A node being read: where its parse began, and its children (read so far) in the shared lists. */
interface Frame {
  open: number;
  nodes: readonly SourceNode[];
  results: readonly unknown[];
}

/**
 * The value and source tree of a one-document file of plain YAML whose root is a map; undefined otherwise, and for
 * collections nested deeper than `maxDepth`.
 */
export function fastParse(text: string, maxDepth: number): FastParse | undefined {
  if (!plainEnough(text)) return undefined;
  let markers = text.startsWith('---') ? 1 : 0;
  for (let i = text.indexOf('\n---'); i !== -1; i = text.indexOf('\n---', i + 1)) markers++;
  if (markers > 1 || (markers === 1 && !OPENING_MARKER.test(text))) return undefined;
  // Open nodes, as where their parse began and where their children start in the lists of finished nodes (one
  // list of nodes and one of values, shared by every open node and used up to `top`: no object per node until it is
  // finished, and no list shortened, which costs more than it saves).
  const opens: number[] = [];
  const firsts: number[] = [];
  const nodes: SourceNode[] = [];
  const results: unknown[] = [];
  let top = 0;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      opens.push(state.position);
      firsts.push(top);
      return;
    }
    const open = opens.pop();
    const first = firsts.pop();
    // an anchor or alias the text check let through (aliases close with no kind and a value)
    if (open === undefined || first === undefined || (state as State & { anchor?: unknown }).anchor)
      throw new Unsupported();
    const frame: Frame = {
      open,
      nodes: first === top ? NONE : nodes.slice(first, top),
      results: first === top ? NONE : results.slice(first, top),
    };
    const [node, result] = buildNode(text, frame, state);
    nodes[first] = node;
    results[first] = result;
    top = first + 1;
  };
  let value: unknown;
  try {
    value = load(text, {
      schema: schema(),
      listener,
      onWarning: () => {
        throw new Unsupported();
      },
      maxDepth,
    } as Parameters<typeof load>[1]);
  } catch {
    return undefined;
  }
  const root = nodes[0];
  if (top !== 1 || root.kind !== 'map' || results[0] !== value) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return { value: value as Record<string, unknown>, tree: { contents: root, start: root.start } };
}

const NONE: readonly never[] = [];

function buildNode(text: string, frame: Frame, state: State): [SourceNode, unknown] {
  const kind = state.kind as string | null;
  const result = state.result as unknown;
  // A flow collection read where a block mapping's first key could have started is passed up as it is.
  if (frame.nodes.length === 1 && typeof result === 'object' && result !== null && frame.results[0] === result)
    return [frame.nodes[0], result];
  if (kind === 'mapping') return [buildMap(text, frame, result), result];
  if (kind === 'sequence') return [buildSeq(text, frame, result), result];
  if (kind === null || kind === undefined) {
    // An empty node (`key:` with nothing after it) sits where its line's content would start.
    if (result !== null) throw new Unsupported();
    let at = frame.open;
    while (text.charCodeAt(at) === 32) at++;
    return [{ kind: 'scalar', start: at, end: at }, result];
  }
  if (kind !== 'scalar') throw new Unsupported();
  const start = contentStart(text, frame.open);
  return [{ kind: 'scalar', start, end: scalarEnd(text, start, state.position) }, result];
}

function buildMap(text: string, frame: Frame, result: unknown): SourceMap {
  const { nodes, results } = frame;
  if (nodes.length % 2 !== 0 || typeof result !== 'object' || result === null) throw new Unsupported();
  const pairs: SourcePair[] = [];
  for (let i = 0; i < nodes.length; i += 2) {
    const key = nodes[i];
    const name = results[i];
    if (typeof name !== 'string' || key.kind !== 'scalar' || key.end === undefined) throw new Unsupported();
    if (name === '__proto__' || key.end - key.start > MAX_KEY) throw new Unsupported();
    if (!Object.is((result as Record<string, unknown>)[name], results[i + 1])) throw new Unsupported();
    pairs.push({ key: name, keyRange: [key.start, key.end], value: nodes[i + 1] });
  }
  if (Object.keys(result).length !== pairs.length) throw new Unsupported();
  const start = contentStart(text, frame.open);
  return { kind: 'map', start, end: collectionEnd(text, start, nodes[nodes.length - 1], '{'), pairs };
}

function buildSeq(text: string, frame: Frame, result: unknown): SourceSeq {
  const { nodes, results } = frame;
  if (!Array.isArray(result) || result.length !== nodes.length) throw new Unsupported();
  for (let i = 0; i < nodes.length; i++) if (!Object.is(results[i], result[i])) throw new Unsupported();
  const start = contentStart(text, frame.open);
  return { kind: 'seq', start, end: collectionEnd(text, start, nodes[nodes.length - 1], '['), items: [...nodes] };
}

/** The first character of a node whose parse began at `from`: past spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else return i;
  }
}

/** Where a scalar's content ends: after its closing quote, or its last character before spaces and any comment. */
function scalarEnd(text: string, start: number, after: number): number {
  const first = text.charCodeAt(start);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    // js-yaml stops right after the closing quote
    if (text.charCodeAt(after - 1) !== first) throw new Unsupported();
    return after;
  }
  // A plain or block scalar: js-yaml stops at the end of the content or at the start of the next line.
  const end = trimEnd(text, after);
  if (first !== 124 /* | */ && first !== 62 /* > */ && hasComment(text, start, end)) throw new Unsupported();
  return Math.max(start, end);
}

/** Whether a comment begins between two offsets of a plain scalar (its end would then be wrong). */
function hasComment(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (text.charCodeAt(i) === 35 && isBlank(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/**
 * The end of a collection: a flow one at its closing bracket; a block one at the end of its last line (a comment
 * there included), unknown when comment lines follow before the next content, since the `yaml` library counts
 * some of those to the collection.
 */
function collectionEnd(text: string, start: number, last: SourceNode | undefined, open: '{' | '['): number | undefined {
  if (text[start] === open) {
    const close = open === '{' ? '}' : ']';
    const end = last?.end === undefined ? start + 1 : last.end;
    const at = text.indexOf(close, end);
    if (at === -1 || text.slice(end, at).includes('#')) throw new Unsupported();
    return at + 1;
  }
  if (!last || last.end === undefined) return undefined;
  const eol = lineEnd(text, last.end);
  for (let i = text.indexOf('\n', eol); i !== -1 && i < text.length;) {
    let j = i + 1;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13) j++;
    const c = text.charCodeAt(j);
    if (c === 35) return undefined;
    if (c !== 10) break;
    i = j;
  }
  return trimEnd(text, eol);
}

/**
 * Whether a node could start at `at`: first on its line, or after an indicator that opens one (`: `, `- `, `? `, a
 * flow bracket or comma). Inside words, comments and quotes a `*` or `!` is text.
 */
function startsNode(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // \n : - ? [ { ,
  return c === 10 || c === 58 || c === 45 || c === 63 || c === 91 || c === 123 || c === 44;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
