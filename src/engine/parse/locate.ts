// Maps a JSON path to YAML nodes and source ranges. Rules never compute offsets; this module does it once.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { JsonPath, Range, Target } from '../types';
import type { ParsedDocument, ParsedFile } from './yaml-file';
import { offsetsIn, sourceTreeOf } from './source-tree';

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

/** The offsets [start, end) of the part of the path the target names (see offsetsIn). */
export function offsetsOf(file: ParsedFile, doc: Document.Parsed, path: JsonPath, target: Target): [number, number] {
  // a tree built from a `yaml` document knows every end
  return offsetsIn(sourceTreeOf(doc, file.text), file.text, path, target) ?? [0, 0];
}

export function rangeOfPath(file: ParsedFile, doc: Document.Parsed, path: JsonPath, target: Target): Range {
  return rangeFromOffsets(file, offsetsOf(file, doc, path, target));
}

/** The range of a path in a parsed document, from its source tree; the `yaml` document only if the tree cannot tell. */
export function rangeIn(file: ParsedFile, parsed: ParsedDocument, path: JsonPath, target: Target): Range {
  const offsets = offsetsIn(parsed.tree, file.text, path, target) ?? offsetsOf(file, parsed.doc, path, target);
  return rangeFromOffsets(file, offsets);
}

function rangeFromOffsets(file: ParsedFile, [start, end]: [number, number]): Range {
  return { start: file.positionAt(start), end: file.positionAt(Math.max(start, end)) };
}

export { isPair };
