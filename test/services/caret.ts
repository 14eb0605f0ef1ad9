// Caret markers for service tests: `owner: da|` → the text without the marker and the 0-based position of `|`.
import type { Position } from '../../src/engine/types';

export function caret(marked: string, marker = '|'): { text: string; position: Position } {
  const offset = marked.indexOf(marker);
  if (offset === -1) throw new Error(`No caret marker '${marker}' in test text`);
  if (marked.indexOf(marker, offset + 1) !== -1) throw new Error(`More than one caret marker '${marker}' in test text`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const before = marked.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}
