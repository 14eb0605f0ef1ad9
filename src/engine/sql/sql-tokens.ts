// Reads SQL as a list of tokens in which string literals and quoted names are kept exactly as written, so two texts
// can be compared for "the same SQL, only laid out differently".
import type { SqlLanguage } from 'sql-formatter';
import { scanSql, type SqlSyntax } from './sql-scan';

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
  const tokens: string[] = [];
  const literals: Array<[number, number]> = [];
  for (const { kind, start, end } of scanSql(sql, syntaxOf(language))) {
    const text = sql.slice(start, end);
    if (kind === 'comment') {
      tokens.push(`C${text.split(/\s+/).filter(Boolean).join(' ')}`);
    } else if (kind === 'string' || kind === 'quoted') {
      tokens.push(`L${text}`);
      literals.push([start, end]);
    } else {
      tokens.push(`W${text}`);
    }
  }
  return { tokens, literals };
}

/** How the language quotes and comments; backticks and `$$` are read as quotes in every language, to be safe. */
function syntaxOf(language: SqlLanguage): SqlSyntax {
  const backslash = BACKSLASH_ESCAPES.has(language);
  return {
    backslashInStrings: backslash,
    backslashInDoubleQuotes: backslash,
    doubleQuotes: 'quoted',
    backtickNames: true,
    bracketNames: BRACKET_NAMES.has(language),
    dollarQuotes: true,
    nestedComments: NESTED_COMMENTS.has(language),
    hashComments: HASH_COMMENTS.has(language),
    slashComments: language === 'snowflake',
    wordExtra: '@',
  };
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
