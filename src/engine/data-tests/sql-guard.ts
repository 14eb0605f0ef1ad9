// Custom SQL from a contract runs only when it is one read-only SELECT (or WITH … SELECT) statement. The text is
// tokenised for real (strings, quoted names, comments, dollar quotes), so a keyword inside a string is harmless and
// one outside a string is seen however it is dressed up. Placeholders are filled with quoted names first.
import type { Dialect } from './types';
import { DIALECT_SQL } from './dialects';
import { scanSql, type SqlSyntax, type SqlTokenKind } from '../sql/sql-scan';

export const MAX_QUERY_LENGTH = 20_000;

interface Token {
  kind: SqlTokenKind;
  text: string;
  start: number;
  end: number;
}

/** Statements and clauses that write, change settings, load code or reach outside the database. */
const REFUSED_WORDS = new Set([
  'insert',
  'update',
  'delete',
  'merge',
  'upsert',
  'create',
  'drop',
  'alter',
  'truncate',
  'grant',
  'revoke',
  'copy',
  'attach',
  'detach',
  'pragma',
  'install',
  'load',
  'set',
  'reset',
  'call',
  'exec',
  'execute',
  'vacuum',
  'export',
  'import',
  'checkpoint',
  'begin',
  'commit',
  'rollback',
  'savepoint',
  'listen',
  'notify',
  'prepare',
  'deallocate',
  'refresh',
  'reindex',
  'discard',
  'into',
  'unload',
  'msck',
  'undrop',
]);

/** Functions that read files, run other SQL, wait, or change the server, in the dialects this tool generates. */
const REFUSED_FUNCTION =
  /^(read_\w*|parquet_\w*|sniff_csv|csv_scan|json_scan|glob|query|query_table|getenv|pg_read_\w*|pg_ls_\w*|pg_stat_file|pg_sleep\w*|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_promote|pg_switch_wal|lo_\w+|dblink\w*|set_config|nextval|setval|system\$\w*)$/i;

export type Guarded = { ok: true; sql: string } | { ok: false; reason: string };

export interface PlaceholderValues {
  /** The quoted, qualified table. */
  table: string;
  /** The quoted column, when the rule sits on a property. */
  column?: string;
}

const OBJECT_NAMES = new Set(['object', 'table', 'model']);
const PROPERTY_NAMES = new Set(['property', 'column', 'field']);
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}|\$\{([A-Za-z_][\w.]*)(:-[^}\n]*)?\}|\{([A-Za-z_][\w.]*)\}/g;

/** The query with placeholders filled, when it is one read-only statement; otherwise why it is refused. */
export function guardQuery(query: string, dialect: Dialect, values: PlaceholderValues): Guarded {
  if (query.length > MAX_QUERY_LENGTH)
    return { ok: false, reason: `the query is over ${MAX_QUERY_LENGTH.toLocaleString('en-GB')} characters long` };
  const first = tokenize(query, dialect);
  if ('reason' in first) return { ok: false, reason: first.reason };
  // Fill placeholders in the code between strings and comments only.
  let sql = '';
  let last = 0;
  let unknown: string | undefined;
  const fill = (code: string) =>
    code.replace(PLACEHOLDER, (whole, a?: string, b?: string, _d?: string, c?: string) => {
      const name = (a ?? b ?? c ?? '').toLowerCase();
      if (OBJECT_NAMES.has(name)) return values.table;
      if (PROPERTY_NAMES.has(name) && values.column !== undefined) return values.column;
      unknown ??= whole;
      return whole;
    });
  for (const t of first.tokens) {
    if (t.kind === 'string' || t.kind === 'quoted' || t.kind === 'comment') {
      sql += fill(query.slice(last, t.start)) + t.text;
      last = t.end;
    }
  }
  sql += fill(query.slice(last));
  if (unknown !== undefined)
    return {
      ok: false,
      reason: PROPERTY_NAMES.has(unknown.replace(/[^A-Za-z]/g, '').toLowerCase())
        ? `the query uses ${unknown}, but the rule is on a schema object, not a property`
        : `the query uses ${unknown}, which this tool does not fill in`,
    };
  const second = tokenize(sql, dialect);
  if ('reason' in second) return { ok: false, reason: second.reason };
  const tokens = second.tokens.filter((t) => t.kind !== 'comment');
  const problem = readOnlyProblem(tokens);
  if (problem) return { ok: false, reason: problem };
  // A trailing semicolon is dropped: the runner wraps nothing around it, but some drivers refuse it.
  const end = tokens.at(-1);
  return { ok: true, sql: end?.text === ';' ? (sql.slice(0, end.start) + sql.slice(end.end)).trim() : sql.trim() };
}

function readOnlyProblem(tokens: Token[]): string | undefined {
  if (tokens.length === 0) return 'the query is empty';
  const firstWord = tokens.find((t) => t.text !== '(');
  const lead = firstWord?.kind === 'word' ? firstWord.text.toLowerCase() : '';
  if (lead !== 'select' && lead !== 'with')
    return `a check runs only a SELECT (or WITH … SELECT) query, and this one starts with '${firstWord?.text ?? ''}'`;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === ';' && i < tokens.length - 1) return 'a check runs one statement; remove everything after the ;';
    if (t.kind !== 'word') {
      if (t.kind === 'string' && /^(from|join)$/i.test(tokens[i - 1]?.text ?? ''))
        return 'the query reads a file named in a string; name a table instead';
      continue;
    }
    const word = t.text.toLowerCase();
    if (REFUSED_WORDS.has(word))
      return `the query contains '${t.text.toUpperCase()}', which is not allowed in a read-only check`;
    if (tokens[i + 1]?.text === '(' && REFUSED_FUNCTION.test(t.text))
      return `the query calls ${t.text}(), which is not allowed in a read-only check`;
  }
  return undefined;
}

/** How the dialect quotes and comments, as the database reads it. */
function syntaxOf(dialect: Dialect): SqlSyntax {
  const backslash = DIALECT_SQL[dialect].backslashEscapes;
  const bigquery = dialect === 'bigquery';
  return {
    backslashInStrings: backslash,
    backslashInDoubleQuotes: backslash && bigquery,
    doubleQuotes: bigquery ? 'string' : 'quoted',
    backtickNames: dialect === 'spark' || bigquery,
    bracketNames: false,
    dollarQuotes: dialect === 'postgres' || dialect === 'duckdb' || dialect === 'snowflake',
    nestedComments: dialect === 'postgres' || dialect === 'duckdb',
    hashComments: bigquery,
    slashComments: dialect === 'snowflake',
    wordExtra: '$',
  };
}

/** What a quote or comment that never closes is, by its first character. */
const UNCLOSED: Record<string, string> = {
  "'": 'the query has a string that is never closed',
  $: 'the query has a $$ string that is never closed',
  '/': 'the query has a comment that is never closed',
};

function tokenize(sql: string, dialect: Dialect): { tokens: Token[] } | { reason: string } {
  const scanned = scanSql(sql, syntaxOf(dialect));
  const last = scanned.at(-1);
  if (last && !last.closed)
    return { reason: UNCLOSED[sql[last.start]] ?? 'the query has a quoted name that is never closed' };
  const tokens: Token[] = [];
  for (const t of scanned) {
    const prefix = tokens.at(-1);
    // E'…' is one string: its E is no word of its own.
    if (sql[t.start] === "'" && prefix?.end === t.start && /^[eE]$/.test(prefix.text)) tokens.pop();
    tokens.push({ kind: t.kind, text: sql.slice(t.start, t.end), start: t.start, end: t.end });
  }
  return { tokens };
}
