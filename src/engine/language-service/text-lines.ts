// Small text helpers over a document's lines (the language service has no editor document to ask).
import type { TextEdit } from '../types';

export const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

export function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** The line each YAML document of the file starts on (documents are separated by `---` lines). */
export function documentStartLines(text: string): number[] {
  const lines = text.split('\n');
  const last = Math.max(0, lines.length - 1);
  const starts: number[] = [];
  let sawContent = false;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (/^---(\s|$)/.test(line)) {
      // Content before the first `---` is the first document; a `---` before any content opens it.
      if (starts.length === 0 && sawContent) starts.push(0);
      starts.push(Math.min(index + 1, last));
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('%')) {
      sawContent = true;
    }
  });
  return starts.length > 0 ? starts : [0];
}

/** One edit turning `before` into `after`: the changed middle only, so the cursor and folding stay where they were. */
export function diffEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return [
    {
      range: { start: positionAt(before, start), end: positionAt(before, endBefore) },
      newText: after.slice(start, endAfter),
    },
  ];
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
