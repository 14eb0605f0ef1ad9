// A people directory exported from HR or Entra ID: YAML (a list, or `people:`) or CSV with a header row.
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ParseOutput, PersonRecord, SourceWarning } from './model';

type Row = Record<string, unknown>;

const FIELD_ALIASES: Record<string, string[]> = {
  id: ['id', 'username', 'user', 'userprincipalname', 'login', 'handle'],
  name: ['name', 'displayname', 'display_name', 'fullname', 'full_name'],
  email: ['email', 'mail', 'e-mail'],
  team: ['team', 'teams', 'department', 'group'],
  role: ['role', 'title', 'jobtitle', 'job_title'],
  active: ['active', 'accountenabled', 'enabled', 'status'],
  aliases: ['aliases', 'github', 'github_handle'],
};

function field(row: Row, name: keyof typeof FIELD_ALIASES): unknown {
  for (const [k, v] of Object.entries(row)) if (FIELD_ALIASES[name].includes(k.toLowerCase().trim())) return v;
  return undefined;
}

function text(v: unknown): string | undefined {
  if (v == null) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** Yes/no in the ways exports write it; `status: left` or `inactive` means gone. */
function activeFrom(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = text(v)?.toLowerCase();
  if (!s) return undefined;
  if (['true', 'yes', 'y', '1', 'active', 'enabled'].includes(s)) return true;
  if (['false', 'no', 'n', '0', 'inactive', 'left', 'disabled', 'leaver'].includes(s)) return false;
  return undefined;
}

function personFromRow(row: Row, source: string): PersonRecord | string {
  const id = text(field(row, 'id')) ?? text(field(row, 'email'));
  if (!id) return 'row has no id or email; skipped';
  const email = text(field(row, 'email'));
  const teams = text(field(row, 'team'))
    ?.split(/[;|]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const aliases =
    text(field(row, 'aliases'))
      ?.split(/[;|,\s]+/)
      .filter(Boolean) ?? [];
  return {
    kind: 'person',
    id,
    name: text(field(row, 'name')),
    email,
    teams,
    title: text(field(row, 'role')),
    active: activeFrom(field(row, 'active')),
    aliases: [...(email ? [email] : []), ...aliases],
    source,
  };
}

export function parsePeopleDirectory(textIn: string, fileName: string): ParseOutput {
  return /\.csv$/i.test(fileName) ? parseCsvPeople(textIn, fileName) : parseYamlPeople(textIn, fileName);
}

function parseYamlPeople(source: string, fileName: string): ParseOutput {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return {
      records: [],
      warnings: [
        { file: fileName, line: err.linePos?.[0].line ?? 1, message: `not valid YAML: ${err.message.split('\n')[0]}` },
      ],
    };
  }
  let js: unknown;
  try {
    js = doc.toJS(); // Unresolved or excessive aliases throw here, before any row is read.
  } catch (error) {
    return {
      records: [],
      warnings: [
        {
          file: fileName,
          line: 1,
          message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  let list: Node | null | undefined = doc.contents as Node | null;
  if (isMap(list)) list = list.get('people', true) as Node | undefined;
  if (!isSeq(list)) {
    return {
      records: [],
      warnings: [{ file: fileName, line: 1, message: 'expected a list of people (or a `people:` list)' }],
    };
  }
  const records: PersonRecord[] = [];
  const warnings: SourceWarning[] = [];
  const rows: unknown[] = Array.isArray(js) ? js : ((js as { people?: unknown[] }).people ?? []);
  for (const [index, item] of list.items.entries()) {
    const line = item && (item as Node).range ? lineCounter.linePos((item as Node).range![0]).line : 1;
    const row = rows[index];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      warnings.push({ file: fileName, line, message: 'entry is not a mapping; skipped' });
      continue;
    }
    const person = personFromRow(row as Row, fileName);
    if (typeof person === 'string') warnings.push({ file: fileName, line, message: person });
    else records.push(person);
  }
  return { records, warnings };
}

/** RFC 4180 fields: quotes, doubled quotes, commas and newlines inside quotes. Returns rows with their start line. */
export function parseCsv(source: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
  return rows;
}

function parseCsvPeople(source: string, fileName: string): ParseOutput {
  const rows = parseCsv(source.replace(/^\uFEFF/, ''));
  if (rows.length === 0)
    return { records: [], warnings: [{ file: fileName, line: 1, message: 'empty people directory' }] };
  const header = rows[0].cells.map((h) => h.trim());
  if (
    !header.some((h) => FIELD_ALIASES.id.includes(h.toLowerCase()) || FIELD_ALIASES.email.includes(h.toLowerCase()))
  ) {
    return {
      records: [],
      warnings: [{ file: fileName, line: 1, message: 'header row needs an id (or email) column' }],
    };
  }
  const records: PersonRecord[] = [];
  const warnings: SourceWarning[] = [];
  for (const { cells, line } of rows.slice(1)) {
    if (cells.length !== header.length) {
      warnings.push({
        file: fileName,
        line,
        message: `expected ${header.length} columns, found ${cells.length}; row skipped`,
      });
      continue;
    }
    const row: Row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    const person = personFromRow(row, fileName);
    if (typeof person === 'string') warnings.push({ file: fileName, line, message: person });
    else records.push(person);
  }
  return { records, warnings };
}
