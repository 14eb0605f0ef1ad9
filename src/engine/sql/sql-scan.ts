// Splits SQL into tokens the way a database reads it: text in quotes (strings, quoted names, `$$` bodies) and comments
// are one token each, so a keyword inside them is not a keyword; the rest is words and single symbols. The one reader
// serves both the read-only guard for custom SQL (which must see every keyword the database sees) and the formatter's
// check that formatting kept the SQL the same; each says how its dialect quotes and comments in a SqlSyntax.

/** How a dialect writes strings, quoted names and comments. */
export interface SqlSyntax {
  /** `\` escapes the next character inside '…' strings ('it\'s'). E'…' always reads escapes. */
  backslashInStrings: boolean;
  /** `\` escapes the next character inside "…" too. */
  backslashInDoubleQuotes: boolean;
  /** What "…" holds: a name in most dialects, a string in BigQuery. */
  doubleQuotes: 'quoted' | 'string';
  /** `` `name` `` quotes a name. */
  backtickNames: boolean;
  /** `[name]` quotes a name. */
  bracketNames: boolean;
  /** `$$…$$` and `$tag$…$tag$` are strings. */
  dollarQuotes: boolean;
  /** Block comments nest. */
  nestedComments: boolean;
  /** `#` starts a comment to the line end. */
  hashComments: boolean;
  /** `//` starts a comment to the line end. */
  slashComments: boolean;
  /** A character that may stand in a word besides letters, digits and `_`. */
  wordExtra: '$' | '@';
}

export type SqlTokenKind = 'string' | 'quoted' | 'comment' | 'word' | 'symbol';

export interface SqlToken {
  kind: SqlTokenKind;
  /** [start, end) offsets in the text. */
  start: number;
  end: number;
  /** false when a quote or a block comment is never closed: the token then runs to the end of the text. */
  closed: boolean;
}

const WORD = { $: /^[\p{L}\p{N}_$]+/u, '@': /^[\p{L}\p{N}_@]+/u } as const;
/** A character that continues a name in PostgreSQL and DuckDB, so that an E after it is no E'…' prefix. */
const NAME_END = /[\p{L}\p{N}_$]$/u;
const DOLLAR_QUOTE = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;
/** Words are read in pieces of at most this many characters, so a huge run of letters costs no more than others. */
const WORD_PIECE = 256;

export function scanSql(sql: string, syntax: SqlSyntax): SqlToken[] {
  const tokens: SqlToken[] = [];
  const word = WORD[syntax.wordExtra];
  let i = 0;
  const push = (kind: SqlTokenKind, end: number, closed = true) => {
    tokens.push({ kind, start: i, end, closed });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      const escaped = syntax.backslashInStrings || eStringAt(sql, i, tokens);
      const end = closingQuote(sql, i, "'", escaped);
      push('string', end < 0 ? sql.length : end, end >= 0);
    } else if (c === '"' || (c === '`' && syntax.backtickNames)) {
      const end = closingQuote(sql, i, c, c === '"' && syntax.backslashInDoubleQuotes);
      const kind = c === '"' && syntax.doubleQuotes === 'string' ? 'string' : 'quoted';
      push(kind, end < 0 ? sql.length : end, end >= 0);
    } else if (c === '[' && syntax.bracketNames) {
      const end = closingQuote(sql, i, ']', false);
      push('quoted', end < 0 ? sql.length : end, end >= 0);
    } else if (c === '$' && syntax.dollarQuotes && DOLLAR_QUOTE.test(sql.slice(i, i + 64))) {
      const open = DOLLAR_QUOTE.exec(sql.slice(i, i + 64))![0];
      const close = sql.indexOf(open, i + open.length);
      push('string', close < 0 ? sql.length : close + open.length, close >= 0);
    } else if (
      (c === '-' && next === '-') ||
      (c === '#' && syntax.hashComments) ||
      (c === '/' && next === '/' && syntax.slashComments)
    ) {
      const nl = sql.indexOf('\n', i);
      push('comment', nl < 0 ? sql.length : nl);
    } else if (c === '/' && next === '*') {
      const end = blockCommentEnd(sql, i, syntax.nestedComments);
      push('comment', end < 0 ? sql.length : end, end >= 0);
    } else {
      const found = word.exec(sql.slice(i, i + WORD_PIECE));
      push(found ? 'word' : 'symbol', i + (found ? found[0].length : 1));
    }
  }
  return tokens;
}

/**
 * Whether the quote at `i` opens PostgreSQL's and DuckDB's E'…', in which backslashes escape: a lone E (or e) stands
 * just before it. An E at the end of a name ('name', 'x$e') is not one; one right after a quote or a comment is.
 */
function eStringAt(sql: string, i: number, tokens: readonly SqlToken[]): boolean {
  const last = tokens.at(-1);
  if (last === undefined || last.kind !== 'word' || last.end !== i || !/[eE]/.test(sql[i - 1])) return false;
  const before = last.end - last.start === 1 ? tokens.at(-2) : undefined;
  if (before !== undefined && before.end === i - 1 && before.kind !== 'word' && before.kind !== 'symbol') return true;
  return !NAME_END.test(sql.slice(Math.max(0, i - 3), i - 1));
}

/** The offset just past the quote that closes the one at `start` (a doubled quote is text, `]]` is not); -1 if none. */
function closingQuote(sql: string, start: number, quote: string, backslash: boolean): number {
  for (let i = start + 1; i < sql.length; i++) {
    const c = sql[i];
    if (backslash && c === '\\') {
      i++;
      continue;
    }
    if (c === quote) {
      if (sql[i + 1] === quote && quote !== ']') {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

/** The offset just past the `*\/` that closes the comment at `start`; -1 if none. */
function blockCommentEnd(sql: string, start: number, nested: boolean): number {
  let depth = 0;
  for (let i = start; i < sql.length; i++) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth = nested ? depth + 1 : 1;
      i++;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
