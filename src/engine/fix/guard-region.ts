// Where the fix guard may check a fix on a block of the text instead of the whole file: the deepest block collection
// that holds every edit, sliced out so that it parses as it did in place.
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { JsonPath } from '../types';

export interface Region {
  /** Path of the collection whose text holds every edit ([] for the whole document). */
  path: JsonPath;
  start: number;
  end: number;
  /** Column the region starts at, restored with spaces so the slice parses as it did in place. */
  column: number;
  whole: boolean;
}

/** The deepest block collection whose content strictly holds [from, to]; an edit at a collection's end belongs to its parent. */
export function regionOf(doc: Document.Parsed, text: string, from: number, to: number): Region | undefined {
  let node = doc.contents as Node | null;
  if (!node || !isCollection(node) || !node.range) return undefined;
  let path: JsonPath = [];
  let best: { node: Node; path: JsonPath } | undefined;
  for (;;) {
    if (!isCollection(node) || !node.range) break;
    if (!holds(node, text, from, to)) break;
    best = { node, path };
    let next: { node: Node; key: string | number } | undefined;
    if (isMap(node)) {
      const items: readonly unknown[] = node.items;
      const pair: unknown =
        items[lastStartingBefore(items, (p) => (isPair(p) ? (p.value as Node | null) : null), from)];
      const v: Node | null = isPair(pair) ? (pair.value as Node | null) : null;
      if (isPair(pair) && isNode(v) && holds(v, text, from, to) && isScalar(pair.key))
        next = { node: v, key: String(pair.key.value) };
    } else if (isSeq(node)) {
      const items: readonly unknown[] = node.items;
      const i = lastStartingBefore(items, (n) => (isNode(n) ? n : null), from);
      const n: unknown = items[i];
      if (isNode(n) && holds(n, text, from, to)) next = { node: n, key: i };
    }
    if (!next || !isCollection(next.node)) break;
    node = next.node;
    path = [...path, next.key];
  }
  if (!best || best.path.length === 0 || !best.node.range)
    return { path: [], start: 0, end: text.length, column: 0, whole: true };
  const start = best.node.range[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let end = best.node.range[2];
  const nl = text.indexOf('\n', Math.max(end - 1, start));
  end = nl === -1 ? text.length : Math.max(end, nl + 1);
  return { path: best.path, start, end, column: start - lineStart, whole: false };
}

/** Whether [from, to] lies strictly inside the node's text (trailing blank space and line breaks not counted). */
function holds(node: Node, text: string, from: number, to: number): boolean {
  if (!node.range) return false;
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(text[end - 1])) end--;
  return node.range[0] < from && to < end;
}

/** Index of the last item whose node starts before `offset` (items are in text order), or -1. */
function lastStartingBefore<T>(items: readonly T[], nodeOf: (item: T) => Node | null, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = nodeOf(items[mid])?.range?.[0];
    // A pair without a value (rare) cannot hold an edit; searching on as if it started before keeps the order.
    if (start === undefined || start < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
