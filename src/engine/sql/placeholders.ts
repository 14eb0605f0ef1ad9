// Placeholders that data-quality tools replace before running a query (`{object}`, `${model}`, `{{ property }}`, …),
// and ODCS v3.2.0 variables (`${DB_SCHEMA}`, `${CUTOFF:-2024-01-01}`, RFC 0050), which tooling resolves in any string.

/**
 * Names tools replace. datacontract-cli replaces `{model}`, `{table}`, `{object}`, `{schema}`, `{dataset}`,
 * `{project}`, `{catalog}` and `{database}` (the table, or the server's value when it has one) and, in a rule on a
 * property, `{field}`, `{column}` and `{property}` (the column), each written `{…}` or `${…}`.
 */
export const OBJECT_PLACEHOLDERS = [
  'object',
  'table',
  'model',
  'schema',
  'dataset',
  'project',
  'catalog',
  'database',
] as const;
export const PROPERTY_PLACEHOLDERS = ['property', 'column', 'field'] as const;
const KNOWN = new Set<string>([...OBJECT_PLACEHOLDERS, ...PROPERTY_PLACEHOLDERS]);

export interface Placeholder {
  /** The placeholder as written, e.g. `${object}`. */
  text: string;
  /** The name inside, e.g. `object`. */
  name: string;
  /** Offset in the SQL text. */
  offset: number;
  /** A tool replaces it, or it is an ODCS variable (`${NAME}`, `${NAME:-default}`) resolved before use. */
  known: boolean;
  refersTo?: 'object' | 'property';
  /** An ODCS v3.2.0 variable rather than a placeholder a quality tool fills in. */
  variable?: boolean;
}

// {{ name }} | ${name} or ${NAME:-default} | {name}
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}|\$\{([A-Za-z_][\w.]*)(:-[^}\n]*)?\}|\{([A-Za-z_][\w.]*)\}/g;

/** Placeholders outside string literals and comments. */
export function findPlaceholders(sql: string): Placeholder[] {
  const code = maskLiteralsAndComments(sql);
  const found: Placeholder[] = [];
  for (const match of code.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? match[2] ?? match[4];
    const lower = name.toLowerCase();
    const text = sql.slice(match.index, match.index + match[0].length);
    // `${…}` with a default, or with a name no tool replaces, is an ODCS variable.
    const variable = match[2] !== undefined && (match[3] !== undefined || !KNOWN.has(lower));
    if (variable) {
      found.push({ text, name, offset: match.index, known: true, variable });
      continue;
    }
    const refersTo = (OBJECT_PLACEHOLDERS as readonly string[]).includes(lower)
      ? 'object'
      : (PROPERTY_PLACEHOLDERS as readonly string[]).includes(lower)
        ? 'property'
        : undefined;
    found.push({ text, name, offset: match.index, known: KNOWN.has(lower), refersTo });
  }
  return found;
}

export interface Protected {
  /** The SQL with every placeholder replaced by a plain identifier of the same length where possible. */
  sql: string;
  /** Puts the original placeholders back into (formatted) SQL. */
  restore(text: string): string;
}

/**
 * Replaces placeholders by identifiers SQL parsers accept, so a query can be parsed or formatted, then restored.
 * Same-length stand-ins keep error positions right.
 */
export function protectPlaceholders(sql: string): Protected {
  const placeholders = findPlaceholders(sql);
  if (placeholders.length === 0) return { sql, restore: (text) => text };
  const standIns = new Map<string, string>();
  let out = '';
  let last = 0;
  placeholders.forEach((p, i) => {
    const base = `dclph${i}x`;
    const standIn = base.length >= p.text.length ? base : base + 'x'.repeat(p.text.length - base.length);
    standIns.set(standIn, p.text);
    out += sql.slice(last, p.offset) + standIn;
    last = p.offset + p.text.length;
  });
  out += sql.slice(last);
  const pattern = new RegExp([...standIns.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  return { sql: out, restore: (text) => text.replace(pattern, (standIn) => standIns.get(standIn) ?? standIn) };
}

/** Blanks out string literals, quoted identifiers' contents and comments, keeping every offset. */
export function maskLiteralsAndComments(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    let end = -1;
    if (c === "'") end = closingQuote(sql, i, "'");
    else if (c === '-' && next === '-') end = lineEndOf(sql, i);
    else if (c === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      end = close === -1 ? sql.length : close + 2;
    }
    if (end === -1) {
      out += c;
      i++;
    } else {
      out += sql.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    }
  }
  return out;
}

function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

function lineEndOf(sql: string, start: number): number {
  const nl = sql.indexOf('\n', start);
  return nl === -1 ? sql.length : nl;
}
