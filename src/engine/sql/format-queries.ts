// Formats every quality `query` of a YAML text as an indented `|` block, changing nothing else in the file.
import type { SqlLanguage } from 'sql-formatter';
import { format, isUnavailable } from './formatter';
import { parseAllDocuments } from 'yaml';
import type { JsonPath, TextEdit } from '../types';
import { textPositions } from '../parse/yaml-file';
import { dialectsForServers } from './dialect';
import { protectPlaceholders } from './placeholders';
import { findQueryScalars, type QueryScalar } from './query-scalars';
import { sameSql, trimLineEndsOutsideLiterals } from './sql-tokens';

/**
 * Formats one query in a dialect, keeping placeholders; undefined when the query cannot be read, or when the
 * formatted query is not the same SQL token for token, every string literal and quoted name byte for byte.
 */
export function formatSql(sql: string, language: SqlLanguage): string | undefined {
  const guarded = protectPlaceholders(sql);
  let formatted: string;
  try {
    formatted = guarded.restore(format(guarded.sql, { language, tabWidth: 2, keywordCase: 'preserve' }));
  } catch (error) {
    if (isUnavailable(error)) throw error;
    return undefined;
  }
  formatted = trimLineEndsOutsideLiterals(formatted, language);
  return sameSql(sql, formatted, language) ? formatted : undefined;
}

/**
 * Text edits that rewrite each quality query as a `|` block scalar of formatted SQL, indented under its key.
 * Queries that cannot be parsed, sit in flow collections, or are already formatted are left alone, so applying the
 * edits twice changes nothing the second time.
 */
export function formatQueries(text: string): TextEdit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const changes: Change[] = [];
  const documents = findQueryScalars(text);
  for (const document of documents) {
    const value = plainValue(document.doc);
    const servers =
      value.ok && value.value !== null && typeof value.value === 'object'
        ? (value.value as Record<string, unknown>).servers
        : undefined;
    const language = dialectsForServers(servers)[0];
    for (const query of document.queries) {
      const change = formatOne(text, query, language, eol);
      if (change) changes.push(change);
    }
  }
  if (changes.length === 0) return [];
  let kept = changes;
  if (!keepsEverythingElse(text, documents.length, kept)) {
    // One query the YAML block cannot carry unchanged must not hold back the others: keep those that pass alone.
    kept = changes.length === 1 ? [] : changes.filter((c) => keepsEverythingElse(text, documents.length, [c]));
    if (kept.length === 0 || !keepsEverythingElse(text, documents.length, kept)) return [];
  }
  const { positionAt } = textPositions(text);
  return kept.map((c) => ({ range: { start: positionAt(c.start), end: positionAt(c.end) }, newText: c.newText }));
}

interface Change {
  start: number;
  end: number;
  newText: string;
  path: JsonPath;
  documentIndex: number;
  value: string;
}

/** Re-reads the formatted text: every document must be the same data, with only the changed queries different. */
function keepsEverythingElse(text: string, documentCount: number, changes: Change[]): boolean {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start))
    out = out.slice(0, c.start) + c.newText + out.slice(c.end);
  const before = parseAllDocuments(text, { logLevel: 'error' });
  const after = parseAllDocuments(out, { logLevel: 'error' });
  if (!Array.isArray(before) || !Array.isArray(after) || after.length !== documentCount) return false;
  if (after.some((d) => d.errors.length > 0)) return false;
  return before.every((doc, i) => {
    const expected = plainValue(doc);
    const actual = plainValue(after[i]);
    if (!expected.ok || !actual.ok) return false;
    for (const c of changes) if (c.documentIndex === i) setAt(expected.value, c.path, c.value);
    return JSON.stringify(expected.value) === JSON.stringify(actual.value);
  });
}

/** The document as plain data; not ok when it cannot be built (too many aliases). */
function plainValue(doc: {
  toJS(options: { maxAliasCount: number }): unknown;
}): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

function setAt(root: unknown, path: JsonPath, value: unknown): void {
  let node = root as Record<string | number, unknown> | undefined;
  for (const segment of path.slice(0, -1)) node = node?.[segment] as Record<string | number, unknown> | undefined;
  if (node && typeof node === 'object') node[path[path.length - 1]] = value;
}

function formatOne(text: string, query: QueryScalar, language: SqlLanguage, eol: string): Change | undefined {
  const { node, pair } = query;
  if (query.inFlow || !node.range || !pair.key?.range || node.value.trim() === '') return undefined;
  const formatted = formatSql(node.value, language);
  if (formatted === undefined || formatted.trim() === '' || !BLOCK_SAFE.test(formatted)) return undefined;
  const keyColumn = pair.key.range[0] - lineStartOf(text, pair.key.range[0]);
  const pad = ' '.repeat(keyColumn + 2);
  const body = formatted
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join(eol);

  const start = node.range[0];
  const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  let end: number;
  let comment = '';
  if (isBlock) {
    const header = /^[|>][0-9+-]*([ \t]+#.*)?$/.exec(text.slice(start, lineEndOf(text, start)));
    if (!header) return undefined;
    comment = header[1] ?? '';
    end = trimmedEnd(text, node.range[1]);
  } else {
    end = node.range[1];
    const rest = text.slice(end, lineEndOf(text, end));
    if (rest.trim() !== '') {
      // A comment after a one-line query moves to the block header; anything else is not ours to move.
      if (!/^[ \t]+#/.test(rest)) return undefined;
      comment = rest.trimEnd();
      end += rest.trimEnd().length;
    }
  }
  const newText = `|${comment}${eol}${body}`;
  if (text.slice(start, end) === newText) return undefined; // already formatted
  return { start, end, newText, path: query.path, documentIndex: query.documentIndex, value: `${formatted}\n` };
}

/**
 * Text a `|` block carries as it is: no carriage return (a line break in YAML) and no character that must be
 * escaped, so a literal such as 'a\rb' keeps its query in the quotes it was written in.
 */
const BLOCK_SAFE = /^[^\r\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]*$/;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
