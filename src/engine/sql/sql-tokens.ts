// Reads SQL as a list of tokens in which string literals and quoted names are kept exactly as written, so two texts
// can be compared for "the same SQL, only laid out differently".
import type { SqlLanguage } from 'sql-formatter';

/** Dialects in which a backslash escapes the next character inside quotes ('it\'s'). */
const BACKSLASH_ESCAPES = new Set<SqlLanguage>([
  'sql',
  'mysql',
  'mariadb',
  'tidb',
  'singlestoredb',
  'bigquery',
  'spark',
  'hive',
  'snowflake',
  'clickhouse',
  'n1ql',
]);
/** Dialects where `#` starts a comment. */
const HASH_COMMENTS = new Set<SqlLanguage>([
  'mysql',
  'mariadb',
  'tidb',
  'singlestoredb',
  'bigquery',
  'clickhouse',
  'n1ql',
]);
/** Dialects where `[name]` quotes a name. */
const BRACKET_NAMES = new Set<SqlLanguage>(['transactsql', 'sqlite']);
/** Dialects where block comments nest. */
const NESTED_COMMENTS = new Set<SqlLanguage>(['postgresql', 'duckdb', 'db2i', 'transactsql']);

export interface SqlTokens {
  /** Literals and quoted names as written (`L` + text), comments with their spacing collapsed, words and symbols. */
  tokens: string[];
  /** Where the literals and quoted names are, [start, end) offsets. */
  literals: Array<[number, number]>;
}

/**
 * Splits SQL into tokens. Text in quotes (strings, quoted names, `$$` bodies) is one token, byte for byte; comments
 * are one token each with runs of white space collapsed; everything else is words and single symbols, white space
 * dropped. A quote that never closes runs to the end, so anything after it counts as literal text.
 */
export function sqlTokens(sql: string, language: SqlLanguage): SqlTokens {
  const backslash = BACKSLASH_ESCAPES.has(language);
  const tokens: string[] = [];
  const literals: Array<[number, number]> = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let end = -1;
    let comment = false;
    if (c === "'" || c === '"' || c === '`') {
      // E'…' (PostgreSQL, DuckDB) always reads backslash escapes.
      const escaped =
        c !== '`' && (backslash || (c === "'" && /^[eE]$/.test(sql[i - 1] ?? '') && !/[\w$]/.test(sql[i - 2] ?? '')));
      end = closingQuote(sql, i, c, escaped);
    } else if (c === '[' && BRACKET_NAMES.has(language)) {
      end = closingQuote(sql, i, ']', false);
    } else if (c === '$') {
      end = dollarQuoteEnd(sql, i);
    } else if (
      (c === '-' && next === '-') ||
      (c === '#' && HASH_COMMENTS.has(language)) ||
      (c === '/' && next === '/' && language === 'snowflake')
    ) {
      end = lineEnd(sql, i);
      comment = true;
    } else if (c === '/' && next === '*') {
      end = blockCommentEnd(sql, i, NESTED_COMMENTS.has(language));
      comment = true;
    }
    if (end !== -1) {
      const text = sql.slice(i, end);
      if (comment) {
        tokens.push(`C${text.split(/\s+/).filter(Boolean).join(' ')}`);
      } else {
        tokens.push(`L${text}`);
        literals.push([i, end]);
      }
      i = end;
      continue;
    }
    const word = /^[\p{L}\p{N}_@]+/u.exec(sql.slice(i, i + 256));
    const length = word ? word[0].length : c.length;
    tokens.push(`W${sql.slice(i, i + length)}`);
    i += length;
  }
  return { tokens, literals };
}

/** The same SQL apart from white space and comment layout: every literal and quoted name byte for byte. */
export function sameSql(before: string, after: string, language: SqlLanguage): boolean {
  const a = sqlTokens(before, language).tokens;
  const b = sqlTokens(after, language).tokens;
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Removes spaces and tabs at line ends, except inside literals and quoted names, where they are content. */
export function trimLineEndsOutsideLiterals(sql: string, language: SqlLanguage): string {
  const { literals } = sqlTokens(sql, language);
  let out = '';
  let last = 0;
  for (const [start, end] of literals) {
    out += sql.slice(last, start).replace(/[ \t]+(?=\n)/g, '') + sql.slice(start, end);
    last = end;
  }
  return out + sql.slice(last).replace(/[ \t]+(?=\n|$)/g, '');
}

function closingQuote(sql: string, start: number, quote: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslash && c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (sql[i + 1] === quote && quote !== ']') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

/** `$$…$$` or `$tag$…$tag$`; -1 when `$` does not open one (a `$1` parameter, a `${…}` placeholder). */
function dollarQuoteEnd(sql: string, start: number): number {
  const open = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start, start + 64));
  if (!open) return -1;
  const close = sql.indexOf(open[0], start + open[0].length);
  return close === -1 ? sql.length : close + open[0].length;
}

function lineEnd(sql: string, start: number): number {
  const nl = sql.indexOf('\n', start);
  return nl === -1 ? sql.length : nl;
}

function blockCommentEnd(sql: string, start: number, nested: boolean): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth = nested ? depth + 1 : 1;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}
