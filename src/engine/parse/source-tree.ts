// Where each node of a YAML document sits in its text: just enough to name the range of any path. Built from the
// `yaml` library's document (sourceTreeOf) or by the fast parser (fast-yaml.ts); offsetsIn reads either the same way.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { JsonPath, Target } from '../types';
import { lineEnd } from './yaml-problems';

export type SourceNode = SourceScalar | SourceMap | SourceSeq;

interface SourceBase {
  /** Offset of the node's first character (a sequence's dash, a flow collection's bracket, a block scalar's `|`). */
  start: number;
  /**
   * Offset just past the node's content, trailing whitespace excluded: a block collection ends with its last line,
   * a comment on that line included. Undefined when the fast parser cannot tell (comment lines follow the node).
   */
  end: number | undefined;
}

export interface SourceScalar extends SourceBase {
  kind: 'scalar';
}

export interface SourceMap extends SourceBase {
  kind: 'map';
  pairs: SourcePair[];
}

export interface SourceSeq extends SourceBase {
  kind: 'seq';
  items: SourceNode[];
}

export interface SourcePair {
  /** The key as a path segment matches it; undefined for a missing key. */
  key: string | undefined;
  /** Offsets of a scalar key. */
  keyRange?: [number, number];
  value: SourceNode | undefined;
}

export interface SourceRoot {
  /** The document's content; undefined for an empty document. */
  contents: SourceNode | undefined;
  /** Where the document starts (for an empty one). */
  start: number;
}

const trees = new WeakMap<Document, SourceRoot>();

/** The source tree of a `yaml` document (built once per document). */
export function sourceTreeOf(doc: Document.Parsed, text: string): SourceRoot {
  let tree = trees.get(doc);
  if (!tree) {
    tree = { contents: fromNode(doc.contents ?? undefined, text), start: doc.range?.[0] ?? 0 };
    trees.set(doc, tree);
  }
  return tree;
}

function fromNode(node: Node | undefined, text: string): SourceNode | undefined {
  if (!node?.range) return undefined;
  const start = node.range[0];
  const end = trimEnd(text, node.range[1]);
  if (isMap(node)) {
    const pairs: SourcePair[] = node.items.map((item) => {
      const key = item.key as unknown;
      const keyNode = isScalar(key) ? key : undefined;
      return {
        key: keyNode ? String(keyNode.value) : key === null || key === undefined ? undefined : String(key),
        ...(keyNode?.range ? { keyRange: [keyNode.range[0], keyNode.range[1]] as [number, number] } : {}),
        value: item.value === null ? undefined : fromNode(item.value as Node, text),
      };
    });
    return { kind: 'map', start, end, pairs };
  }
  if (isSeq(node)) {
    const items: SourceNode[] = [];
    for (const item of node.items) {
      const built = fromNode(item as Node, text);
      // an item without a range cannot be located; it still takes its place in the list
      items.push(built ?? { kind: 'scalar', start, end: start });
    }
    return { kind: 'seq', start, end, items };
  }
  return { kind: 'scalar', start, end };
}

/** How far a path reaches into a tree: the node and entry at its end, or the deepest ones it found. */
export interface Reached<N, P> {
  /** The node at the path, or undefined when the path goes past what exists. */
  node?: N;
  /** The mapping entry holding the node, when it is a map value. */
  pair?: P;
  /** How many path segments were found (equals path.length when the whole path exists). */
  depth: number;
  /** The deepest node found along the path. */
  deepest?: N;
  deepestPair?: P;
}

/** How to step through one kind of tree: a map's entry by key, a list's item by index, an entry's value. */
export interface Steps<N, P> {
  /** The entry for `key` when `node` is a map (undefined when it has none); null when `node` is not a map. */
  entry(node: N | undefined, key: string): P | undefined | null;
  /** The item at `index` when `node` is a list; null when it is not one. */
  item(node: N | undefined, index: number): N | undefined | null;
  value(pair: P): N | undefined;
}

/** Follows a path through maps and lists as far as it exists (source trees and `yaml` documents alike). */
export function follow<N, P>(root: N | undefined, path: JsonPath, steps: Steps<N, P>): Reached<N, P> {
  let node = root;
  let pair: P | undefined;
  let depth = 0;
  for (const segment of path) {
    const found = steps.entry(node, String(segment));
    if (found !== null) {
      if (!found) break;
      pair = found;
      node = steps.value(found);
      if (node === undefined) {
        depth++;
        return { pair, depth, deepest: undefined, deepestPair: pair };
      }
    } else {
      const item = typeof segment === 'number' ? steps.item(node, segment) : null;
      if (item === undefined || item === null) break;
      pair = undefined;
      node = item;
    }
    depth++;
  }
  const complete = depth === path.length;
  return {
    node: complete ? node : undefined,
    pair: complete ? pair : undefined,
    depth,
    deepest: node,
    deepestPair: pair,
  };
}

const SOURCE_STEPS: Steps<SourceNode, SourcePair> = {
  entry: (node, key) => (node?.kind === 'map' ? node.pairs.find((p) => p.key === key) : null),
  item: (node, index) => (node?.kind === 'seq' ? node.items[index] : null),
  value: (pair) => pair.value,
};

/** The node at a path and the entry holding it, as far as the path exists (like locate for a `yaml` document). */
export function locateIn(root: SourceRoot, path: JsonPath): Reached<SourceNode, SourcePair> {
  return follow(root.contents, path, SOURCE_STEPS);
}

/**
 * The offsets [start, end) of the part of the path the target names: a key, a value, or a whole entry. Undefined
 * when the answer needs the end of a node the tree does not know (see SourceBase.end).
 */
export function offsetsIn(
  root: SourceRoot,
  text: string,
  path: JsonPath,
  target: Target,
): [number, number] | undefined {
  const found = locateIn(root, path);
  const node = found.node ?? found.deepest;
  const pair = found.node ? found.pair : found.deepestPair;
  const keyRange = pair?.keyRange;

  if (path.length === 0 || (found.depth === 0 && !pair)) return rootOffsets(root, text);

  const collection = node?.kind === 'map' || node?.kind === 'seq';
  if (target === 'key' || (target === 'value' && collection)) {
    if (keyRange) return [keyRange[0], keyRange[1]];
    // An array item: from its start (after the dash) to the end of its first key, or its first line.
    if (node) {
      const first = node.kind === 'map' ? node.pairs[0]?.keyRange : undefined;
      if (first) return [dashBefore(text, node.start), first[1]];
      // (a node whose end is unknown goes on past its first line: comment lines follow its content)
      const line = trimEnd(text, lineEnd(text, node.start));
      const end = node.end === undefined ? line : Math.min(node.end, line);
      return [dashBefore(text, node.start), Math.max(node.start, end)];
    }
  }
  if (target === 'entry' && keyRange) {
    if (!node) return [keyRange[0], keyRange[1]];
    return node.end === undefined ? undefined : [keyRange[0], node.end];
  }
  if (node) return node.end === undefined ? undefined : [node.start, node.end];
  if (keyRange) return [keyRange[0], keyRange[1]];
  return rootOffsets(root, text);
}

function rootOffsets(root: SourceRoot, text: string): [number, number] {
  const contents = root.contents;
  const first = contents?.kind === 'map' ? contents.pairs[0]?.keyRange : undefined;
  if (first) return [first[0], first[1]];
  const start = contents?.start ?? root.start;
  return [start, lineEnd(text, start)];
}

/** Include the '- ' of a sequence item when it sits just before the item on the same line. */
function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && text[i] === '-' ? i : offset;
}

/** Steps back over whitespace (what /\s/ matches) before `end`. */
export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

function isWhitespace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && /\s/.test(String.fromCharCode(c));
}
