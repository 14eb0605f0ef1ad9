// Parses YAML text (YAML 1.2 core schema) into documents that keep their source ranges.
import { isCollection, isPair, isScalar, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import type { Position, Range } from '../types';
import { plainYamlMessage, yamlParserDetail } from './yaml-messages';
import { diagnoseErrors, lineEnd } from './yaml-problems';
import { sourceTreeOf, type SourceRoot } from './source-tree';
import { fastParse } from './fast-yaml';

/** Aliases beyond this count end conversion with a finding instead of exhausting memory. */
export const MAX_ALIAS_COUNT = 1000;
/**
 * Collections nested deeper than this end checking with a finding: real contracts stay far below it (a property
 * nested 20 deep is about 45 levels), and the parser and the checks recurse, so much deeper input would overflow
 * the call stack.
 */
export const MAX_NESTING_DEPTH = 100;

export interface YamlProblem {
  code: string;
  message: string;
  /** What the message leaves out (the parser's own words), for the finding's detail. */
  detail?: string;
  range: Range;
  severity: 'error' | 'warning';
  /** Offsets [start, end] of the text the parser had to recover after this error; what it read there is debris. */
  recovered?: [number, number];
}

export interface ParsedDocument {
  index: number;
  /** The `yaml` library's document; on the fast path it is parsed only when first read (fixes, editor services). */
  readonly doc: Document.Parsed;
  /** Where each node sits, for the ranges of findings; may leave some ends to the document (see source-tree.ts). */
  readonly tree: SourceRoot;
  /** Read by the fast parser: one document of plain YAML, without tags, anchors, aliases or problems. */
  readonly plain?: boolean;
  /** Plain JavaScript value of the document; undefined when it could not be built (alias bomb). */
  value: unknown;
  problems: YamlProblem[];
}

export interface ParsedFile {
  text: string;
  documents: ParsedDocument[];
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export interface ParseOptions {
  /**
   * Read plain one-document files with the fast parser (fast-yaml.ts) and parse the `yaml` document only when
   * something asks for it: checking stays exact and seldom needs it. Other files take the usual path.
   */
  fast?: boolean;
}

export function parseYamlFile(text: string, options: ParseOptions = {}): ParsedFile {
  // js-yaml counts every node, scalars too: a file nested too deep for the `yaml` path never takes this one
  const fast = options.fast ? fastParse(text, MAX_NESTING_DEPTH + 1) : undefined;
  if (fast) {
    let doc: Document.Parsed | undefined;
    const document: ParsedDocument = {
      index: 0,
      get doc() {
        return (doc ??= parseAllDocuments(text, YAML_OPTIONS)[0] as Document.Parsed);
      },
      tree: fast.tree,
      plain: true,
      value: fast.value,
      problems: [],
    };
    return { text, documents: [document], ...textPositions(text) };
  }
  // logLevel 'error': the library would otherwise print warnings (e.g. about collection keys) on the host's console.
  // merge: YAML 1.1 merge keys (`<<: *defaults`), which PyYAML-based ODCS tools read, are expanded so the merged keys
  // are checked; the file is told once that they are YAML 1.1 only (see docs/yaml-merge-keys.md).
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const { positionAt, offsetAt } = textPositions(text);
  const rangeOf = (start: number, end: number): Range => ({
    start: positionAt(start),
    end: positionAt(Math.max(start, end)),
  });

  let mergeKeyReported = false;
  const documents = list.map((doc, index): ParsedDocument => {
    const problems: YamlProblem[] = [];
    const tooDeep = firstTooDeep(doc);
    const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (tooDeep !== undefined || exhausted) {
      // The parser's own report ("Maximum call stack size exceeded") is replaced by one that says what is wrong.
      const start = tooDeep ?? exhausted?.pos[0] ?? 0;
      problems.push({
        code: 'DEPTH_LIMIT',
        severity: 'error',
        message: `Flatten the structure here: the document is nested over ${MAX_NESTING_DEPTH} levels deep, too deep to check.`,
        detail: `Nothing in this document was checked further: it nests more than ${MAX_NESTING_DEPTH} levels of lists and maps.`,
        range: rangeOf(start, lineEnd(text, start)),
      });
      return withTree({ index, doc, value: undefined, problems }, text);
    }
    for (const d of diagnoseErrors(doc, text, doc.errors)) {
      problems.push({
        code: d.code,
        severity: 'error',
        message: d.message,
        ...(d.detail ? { detail: d.detail } : {}),
        range: rangeOf(d.cause[0], d.cause[1]),
        recovered: d.recovered,
      });
    }
    for (const warning of doc.warnings) problems.push(warningProblem(warning, text, rangeOf));
    const merge = mergeKeyReported ? undefined : firstMergeKey(doc);
    if (merge) {
      mergeKeyReported = true;
      problems.push({
        code: 'MERGE_KEY',
        severity: 'warning',
        message: "Write the keys out if YAML 1.2 tools must read the file: merge keys ('<<') are YAML 1.1 only.",
        detail: 'The merged keys were checked as if written here.',
        range: rangeOf(merge[0], merge[1]),
      });
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      value = undefined;
      const start = doc.contents?.range?.[0] ?? 0;
      problems.push({
        code: 'ALIAS_LIMIT',
        severity: 'error',
        message: `Remove aliases from this document: it expands more than ${MAX_ALIAS_COUNT} of them, like an alias bomb.`,
        detail: 'The document was not checked further.',
        range: rangeOf(start, lineEnd(text, start)),
      });
      void error;
    }
    return withTree({ index, doc, value, problems }, text);
  });
  return { text, documents, positionAt, offsetAt };
}

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error', merge: true } as const;

/** A parsed document whose source tree is built from its `yaml` document when first read. */
function withTree(document: Omit<ParsedDocument, 'tree'>, text: string): ParsedDocument {
  return {
    ...document,
    get tree() {
      return sourceTreeOf(document.doc, text);
    },
  };
}

function warningProblem(warning: YAMLError, text: string, rangeOf: (s: number, e: number) => Range): YamlProblem {
  const [start, end] = warning.pos;
  const stop = end <= start ? Math.min(text.length, start + 1) : end;
  return {
    code: warning.code,
    severity: 'warning',
    message: plainYamlMessage(warning.code, warning.message),
    ...(detailOf(warning) ? { detail: detailOf(warning) } : {}),
    range: rangeOf(start, stop),
  };
}

const detailOf = (warning: YAMLError): string | undefined => yamlParserDetail(warning.code, warning.message);

export { lineEnd };

/**
 * Range of the first merge key (`<<` unquoted) of the document, in document order. Walked with a stack rather than
 * the library's `visit`, which copies the path to every node: that took 15% of the time on deep contracts.
 */
function firstMergeKey(doc: Document.Parsed): [number, number] | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      if (isScalar(node.key) && typeof node.key.value === 'symbol' && node.key.range)
        return [node.key.range[0], node.key.range[1]];
      stack.push(node.value, node.key);
    } else if (isCollection(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return undefined;
}

/** Offset of the first collection nested deeper than MAX_NESTING_DEPTH, found without recursion. */
function firstTooDeep(doc: Document.Parsed): number | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_NESTING_DEPTH) return node.range?.[0] ?? 0;
    const children: unknown[] = [];
    for (const item of node.items) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return undefined;
}

/** Converts between offsets and line/character positions of `text` (offsets out of range are clamped to it). */
export function textPositions(text: string): Pick<ParsedFile, 'positionAt' | 'offsetAt'> {
  const lineStarts = computeLineStarts(text);
  const positionAt = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const line = lineIndexOf(lineStarts, clamped);
    return { line, character: clamped - lineStarts[line] };
  };
  const offsetAt = (position: Position): number => {
    const start = lineStarts[position.line];
    if (start === undefined) return text.length;
    return Math.min(start + position.character, text.length);
  };
  return { positionAt, offsetAt };
}

/** Offsets where each line starts ('\n' ends a line; a '\r' before it stays part of the line's end). */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndexOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
