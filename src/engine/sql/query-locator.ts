// Turns positions inside a quality rule's SQL query into ranges in the file, parsing the text only when needed.
import type { JsonPath, Position, Range } from '../types';
import { findQueryAt, findQueryScalars, type QueryDocument } from './query-scalars';
import { scalarOffsetMap } from './scalar-map';

export class QueryLocator {
  private documents?: QueryDocument[];
  private lineStarts?: number[];

  constructor(private readonly text: string) {}

  /**
   * The file range of [start, end) of the query at `path` (offsets in the query's value), kept on one line.
   * Falls back to the first line of the value when the scalar's form cannot be mapped exactly.
   */
  rangeOf(path: JsonPath, query: string, start: number, end: number): Range | undefined {
    this.documents ??= findQueryScalars(this.text);
    const found = findQueryAt(this.documents, path, query);
    if (!found?.node.range) return undefined;
    const map = scalarOffsetMap(this.text, found.node);
    const fileStart = map?.[Math.min(start, map.length - 1)];
    if (map === undefined || fileStart === undefined) {
      const valueStart = found.node.range[0];
      return { start: this.positionAt(valueStart), end: this.positionAt(this.lineEndAt(valueStart)) };
    }
    const lastIndex = Math.max(start, Math.min(end, map.length) - 1);
    const fileLast = map[lastIndex] ?? fileStart;
    const fileEnd = Math.min(fileLast + 1, this.lineEndAt(fileStart));
    return { start: this.positionAt(fileStart), end: this.positionAt(Math.max(fileStart, fileEnd)) };
  }

  private lineEndAt(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl === -1 ? this.text.length : nl;
    return this.text[end - 1] === '\r' ? end - 1 : end;
  }

  private positionAt(offset: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text[i] === '\n') this.lineStarts.push(i + 1);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low] };
  }
}

/** Offset in `sql` of a 0-based line and character. */
export function offsetInSql(sql: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = sql.indexOf('\n', offset);
    if (nl === -1) return sql.length;
    offset = nl + 1;
  }
  return Math.min(sql.length, offset + character);
}

// The three SQL rules of one lint share a locator, so the text is parsed for query positions at most once.
const locatorByParts = new WeakMap<object, QueryLocator>();

/** The locator for this lint (keyed by the lint's contract parts), created on first use. */
export function sharedQueryLocator(parts: object, text: string): QueryLocator {
  let locator = locatorByParts.get(parts);
  if (!locator) locatorByParts.set(parts, (locator = new QueryLocator(text)));
  return locator;
}
