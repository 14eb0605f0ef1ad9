// Where the cursor is in the contract: on a key (or where a key is being typed) or in a value, with the JSON
// path around it. Works line by line, so it answers on broken, half-typed text as well as on valid YAML.
import type { Position, Range } from '../types';
import {
  applyDash,
  documentAround,
  indentOf,
  pathOf,
  popForKey,
  scanLine,
  shapeOf,
  splitLines,
  type ScanState,
  type Segment,
} from './yaml-lines';

export interface CursorPath {
  /** 'key': on a key or where one can be typed; 'value': in the value of a key or of a list item. */
  kind: 'key' | 'value';
  /** The mapping (for a key) or the key / list item (for a value) the cursor belongs to. */
  parentPath: Segment[];
  /** The key under the cursor (a complete key) or whose value the cursor is in. */
  key?: string;
  /** parentPath plus the key when there is one: the path a hover or guidance is about. */
  path: Segment[];
  /** The word typed so far, from its start to the cursor. */
  prefix: string;
  /** The whole word or value to replace when a completion is accepted. */
  range: Range;
  /** The whole key, when the cursor is on a key that has a colon. */
  keyRange?: Range;
  /** Keys already present in the mapping at parentPath (key kind), without the one under the cursor. */
  existingKeys: string[];
  /** In the lines of a `key: |` block (e.g. an SQL query). */
  inBlockScalar: boolean;
  /** Inside `[ … ]` or `{ … }`. */
  inFlow: boolean;
  /** The line's text before the cursor. */
  linePrefix: string;
  /** The cursor line starts a list item (`- `) and has no key yet: a list value may be typed here too. */
  onListItem: boolean;
  documentIndex: number;
}

const WORD = /[^\s:[\]{},'"#]*$/;

export function pathAtPosition(text: string, position: Position): CursorPath {
  const lines = splitLines(text);
  const lineIndex = Math.max(0, Math.min(position.line, lines.length - 1));
  const line = lines[lineIndex] ?? '';
  const character = Math.max(0, Math.min(position.character, line.length));
  const doc = documentAround(lines, lineIndex);
  const state: ScanState = { stack: [] };
  const keyLines: Array<{ line: number; key: string; parent: string }> = [];
  let before: ScanState | undefined;
  for (let i = doc.start; i < doc.end; i++) {
    if (i === lineIndex)
      before = { stack: [...state.stack], block: state.block, flow: state.flow && { ...state.flow } };
    const found = scanLine(state, lines[i], i);
    if (found && i !== lineIndex) keyLines.push({ line: i, key: found.key, parent: JSON.stringify(found.parentPath) });
  }
  const at = before ?? { stack: [] };
  const linePrefix = line.slice(0, character);
  const base = { linePrefix, documentIndex: doc.index, onListItem: false, inBlockScalar: false, inFlow: false };
  const rangeOn = (start: number, end: number): Range => ({
    start: { line: lineIndex, character: start },
    end: { line: lineIndex, character: end },
  });
  const existing = (parentPath: Segment[]) => {
    const id = JSON.stringify(parentPath);
    return [...new Set(keyLines.filter((k) => k.parent === id).map((k) => k.key))];
  };
  const valueAt = (path: Segment[], extra: Partial<CursorPath>, wordStart: number, wordEnd: number): CursorPath => ({
    ...base,
    kind: 'value',
    parentPath: path.slice(0, -1),
    key: typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : undefined,
    path,
    prefix: line.slice(wordStart, character),
    range: rangeOn(wordStart, wordEnd),
    existingKeys: [],
    ...extra,
  });

  // Inside a block scalar or a flow collection that started on an earlier line.
  if (at.block && (line.trim() === '' || indentOf(line) > at.block.col)) {
    const start = character - (WORD.exec(linePrefix)?.[0].length ?? 0);
    return valueAt(at.block.path, { inBlockScalar: true }, start, wordEndFrom(line, character));
  }
  if (at.flow) {
    const start = character - (WORD.exec(linePrefix)?.[0].length ?? 0);
    return valueAt(at.flow.path, { inFlow: true }, start, wordEndFrom(line, character));
  }

  const shape = shapeOf(line);
  const stack = [...at.stack];
  const dashesBefore = shape.dashes.filter((d) => d < character);
  for (const dash of dashesBefore) applyDash(stack, dash);

  if (shape.key && character > shape.key.colon) {
    popForKey(stack, shape.key.start);
    const path = [...pathOf(stack), shape.key.text];
    const value = line.slice(shape.value?.start ?? character);
    const flowOpen = /^[[{]/.test(value) && character > (shape.value?.start ?? line.length);
    if (flowOpen) {
      const inner = line.slice(0, character);
      const start = Math.max(inner.lastIndexOf('['), inner.lastIndexOf('{'), inner.lastIndexOf(','));
      let wordStart = start + 1;
      while (line[wordStart] === ' ' && wordStart < character) wordStart++;
      return valueAt(path, { inFlow: true }, wordStart, wordEndFrom(line, character));
    }
    const valueStart = Math.min(shape.value?.start ?? character, character);
    const valueEnd = Math.max(valueStart + (shape.value?.text.length ?? 0), character);
    return valueAt(path, { inBlockScalar: false }, valueStart, valueEnd);
  }

  if (shape.key && character >= shape.key.start) {
    popForKey(stack, shape.key.start);
    const parentPath = pathOf(stack);
    return {
      ...base,
      kind: 'key',
      parentPath,
      key: shape.key.text,
      path: [...parentPath, shape.key.text],
      prefix: line.slice(shape.key.start, character),
      range: rangeOn(shape.key.start, shape.key.end),
      keyRange: rangeOn(shape.key.start, shape.key.end),
      existingKeys: existing(parentPath).filter((k) => k !== shape.key?.text),
    };
  }

  // No complete key before the cursor: a key (or a list value) is being typed at the word's column.
  const word = WORD.exec(linePrefix)?.[0] ?? '';
  const wordStart = character - word.length;
  const typedAfterDash = shape.dashes.length > 0 && dashesBefore.length === shape.dashes.length;
  const contentCol =
    linePrefix.trim() === '' || linePrefix.trimEnd().endsWith('-') ? character : Math.min(shape.contentCol, wordStart);
  popForKey(stack, contentCol);
  const parentPath = pathOf(stack);
  return {
    ...base,
    kind: 'key',
    parentPath,
    path: parentPath,
    prefix: word,
    range: rangeOn(wordStart, wordEndFrom(line, character)),
    existingKeys: existing(parentPath),
    onListItem: typedAfterDash,
  };
}

/** The end of the word the cursor is in (completions replace the whole word). */
function wordEndFrom(line: string, character: number): number {
  let end = character;
  while (end < line.length && !/[\s:[\]{},'"#]/.test(line[end])) end++;
  return end;
}
