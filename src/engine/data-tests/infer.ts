// A first contract from the data itself: a profile of one table (column types, row count, nulls, distinct values)
// becomes an ODCS contract whose schema, types and `required` flags say what the data shows today. Everything the
// data cannot tell (the id, the Data Owner, what the data is for, what each column means, the domain) is a "TODO"
// placeholder that the todo-placeholder rule flags, so the contract lints with warnings at each of them and no
// errors. Suggested checks promise only what already holds: a row count above 0, no duplicates in a key column.
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { typeFamily, type TypeFamily } from './types-fit';
import { isNewContractVersion, NEW_CONTRACT_VERSIONS, type NewContractVersion } from '../config/settings';

/** What one column of a table holds, as measured by a runner. */
export interface ColumnProfile {
  name: string;
  /** The type as the database reports it (`BIGINT`, `character varying`). */
  type: string;
  nulls: number;
  /**
   * Distinct non-null values. It only decides whether to suggest `unique` for a column named like a key
   * (`keyLikeName`), so a runner may leave it out for other columns or approximate it.
   */
  distinct?: number;
  min?: string | number;
  max?: string | number;
  maxLength?: number;
}

export type ProfileSource =
  /** `path` is relative to where the contract will be saved, with `/` separators. */
  | { kind: 'file'; path: string; format: 'csv' | 'parquet' | 'json' }
  | { kind: 'postgres'; host?: string; port?: number; database?: string; schema: string; table: string };

export interface TableProfile {
  /** The table's name: the file's name without its extension, or the PostgreSQL table. */
  table: string;
  source: ProfileSource;
  rowCount: number;
  columns: ColumnProfile[];
}

export type InferVersion = NewContractVersion;
/** The versions a contract can be inferred in: those new contracts are written in. */
export const INFER_VERSIONS = NEW_CONTRACT_VERSIONS;
export const isInferVersion = isNewContractVersion;

export interface InferredContract {
  /** The contract as YAML text, ready to open or save. */
  text: string;
  /** What the user has to fill in or check, in plain words. */
  notes: string[];
}

/** Column names that plausibly name a key: `id`, `order_id`, `customerId`, `key`, `fine_key`. */
const KEY_NAME = /(^|[_\-\s.])(id|key)$|[a-z0-9](Id|ID|Key)$/;

/** The logicalType for a database type family; `undefined` (unknown types) is read as `string`. */
function logicalTypeOf(family: TypeFamily | undefined, version: InferVersion): string {
  const v30 = version === 'v3.0.2';
  switch (family) {
    case 'integer':
    case 'number':
    case 'boolean':
    case 'date':
    case 'object':
    case 'array':
    case 'string':
      return family;
    case 'timestamp':
      return v30 ? 'date' : 'timestamp';
    case 'time':
      return v30 ? 'string' : 'time';
    default:
      return 'string';
  }
}

/** Whether a column looks like a key whose values must never repeat: its name says so and no value repeats today. */
export function looksLikeKey(column: ColumnProfile, rowCount: number): boolean {
  return rowCount > 1 && column.nulls === 0 && (column.distinct ?? 0) >= rowCount && keyLikeName(column.name);
}

/** Whether a column's name says it is a key: `id`, `order_id`, `customerId`, `key`, `fine_key`. */
export function keyLikeName(name: string): boolean {
  return KEY_NAME.test(name.trim());
}

/** A comment safe to write into YAML: one line, no control characters, not too long. */
function commentText(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

/** An observed value, short and on one line, for a comment. */
const shown = (value: string | number) =>
  typeof value === 'number' ? String(value) : JSON.stringify(commentText(value));

/** The contract a table's profile suggests, in the ODCS version asked for (v3.1.0 by default). */
export function inferContract(profile: TableProfile, version: InferVersion = 'v3.1.0'): InferredContract {
  const v30 = version === 'v3.0.2';
  const table = profile.table.trim() || 'table';
  const rows = Math.max(0, Math.floor(profile.rowCount));
  const keys: string[] = [];
  const notes: string[] = [];

  const rowCountRule = v30
    ? { rule: 'rowCount', mustBeGreaterThan: 0, dimension: 'completeness' }
    : { metric: 'rowCount', mustBeGreaterThan: 0, dimension: 'completeness' };

  const properties = profile.columns.map((column) => {
    const family = typeFamily(column.type);
    const property: Record<string, unknown> = {
      name: column.name,
      logicalType: logicalTypeOf(family, version),
      physicalType: column.type,
      description: 'TODO - what the column holds',
    };
    if (rows > 0 && column.nulls === 0) property.required = true;
    if (looksLikeKey(column, rows)) {
      keys.push(column.name);
      property.unique = true;
      property.quality = [
        v30
          ? { rule: 'duplicateCount', mustBe: 0, dimension: 'uniqueness' }
          : { metric: 'duplicateValues', mustBe: 0, dimension: 'uniqueness' },
      ];
    }
    return property;
  });

  // ODCS requires host, port and database of a postgres server: the runner fills in the ones the connection used.
  const server =
    profile.source.kind === 'file'
      ? { server: 'local', type: 'local', path: profile.source.path, format: profile.source.format }
      : {
          server: 'postgres',
          type: 'postgres',
          host: profile.source.host || 'localhost',
          port: profile.source.port || 5432,
          database: profile.source.database || 'TODO-database',
          schema: profile.source.schema,
        };

  const team = v30
    ? [{ username: 'TODO-data-owner', role: 'Data Owner' }]
    : { name: 'TODO-team-name', members: [{ username: 'TODO-data-owner', role: 'Data Owner' }] };

  const contract = {
    apiVersion: version,
    kind: 'DataContract',
    id: 'TODO-contract-id',
    name: table,
    version: '0.1.0',
    status: 'draft',
    domain: 'TODO-domain',
    description: {
      purpose: 'TODO - what the data is for and who uses it',
      usage: 'TODO - how to use the data well',
      limitations: 'TODO - what the data must not be used for',
    },
    team,
    servers: [server],
    schema: [
      {
        name: table,
        physicalName: profile.source.kind === 'postgres' ? profile.source.table : table,
        physicalType: 'table',
        description: 'TODO - what the table holds',
        dataGranularityDescription: 'TODO - what one row stands for',
        properties,
        quality: [rowCountRule],
      },
    ],
  };

  const doc = new Document(contract);
  doc.commentBefore = ` ${commentText(
    `Inferred from ${sourceWords(profile.source)}: ${rows} rows, ${profile.columns.length} columns. Replace each TODO.`,
  )}`;
  const items = doc.getIn(['schema', 0, 'properties']);
  if (isSeq(items))
    profile.columns.forEach((column, i) => {
      const node = items.items[i];
      if (!isMap(node)) return;
      const seen = observed(column, rows);
      if (looksLikeKey(column, rows))
        seen.push('Every value differs and the name says it is a key: unique and a duplicate check are suggested.');
      if (seen.length > 0) (node as YAMLMap).commentBefore = seen.map((s) => ` ${commentText(s)}`).join('\n');
    });

  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });

  notes.push(
    'Fill in what the data cannot tell: the id, the domain, the team and its Data Owner, the purpose, and a description of the table and of each column (each is marked TODO).',
  );
  if (rows === 0)
    notes.push(`${sourceWords(profile.source)} holds no rows, so no column is marked required: check each one.`);
  else
    notes.push(
      'Columns without empty values are marked required: remove the flag where a value may be missing in future data.',
    );
  if (keys.length > 0)
    notes.push(
      `${keys.map((k) => `'${commentText(k)}'`).join(', ')} ${keys.length === 1 ? 'looks' : 'look'} like a key (every value is different): marked unique, with a duplicate check.`,
    );
  const unknown = profile.columns.filter((c) => typeFamily(c.type) === undefined);
  if (unknown.length > 0)
    notes.push(
      `${unknown.length === 1 ? 'One column has a type' : `${unknown.length} columns have types`} this tool does not know (${unknown
        .slice(0, 3)
        .map((c) => `'${commentText(c.name)}' ${commentText(c.type)}`)
        .join(
          ', ',
        )}${unknown.length > 3 ? ', …' : ''}): written as logicalType string, with the real type kept as physicalType.`,
    );
  return { text, notes };
}

function sourceWords(source: ProfileSource): string {
  return source.kind === 'file' ? `the file ${source.path}` : `the table ${source.schema}.${source.table}`;
}

/** What the data shows today about a column, for a comment: it is not a promise, so it is not written as one. */
function observed(column: ColumnProfile, rows: number): string[] {
  const parts: string[] = [];
  if (rows > 0 && column.nulls > 0)
    parts.push(`${column.nulls} of ${rows} rows ${column.nulls === 1 ? 'has' : 'have'} no value`);
  if (column.min !== undefined && column.max !== undefined)
    parts.push(`values seen from ${shown(column.min)} to ${shown(column.max)}`);
  if (column.maxLength !== undefined)
    parts.push(`longest value: ${column.maxLength} ${column.maxLength === 1 ? 'character' : 'characters'}`);
  return parts.length > 0 ? [`In the data: ${parts.join('; ')}.`] : [];
}
