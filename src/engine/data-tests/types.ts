// The checks a contract makes about its data, and their results. Pure data: the engine builds checks and SQL, a
// runner in src/node/data executes the SQL and hands the numbers back to be judged here.
import type { OPERATORS } from '../model/model-quality';
import type { Range } from '../types';

export type DataCheckType =
  | 'objectExists'
  | 'propertyExists'
  | 'logicalType'
  | 'required'
  | 'unique'
  | 'primaryKey'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'minLength'
  | 'maxLength'
  | 'format'
  | 'nullValues'
  | 'missingValues'
  | 'invalidValues'
  | 'duplicateValues'
  | 'rowCount'
  | 'sql'
  | 'latency'
  | 'freshness'
  | (string & {});

/** A quality operator, as the contract model knows them. */
export type Operator = (typeof OPERATORS)[number];

export interface Expectation {
  operator: Operator;
  value: number | [number, number];
  /** rows: a count; percent: a share of all rows, 0–100; for an SLA, the unit of age (seconds inside). */
  unit: 'rows' | 'percent' | 'seconds';
}

/** What a check measures, in terms the SQL generator understands. */
export type Measure =
  | { kind: 'none' }
  | { kind: 'rowCount' }
  | { kind: 'nulls'; columns: string[] }
  | { kind: 'missing'; column: string; values: Array<string | number | boolean> }
  | { kind: 'notIn'; column: string; values: Array<string | number | boolean> }
  /** `format` is the logicalTypeOptions format the pattern stands for, for messages. */
  | { kind: 'notMatching'; column: string; pattern: string; format?: string }
  /** A bound the value must not cross; a date or timestamp bound is ISO text, compared `as` that type. */
  | { kind: 'below'; column: string; bound: number | string; inclusive: boolean; as?: 'date' | 'timestamp' }
  | { kind: 'above'; column: string; bound: number | string; inclusive: boolean; as?: 'date' | 'timestamp' }
  | { kind: 'shorter'; column: string; length: number }
  | { kind: 'longer'; column: string; length: number }
  | { kind: 'duplicates'; columns: string[] }
  /** Rows that break a key: a null in any key column, or a repeated key. */
  | { kind: 'keyBroken'; columns: string[] }
  | { kind: 'newest'; column: string }
  | { kind: 'sql'; query: string };

export interface DataCheck {
  /** Stable id: `fines.amount_pence.quality[0]`, `fines.fine_id.required`, `slaProperties[0]`. */
  id: string;
  /** The schema object's name as the contract writes it. */
  schema: string;
  /** The property's name (dotted for nested ones), null for a table-level check. */
  property: string | null;
  type: DataCheckType;
  /** Where the rule (or key) is in the contract, 0-based. */
  range: Range;
  expected?: Expectation;
  measure: Measure;
  /** Why the check cannot run here; a skipped check is listed, never dropped. */
  skipped?: string;
  /** Why the check is broken as written (a refused query, an absurd pattern); it is reported as an error. */
  invalid?: string;
  /** For latency and freshness: the unit the SLA is written in, and its length in seconds. */
  slaUnit?: string;
  slaUnitSeconds?: number;
  /** For logicalType: the type the contract declares. */
  logicalType?: string;
  /** The column of the property in the data (physicalName, else name); undefined for a table-level check. */
  column?: string;
  /** A short name for messages: the property, or the key columns. */
  subject: string;
}

export interface DataProperty {
  name: string;
  /** The column name in the data (physicalName, else name). */
  column: string;
  logicalType?: string;
}

export interface DataObject {
  name: string;
  /** The table (or file) name in the data (physicalName, else name). */
  table: string;
  properties: DataProperty[];
}

export interface DataServer {
  server: string;
  type: string;
  /** Every other scalar field of the server, as written (host, path, format, schema, …). */
  fields: Record<string, string | number | boolean>;
}

export interface ContractTests {
  objects: DataObject[];
  checks: DataCheck[];
  servers: DataServer[];
  /** Why nothing can be tested (not a contract, YAML that cannot be read). */
  problem?: string;
}

export type CheckStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface CheckResult {
  check: DataCheck;
  status: CheckStatus;
  /** The measured number (a percent when the rule says `unit: percent`; an age in the SLA's unit). */
  actual?: number;
  /** "mustBe 0", "mustBeLessOrEqualTo 1 d" */
  expected?: string;
  message: string;
  query?: string;
  /** Up to 5 offending rows or values of a failed check. */
  sample?: unknown[];
}

export type Dialect = 'duckdb' | 'postgres' | 'trino' | 'athena' | 'spark' | 'snowflake' | 'bigquery';

export const DIALECTS: readonly Dialect[] = ['duckdb', 'postgres', 'trino', 'athena', 'spark', 'snowflake', 'bigquery'];
