// Maps an offset in a YAML scalar's value back to the file, for block (| >), quoted and plain scalars.
// The mapping is rebuilt by reading the source the way YAML does; when the rebuilt text is not exactly the parsed
// value (an unusual form), callers fall back to the start of the scalar rather than point at a wrong place.
import type { Scalar } from 'yaml';

/** For each offset of the value, the file offset of the character it came from; undefined when unsure. */
export function scalarOffsetMap(text: string, node: Scalar): number[] | undefined {
  if (!node.range || typeof node.value !== 'string') return undefined;
  const [start, end] = node.range;
  const built =
    node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
      ? readBlock(text, start, end, node.type === 'BLOCK_FOLDED')
      : readFlow(text, start, end, node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined);
  if (!built) return undefined;
  // Chomping may add or drop trailing line breaks; the characters before them must match exactly.
  const value = node.value.replace(/\n+$/, '');
  if (built.text.replace(/\n+$/, '') !== value) return undefined;
  return built.offsets.slice(0, value.length);
}

interface Built {
  text: string;
  offsets: number[];
}

function readBlock(text: string, start: number, end: number, folded: boolean): Built | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return { text: '', offsets: [] };
  const header = text.slice(start, headerEnd);
  const explicit = /^[|>][+-]?(\d)|^[|>](\d)/.exec(header);
  const lines: Array<{ start: number; content: string }> = [];
  let pos = headerEnd + 1;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    let content = text.slice(pos, lineEnd);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    lines.push({ start: pos, content });
    pos = lineEnd + 1;
  }
  const firstNonEmpty = lines.find((l) => l.content.trim() !== '');
  if (!firstNonEmpty) return { text: '', offsets: [] };
  let indent = firstNonEmpty.content.length - firstNonEmpty.content.trimStart().length;
  if (explicit) {
    const parentIndent = lineIndentAt(text, start);
    indent = parentIndent + Number(explicit[1] ?? explicit[2]);
  }
  const out: Built = { text: '', offsets: [] };
  let previous: { more: boolean } | undefined;
  let pendingEmpty = 0;
  for (const line of lines) {
    const empty = line.content.slice(indent).length === 0 && line.content.trim() === '';
    if (empty) {
      pendingEmpty++;
      continue;
    }
    const body = line.content.slice(indent);
    const more = /^[ \t]/.test(body);
    if (previous) {
      const breakAt = line.start - 1;
      if (folded && !previous.more && !more) {
        if (pendingEmpty === 0) push(out, ' ', breakAt);
        else for (let k = 0; k < pendingEmpty; k++) push(out, '\n', breakAt);
      } else {
        for (let k = 0; k <= pendingEmpty; k++) push(out, '\n', breakAt);
      }
    } else {
      for (let k = 0; k < pendingEmpty; k++) push(out, '\n', line.start - 1);
    }
    pendingEmpty = 0;
    for (let k = 0; k < body.length; k++) push(out, body[k], line.start + indent + k);
    previous = { more };
  }
  return out;
}

function readFlow(text: string, start: number, end: number, quote: '"' | "'" | undefined): Built {
  const out: Built = { text: '', offsets: [] };
  let i = quote ? start + 1 : start;
  const stop = quote ? end - 1 : end;
  while (i < stop) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      // A line break folds: trailing spaces go, then one space, or one \n per empty line.
      while (out.text.endsWith(' ') || out.text.endsWith('\t')) {
        out.text = out.text.slice(0, -1);
        out.offsets.pop();
      }
      const breakAt = i;
      let empties = 0;
      i = skipLineBreak(text, i);
      for (;;) {
        while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
        if (i < stop && (text[i] === '\n' || text[i] === '\r')) {
          empties++;
          i = skipLineBreak(text, i);
        } else break;
      }
      if (empties === 0) push(out, ' ', breakAt);
      else for (let k = 0; k < empties; k++) push(out, '\n', breakAt);
      continue;
    }
    if (quote === "'" && c === "'" && text[i + 1] === "'") {
      push(out, "'", i);
      i += 2;
      continue;
    }
    if (quote === '"' && c === '\\') {
      const escaped = readEscape(text, i);
      if (escaped.lineJoin) {
        i = skipLineBreak(text, i + 1);
        while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
        continue;
      }
      push(out, escaped.char, i);
      i += escaped.length;
      continue;
    }
    push(out, c, i);
    i++;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function readEscape(text: string, at: number): { char: string; length: number; lineJoin?: boolean } {
  const c = text[at + 1];
  if (c === '\n' || c === '\r') return { char: '', length: 0, lineJoin: true };
  if (c in SIMPLE_ESCAPES) return { char: SIMPLE_ESCAPES[c], length: 2 };
  const size = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (size > 0) {
    const code = Number.parseInt(text.slice(at + 2, at + 2 + size), 16);
    if (Number.isFinite(code)) return { char: String.fromCodePoint(code), length: 2 + size };
  }
  return { char: c ?? '', length: 2 };
}

function skipLineBreak(text: string, i: number): number {
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i + 1;
}

function push(out: Built, char: string, offset: number): void {
  out.text += char;
  out.offsets.push(offset);
}

/** Indentation of the line holding `offset` (for explicit block indentation indicators). */
function lineIndentAt(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  // The parent's indentation is that of the key on this line (or of the dash's content).
  const match = /^(\s*)(?:-\s+)*/.exec(line);
  return match ? match[0].length : 0;
}
