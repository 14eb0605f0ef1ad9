// Applies text edits to a text, as an editor would: non-overlapping, from the end backwards.
import type { Position, TextEdit } from '../types';

export function offsetIn(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies the edits; an edit overlapping one already applied is skipped (its fix is left for the next pass). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits
    .map((edit, order) => ({
      edit,
      order,
      start: offsetIn(text, edit.range.start),
      end: offsetIn(text, edit.range.end),
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let result = text;
  let floor = Infinity;
  for (const { edit, start, end } of withOffsets) {
    if (end > floor) continue;
    result = result.slice(0, start) + edit.newText + result.slice(end);
    floor = start;
  }
  return result;
}
