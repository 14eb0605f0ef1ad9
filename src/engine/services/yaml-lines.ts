// A forgiving, line-based reading of block YAML: which key or list item each line opens, and the path of
// mappings and lists around it. It never fails, so the editor knows where the cursor is even while the
// user is half-way through typing a line that the YAML parser rejects.

export type Segment = string | number;

/** One open level around a line: a mapping key or a list item, and the column it starts at. */
export interface Frame {
  col: number;
  seg: Segment;
  isIndex: boolean;
}

export interface LineShape {
  /** Columns of the list dashes at the start of the line (`- - x` has two). */
  dashes: number[];
  /** Column where the content after indentation and dashes starts (the line length when there is none). */
  contentCol: number;
  key?: { text: string; start: number; end: number; colon: number };
  /** The value after `key:` (without a trailing comment) and where it starts. */
  value?: { text: string; start: number };
  /** Text content that is not a key (a list item value, a half-typed key, a continuation line). */
  bare?: { text: string; start: number };
  isComment: boolean;
  isBlank: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},:-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function shapeOf(line: string): LineShape {
  const dashes: number[] = [];
  let i = 0;
  while (line[i] === ' ') i++;
  if (i === line.length) return { dashes, contentCol: line.length, isComment: false, isBlank: true };
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    dashes.push(i);
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const rest = line.slice(i);
  if (rest.startsWith('#')) return { dashes, contentCol: i, isComment: dashes.length === 0, isBlank: false };
  const shape: LineShape = { dashes, contentCol: i, isComment: false, isBlank: false };
  if (rest === '') return shape;
  const match = KEY.exec(rest);
  if (match) {
    const raw = match[1];
    const text = unquote(raw);
    const colon = i + match[0].length - 1;
    shape.key = { text, start: i, end: i + raw.length, colon };
    let valueStart = colon + 1;
    while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++;
    shape.value = { text: stripComment(line.slice(valueStart)).trimEnd(), start: valueStart };
  } else {
    shape.bare = { text: stripComment(rest).trimEnd(), start: i };
  }
  return shape;
}

function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw.trim();
}

/** Drops a ` # comment` that is not inside quotes. */
function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || /[\s[{,]/.test(text[i - 1])) quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return text.slice(0, i);
    }
  }
  return text;
}

/** Closes the levels a key or dash at `col` ends, then opens the list item for each dash. */
export function applyDash(stack: Frame[], col: number): void {
  while (stack.length > 0 && stack[stack.length - 1].col > col) stack.pop();
  const top = stack[stack.length - 1];
  if (top && top.isIndex && top.col === col) {
    stack.pop();
    stack.push({ col, seg: (top.seg as number) + 1, isIndex: true });
  } else {
    stack.push({ col, seg: 0, isIndex: true });
  }
}

export function popForKey(stack: Frame[], col: number): void {
  while (stack.length > 0 && stack[stack.length - 1].col >= col) stack.pop();
}

export const pathOf = (stack: readonly Frame[]): Segment[] => stack.map((f) => f.seg);

/** A key found in the text, with the path of the mapping it belongs to. */
export interface KeyLine {
  line: number;
  key: string;
  parentPath: Segment[];
}

export interface ScanState {
  stack: Frame[];
  /** Set while inside a `key: |` block scalar: the key's column and path. */
  block?: { col: number; path: Segment[] };
  /** Set while a flow collection (`[`, `{`) is open across lines: the path of its key. */
  flow?: { depth: number; path: Segment[] };
}

/** Advances the scan by one line. Returns the key the line opens, if any. */
export function scanLine(state: ScanState, line: string, lineIndex: number): KeyLine | undefined {
  const shape = shapeOf(line);
  if (state.block) {
    if (shape.isBlank || indentOf(line) > state.block.col) return undefined;
    state.block = undefined;
  }
  if (state.flow) {
    state.flow.depth += bracketDelta(line);
    if (state.flow.depth <= 0) state.flow = undefined;
    return undefined;
  }
  if (shape.isBlank || shape.isComment) return undefined;
  for (const dash of shape.dashes) applyDash(state.stack, dash);
  if (!shape.key) return undefined;
  popForKey(state.stack, shape.key.start);
  const parentPath = pathOf(state.stack);
  state.stack.push({ col: shape.key.start, seg: shape.key.text, isIndex: false });
  const value = shape.value?.text ?? '';
  if (/^[|>][-+0-9]*$/.test(value)) state.block = { col: shape.key.start, path: [...parentPath, shape.key.text] };
  else if (/^[[{]/.test(value) && bracketDelta(value) > 0)
    state.flow = { depth: bracketDelta(value), path: [...parentPath, shape.key.text] };
  return { line: lineIndex, key: shape.key.text, parentPath };
}

export function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

function bracketDelta(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

/** The lines of the YAML document holding `line`, and the document's index in the file. */
export function documentAround(lines: readonly string[], line: number): { start: number; end: number; index: number } {
  let index = 0;
  let start = 0;
  let hasContent = false;
  for (let i = 0; i < lines.length; i++) {
    const isMarker = /^---(\s|$)/.test(lines[i]) || /^\.\.\.(\s|$)/.test(lines[i]);
    if (isMarker) {
      if (i >= line && i > 0) return { start, end: i, index };
      if (/^---/.test(lines[i]) && hasContent) index++;
      if (/^---/.test(lines[i])) hasContent = false;
      start = i + 1;
      continue;
    }
    if (!/^\s*(#.*)?$/.test(lines[i]) && !/^%/.test(lines[i])) hasContent = true;
  }
  return { start, end: lines.length, index };
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
