// Maps a JSON path to YAML nodes and source ranges. Rules never compute offsets; this module does it once.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { JsonPath, Range, Target } from '../types';
import type { ParsedFile } from './yaml-file';
import { lineEnd } from './yaml-file';

export interface Located {
  /** The node at the path, or undefined when the path goes past what exists. */
  node?: Node;
  /** The mapping entry holding the node, when it is a map value. */
  pair?: Pair;
  /** How many path segments were found (equals path.length when the whole path exists). */
  depth: number;
  /** The deepest node found along the path. */
  deepest?: Node;
  deepestPair?: Pair;
}

export function locate(doc: Document.Parsed, path: JsonPath): Located {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => keyText(item) === String(segment));
      if (!found) break;
      pair = found;
      node = found.value ?? undefined;
      if (node === undefined) {
        depth++;
        return { pair, depth, deepest: undefined, deepestPair: pair };
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  const complete = depth === path.length;
  return {
    node: complete ? (node as Node) : undefined,
    pair: complete ? pair : undefined,
    depth,
    deepest: node as Node | undefined,
    deepestPair: pair,
  };
}

export function keyText(pair: Pair): string | undefined {
  const key = pair.key as unknown;
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}

/** The offsets [start, end) of the part of the path the target names. */
export function offsetsOf(file: ParsedFile, doc: Document.Parsed, path: JsonPath, target: Target): [number, number] {
  const text = file.text;
  const found = locate(doc, path);
  const node = found.node ?? found.deepest;
  const pair = found.node ? found.pair : found.deepestPair;
  const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
  const nodeRange = node?.range;

  if (path.length === 0 || (found.depth === 0 && !pair)) return rootOffsets(doc, text);

  if (target === 'key' || (target === 'value' && (isMap(node) || isSeq(node)))) {
    if (keyNode?.range) return [keyNode.range[0], keyNode.range[1]];
    // An array item: from its start (after the dash) to the end of its first key, or its first line.
    if (nodeRange) {
      if (isMap(node) && node.items[0] && isScalar(node.items[0].key) && node.items[0].key.range) {
        const first = node.items[0].key.range;
        return [dashBefore(text, nodeRange[0]), first[1]];
      }
      return [dashBefore(text, nodeRange[0]), Math.min(nodeRange[1], lineEnd(text, nodeRange[0]))];
    }
  }
  if (target === 'entry' && keyNode?.range) {
    const end = nodeRange ? nodeRange[1] : keyNode.range[1];
    return [keyNode.range[0], trimEnd(text, end)];
  }
  if (nodeRange) return [nodeRange[0], trimEnd(text, nodeRange[1])];
  if (keyNode?.range) return [keyNode.range[0], keyNode.range[1]];
  return rootOffsets(doc, text);
}

export function rangeOfPath(file: ParsedFile, doc: Document.Parsed, path: JsonPath, target: Target): Range {
  const [start, end] = offsetsOf(file, doc, path, target);
  return { start: file.positionAt(start), end: file.positionAt(Math.max(start, end)) };
}

function rootOffsets(doc: Document.Parsed, text: string): [number, number] {
  const contents = doc.contents;
  if (isMap(contents) && contents.items[0] && isScalar(contents.items[0].key) && contents.items[0].key.range) {
    const r = contents.items[0].key.range;
    return [r[0], r[1]];
  }
  const start = contents?.range?.[0] ?? doc.range?.[0] ?? 0;
  return [start, lineEnd(text, start)];
}

/** Include the '- ' of a sequence item when it sits just before the item on the same line. */
function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && text[i] === '-' ? i : offset;
}

/** Block scalars and collections end at the start of the next line; stop before trailing whitespace. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

export { isPair };
