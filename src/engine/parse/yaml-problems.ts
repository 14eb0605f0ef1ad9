// Turns the YAML parser's errors into one problem per mistake, at the line of its cause, each with the text the
// parser had to recover because of it (what it read there is debris of the mistake, not part of the contract).
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLError } from 'yaml';
import { DASH_WITHOUT_SPACE, dashWithoutSpaceMessage, plainYamlMessage, yamlParserDetail } from './yaml-messages';

export interface Diagnosis {
  code: string;
  message: string;
  /** The parser's own words, when the message is the plain one for its code. */
  detail?: string;
  /** Offsets [start, end) of the cause, where the problem is shown. */
  cause: [number, number];
  /** Offsets [start, end] of the text the parser had to recover; findings there are debris of this mistake. */
  recovered: [number, number];
}

interface Working extends Diagnosis {
  /** Later errors that start in this span are follow-ons of the same mistake. */
  absorb: [number, number];
}

export function diagnoseErrors(doc: Document.Parsed, text: string, errors: readonly YAMLError[]): Diagnosis[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const out: Working[] = [];
  for (const error of sorted) {
    const last = out[out.length - 1];
    if (last && error.pos[0] >= last.absorb[0] && error.pos[0] <= last.absorb[1]) {
      const end = lineEnd(text, Math.max(error.pos[0], error.pos[1] - 1));
      last.absorb[1] = Math.max(last.absorb[1], end);
      last.recovered[1] = Math.max(last.recovered[1], end);
      continue;
    }
    out.push(diagnose(error, doc, text));
  }
  if (out.length > 0) extendOverEntries(doc, text, out);
  return out.map(({ code, message, detail, cause, recovered }) => ({
    code,
    message,
    ...(detail ? { detail } : {}),
    cause,
    recovered,
  }));
}

function diagnose(error: YAMLError, doc: Document.Parsed, text: string): Working {
  const [start, rawEnd] = error.pos;
  const detail = error.message;
  if (error.code === 'MISSING_CHAR' && /quote/i.test(detail)) {
    const quoted = quotedScalarAt(doc, start);
    if (quoted) return quoteProblem(quoted, start, text);
  }
  const flow = /flow (sequence|map)/i.exec(detail);
  if (flow && (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR')) {
    const found = unclosedFlowAt(doc, start, flow[1].toLowerCase() === 'map');
    if (found) return flowProblem(found, start, text);
  }
  const lineStartAt = lineStart(text, start);
  const end = rawEnd <= start ? Math.min(text.length, start + 1) : rawEnd;
  const absorb: [number, number] = [lineStartAt, lineEnd(text, Math.max(start, end - 1))];
  let message = plainYamlMessage(error.code, detail);
  let cause: [number, number] = [start, end];
  const dashed = dashLineOf(text, lineStartAt);
  const misplaced =
    (error.code === 'BAD_INDENT' && /same column/.test(detail)) ||
    (error.code === 'MISSING_CHAR' && /sequence item without/i.test(detail));
  if (dashed !== undefined) {
    // The parser's complaint (indentation, a stray ':') follows from a list item missing the space after its '-'.
    message = dashWithoutSpaceMessage(/^-[^\s:]*/.exec(text.slice(dashed))![0]);
    cause = [dashed, lineEnd(text, dashed)];
    absorb[0] = Math.min(absorb[0], lineStart(text, dashed));
    absorb[1] = Math.max(absorb[1], blockEnd(text, lineStart(text, dashed), dashed - lineStart(text, dashed)));
  } else if (misplaced || error.code === 'TAB_AS_INDENT') {
    const misaligned = misplaced ? misalignedKey(text, start) : undefined;
    if (misaligned) [message, cause] = misaligned;
    // The lines of the same block after it no longer line up with what the parser made of it.
    absorb[1] = Math.max(absorb[1], blockEnd(text, lineStartAt, parentIndent(text, lineStartAt)));
  }
  // A key that lost its value to the mistake (a tab or bad indentation on the next line) is debris too.
  const recoveredStart = error.code === 'DUPLICATE_KEY' ? absorb[0] : previousContentEnd(text, absorb[0]);
  const plain = message === plainYamlMessage(error.code, detail);
  const parserDetail = plain ? yamlParserDetail(error.code, detail) : undefined;
  return {
    code: error.code,
    message,
    ...(parserDetail ? { detail: parserDetail } : {}),
    cause,
    absorb,
    recovered: [recoveredStart, absorb[1]],
  };
}

function indentOf(line: string): number {
  const ws = /^[ \t]*/.exec(line)![0];
  return ws.includes('\t') ? Number.MAX_SAFE_INTEGER : ws.length;
}

/** The indentation of the block holding this line: the last line above it that is indented less than its siblings. */
function parentIndent(text: string, lineStartAt: number): number {
  let own = indentOf(text.slice(lineStartAt, lineEnd(text, lineStartAt)));
  let seenPrevious = false;
  for (let end = lineStartAt - 1; end > 0;) {
    const s = lineStart(text, end);
    const line = text.slice(s, end).replace(/\r$/, '');
    end = s - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = indentOf(line);
    if (!seenPrevious && own === Number.MAX_SAFE_INTEGER) {
      // A tab-indented line: take it as a sibling of the line above, or its first child.
      if (/:\s*(#.*)?$/.test(line)) return indent;
      own = indent;
    }
    seenPrevious = true;
    if (indent < own) return indent;
  }
  return -1;
}

/** The end of the last line after this one that is indented deeper than `parent` (the rest of the block). */
function blockEnd(text: string, lineStartAt: number, parent: number): number {
  let last = lineEnd(text, lineStartAt);
  for (let s = text.indexOf('\n', lineStartAt) + 1; s > 0 && s < text.length; s = text.indexOf('\n', s) + 1) {
    const line = text.slice(s, lineEnd(text, s));
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (indentOf(line) <= parent || /^(---|\.\.\.)(\s|$)/.test(line)) break;
    last = lineEnd(text, s);
  }
  return last;
}

/** The start of a '-word' (a list item missing its space) on this line, or on the line it is indented under. */
function dashLineOf(text: string, lineStartAt: number): number | undefined {
  const first = firstNonSpace(text, lineStartAt);
  if (DASH_WITHOUT_SPACE.test(text.slice(first, first + 2))) return first;
  const indent = first - lineStartAt;
  for (const above of contentLinesAbove(text, lineStartAt)) {
    if (above.indent >= indent) continue;
    return DASH_WITHOUT_SPACE.test(above.line.trimStart()) ? above.start + above.indent : undefined;
  }
  return undefined;
}

/** The lines above `start` that hold more than blanks or a comment, nearest first, with their start and indentation. */
function* contentLinesAbove(text: string, start: number): Generator<{ start: number; indent: number; line: string }> {
  for (let end = start - 1; end > 0;) {
    const s = lineStart(text, end);
    const line = text.slice(s, end).replace(/\r$/, '');
    end = s - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    yield { start: s, indent: line.length - line.trimStart().length, line };
  }
}

interface QuotedScalar {
  start: number;
  end: number;
  key?: string;
}

/** A multi-line quoted value cut short where a line is not indented enough, or a quote that is never closed. */
function quoteProblem(quoted: QuotedScalar, errorAt: number, text: string): Working {
  const quote = text[quoted.start];
  const nl = text.indexOf('\n', errorAt);
  const close = nl === -1 ? -1 : closingQuote(text, quote, nl + 1);
  if (close !== -1 && looksLikeContinuation(text, nl + 1, close)) {
    const lineStartAt = nl + 1;
    const first = firstNonSpace(text, lineStartAt);
    const whose = quoted.key !== undefined ? `its key '${quoted.key}'` : "its '-'";
    return {
      code: 'QUOTE_CONTINUATION_INDENT',
      message: `Indent the continuation lines of this quoted value more than ${whose}, or put the value on one line.`,
      cause: [first, lineEnd(text, first)],
      absorb: [quoted.start, lineEnd(text, close)],
      recovered: [lineStart(text, quoted.start), lineEnd(text, close)],
    };
  }
  const end = Math.max(quoted.end, lineEnd(text, quoted.start));
  return {
    code: 'MISSING_CHAR',
    message: 'Close this quoted value: add the closing quote.',
    cause: [quoted.start, lineEnd(text, quoted.start)],
    absorb: [quoted.start, end],
    recovered: [lineStart(text, quoted.start), end],
  };
}

/** The closing quote is on a later line, ends it (only a comment may follow), and no line before it reads as a key. */
function looksLikeContinuation(text: string, from: number, close: number): boolean {
  const rest = text.slice(close + 1, lineEnd(text, close));
  if (!/^\s*(#.*)?$/.test(rest)) return false;
  const between = text.slice(from, lineStart(text, close));
  return !between.split('\n').some((line) => /^\s*(- +)?[\w.$-]+:(\s|$)/.test(line));
}

function closingQuote(text: string, quote: string, from: number): number {
  for (let i = text.indexOf(quote, from); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (quote === "'") {
      if (text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
    let backslashes = 0;
    while (text[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

function quotedScalarAt(doc: Document.Parsed, errorAt: number): QuotedScalar | undefined {
  let found: QuotedScalar | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const value = pair.value;
      if (isScalar(value) && isQuotedAround(value, errorAt)) {
        found = {
          start: value.range![0],
          end: value.range![1],
          key: isScalar(pair.key) ? String(pair.key.value) : undefined,
        };
      }
    },
    Scalar(key, node) {
      if (key === 'key' || key === 'value') return;
      if (isQuotedAround(node, errorAt)) found = { start: node.range![0], end: node.range![1] };
    },
  });
  return found;
}

function isQuotedAround(node: Node, errorAt: number): boolean {
  if (!isScalar(node) || !node.range) return false;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return quoted && node.range[0] <= errorAt && node.range[1] >= errorAt - 1;
}

interface FlowCollection {
  start: number;
  end: number;
  isMap: boolean;
}

/** The innermost flow collection of the kind named that runs up to the error: the one left open. */
function unclosedFlowAt(doc: Document.Parsed, errorAt: number, wantMap: boolean): FlowCollection | undefined {
  let found: FlowCollection | undefined;
  visit(doc, {
    Collection(_key, node) {
      if (!node.flow || !node.range || isMap(node) !== wantMap) return;
      const [start, end] = node.range;
      if (start < errorAt && end >= errorAt && (!found || start > found.start))
        found = { start, end, isMap: isMap(node) };
    },
  });
  return found;
}

function flowProblem(flow: FlowCollection, errorAt: number, text: string): Working {
  const last = trimEnd(text, Math.min(errorAt, text.length));
  const message = flow.isMap
    ? "Close this mapping: add the '}' that ends the '{'."
    : "Close this list: add the ']' that ends the '['.";
  return {
    code: 'MISSING_CHAR',
    message,
    cause: [flow.start, lineEnd(text, flow.start)],
    absorb: [flow.start, Math.max(lineEnd(text, errorAt), last)],
    recovered: [lineStart(text, flow.start), Math.max(last, lineEnd(text, flow.start))],
  };
}

/** A key that lines up with no block above it, or with list items although it has no '- ' (it belongs to neither). */
function misalignedKey(text: string, errorAt: number): [string, [number, number]] | undefined {
  const start = lineStart(text, errorAt);
  const first = firstNonSpace(text, start);
  const indent = first - start;
  const key = /^([^\s:#'"-][^:#]*?):(\s|$)/.exec(text.slice(first, lineEnd(text, first)));
  if (!key) return undefined;
  const cause: [number, number] = [first, lineEnd(text, first)];
  const plain: [string, [number, number]] = [
    `Indent '${key[1].trim()}' exactly like the other keys of its block: it does not line up with the keys above it.`,
    cause,
  ];
  return afterListItems(text, start, indent)
    ? [`Indent '${key[1].trim()}' under the list item it belongs to, or start a new item with '- '.`, cause]
    : plain;
}

function afterListItems(text: string, start: number, indent: number): boolean {
  for (const above of contentLinesAbove(text, start)) {
    if (above.indent > indent) continue;
    return above.indent === indent && /^\s*- /.test(above.line);
  }
  return false;
}

/** What the parser read from entries whose keys start inside the mistake is debris too (a nested block included). */
function extendOverEntries(doc: Document.Parsed, text: string, diagnoses: Working[]): void {
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !pair.key || !isScalar(pair.key) || !pair.key.range) return;
      const keyStart = pair.key.range[0];
      const value = pair.value as Node | null;
      const valueEnd =
        value && (isScalar(value) || isMap(value) || isSeq(value)) && value.range
          ? trimEnd(text, value.range[1])
          : undefined;
      if (valueEnd === undefined) return;
      for (const d of diagnoses) {
        if (keyStart >= d.absorb[0] && keyStart <= d.absorb[1]) d.recovered[1] = Math.max(d.recovered[1], valueEnd);
      }
    },
  });
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** The end of the content of the last non-blank line before `offset` (a key whose value was lost ends there). */
function previousContentEnd(text: string, lineStartAt: number): number {
  const end = trimEnd(text, lineStartAt);
  return end < lineStartAt ? end : lineStartAt;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
