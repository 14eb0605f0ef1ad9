// Maps a JSON path to YAML nodes and source ranges. Rules never compute offsets; this module does it once.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { JsonPath, Range, Target } from '../types';
import type { ParsedDocument, ParsedFile } from './yaml-file';
import { follow, offsetsIn, sourceTreeOf, type Reached, type Steps } from './source-tree';

export type Located = Reached<Node, Pair>;

const YAML_STEPS: Steps<Node, Pair> = {
  entry: (node, key) => (isMap(node) ? (node.items.find((item) => keyText(item) === key) ?? undefined) : null),
  item: (node, index) => (isSeq(node) ? (node.items[index] as Node | undefined) : null),
  value: (pair) => (pair.value ?? undefined) as Node | undefined,
};

export function locate(doc: Document.Parsed, path: JsonPath): Located {
  return follow((doc.contents ?? undefined) as Node | undefined, path, YAML_STEPS);
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
