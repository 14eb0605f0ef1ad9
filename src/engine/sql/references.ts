// Reads the tables and columns a simple quality query names. Deliberately conservative: anything beyond one
// SELECT over plain table names (CTEs, sub-queries, quoted or qualified names) yields no columns, so nothing is guessed.
import { maskLiteralsAndComments, protectPlaceholders } from './placeholders';

export interface NameRef {
  name: string;
  /** Offset in the SQL text. */
  offset: number;
}

export interface QueryReferences {
  /** Plain table names after FROM or JOIN. */
  tables: NameRef[];
  /** Plain column names in the SELECT list and WHERE clause; only for a single-table query without sub-queries. */
  columns: NameRef[];
  /** True when FROM or JOIN reads a placeholder such as {object}. */
  readsObjectPlaceholder: boolean;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Words that look like identifiers but are SQL: keywords, literals, date parts and niladic functions.
const SQL_WORDS = new Set(
  `
select from where and or not null is in like ilike rlike regexp similar to between case when then else end as distinct all any
some exists true false unknown on join inner left right full outer cross natural using group by order having limit offset
fetch first next rows row only asc desc nulls last union intersect except minus with recursive cast interval escape collate
current_date current_time current_timestamp current_user session_user user localtime localtimestamp sysdate systimestamp
getdate now today year month day hour minute second week quarter date time timestamp zone at over partition within filter
glob over window qualify top percent ties lateral unnest values default sample tablesample count sum avg min max
`
    .trim()
    .split(/\s+/),
);

export function readReferences(sql: string): QueryReferences {
  const protectedSql = protectPlaceholders(sql);
  const code = maskLiteralsAndComments(protectedSql.sql);
  const tokens = tokenize(code);
  const tables: NameRef[] = [];
  let readsObjectPlaceholder = false;
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    if (word !== 'from' && word !== 'join') return;
    const next = tokens[i + 1];
    if (!next) return;
    if (/^dclph\d+x+$/.test(next.text)) {
      readsObjectPlaceholder = true;
      return;
    }
    if (IDENT.test(next.text) && tokens[i + 2]?.text !== '.' && !SQL_WORDS.has(next.text.toLowerCase()))
      tables.push({ name: next.text, offset: next.offset });
  });
  return { tables, columns: simpleQuery(tokens) ? columnsOf(tokens) : [], readsObjectPlaceholder };
}

interface Token {
  text: string;
  offset: number;
}

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d+)?|"[^"]*"|`[^`]*`|\[[^\]]*\]|[(),.;*=<>!+\-/%|:]|\S/g;
  for (const m of code.matchAll(pattern)) tokens.push({ text: m[0], offset: m.index });
  return tokens;
}

/** One SELECT, one FROM over one table, no JOIN, no CTE, no set operation. */
function simpleQuery(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text.toLowerCase());
  const count = (w: string) => words.filter((x) => x === w).length;
  if (count('select') !== 1 || count('from') !== 1 || words[0] !== 'select') return false;
  if (
    ['join', 'with', 'union', 'intersect', 'except', 'minus', 'lateral', 'unnest', 'over', 'using'].some((w) =>
      words.includes(w),
    )
  )
    return false;
  const from = words.indexOf('from');
  const table = tokens[from + 1];
  // FROM a plain name or a placeholder, optionally followed by an alias, then WHERE/GROUP/ORDER/LIMIT or the end.
  if (!table || !IDENT.test(table.text)) return false;
  const after = words.slice(from + 2).filter((w) => w !== ';');
  const ends = ['where', 'group', 'order', 'limit', 'having', 'qualify'];
  return after.length === 0 || ends.includes(after[0]);
}

/** Plain identifiers used as values in the SELECT list and WHERE clause. */
function columnsOf(tokens: Token[]): NameRef[] {
  const words = tokens.map((t) => t.text.toLowerCase());
  const from = words.indexOf('from');
  const aliases = new Set<string>();
  tokens.forEach((t, i) => {
    if (words[i - 1] === 'as' && IDENT.test(t.text)) aliases.add(t.text.toLowerCase());
  });
  const out: NameRef[] = [];
  tokens.forEach((t, i) => {
    if (i === from + 1 || !IDENT.test(t.text) || /^dclph\d+x+$/.test(t.text)) return;
    const word = words[i];
    if (SQL_WORDS.has(word) || aliases.has(word)) return;
    if (words[i + 1] === '(' || words[i - 1] === '.' || words[i + 1] === '.') return; // functions and qualified names
    if (words[i - 1] === 'as' || words[i - 1] === ':') return; // aliases and casts such as x::int
    // An implicit alias right after a value ("count(*) n", "amount total"): not a column.
    const prev = tokens[i - 1]?.text;
    if (prev !== undefined && (prev === ')' || IDENT.test(prev)) && !SQL_WORDS.has(words[i - 1])) return;
    out.push({ name: t.text, offset: t.offset });
  });
  return out;
}
