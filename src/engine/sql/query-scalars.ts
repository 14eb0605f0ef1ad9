// Finds the `query` values of quality rules in a YAML text, with their source nodes.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { JsonPath } from '../types';

export interface QueryScalar {
  documentIndex: number;
  /** e.g. ['schema', 0, 'properties', 2, 'quality', 0, 'query'] */
  path: JsonPath;
  pair: Pair<Scalar, Scalar>;
  node: Scalar & { value: string };
  /** True when the query sits in a flow collection (`{ query: … }`), where a block scalar cannot go. */
  inFlow: boolean;
}

export interface QueryDocument {
  index: number;
  doc: Document.Parsed;
  queries: QueryScalar[];
}

/** Parses the text and lists every quality query of every document that parsed without errors. */
export function findQueryScalars(text: string): QueryDocument[] {
  const docs = parseAllDocuments(text, { keepSourceTokens: true, uniqueKeys: false, logLevel: 'error' });
  if (!Array.isArray(docs)) return [];
  return docs.map((doc, index) => ({
    index,
    doc,
    queries: doc.errors.length > 0 ? [] : queriesOf(doc.contents as Node | null, index),
  }));
}

function queriesOf(root: Node | null, documentIndex: number): QueryScalar[] {
  const found: QueryScalar[] = [];
  const walk = (node: unknown, path: JsonPath, inFlow: boolean) => {
    if (isMap(node)) {
      const flow = inFlow || !!node.flow;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const here = [...path, key];
        if (
          key === 'query' &&
          path[path.length - 2] === 'quality' &&
          isScalar(pair.value) &&
          typeof pair.value.value === 'string'
        ) {
          found.push({
            documentIndex,
            path: here,
            pair: pair as Pair<Scalar, Scalar>,
            node: pair.value as Scalar & { value: string },
            inFlow: flow,
          });
        } else {
          walk(pair.value, here, flow);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], inFlow || !!node.flow));
    }
  };
  walk(root, [], false);
  return found;
}

/** The query at `path` whose value is `value`, in whichever document holds it. */
export function findQueryAt(documents: QueryDocument[], path: JsonPath, value: string): QueryScalar | undefined {
  const key = JSON.stringify(path);
  for (const d of documents) {
    const hit = d.queries.find((q) => JSON.stringify(q.path) === key && q.node.value === value);
    if (hit) return hit;
  }
  return undefined;
}
