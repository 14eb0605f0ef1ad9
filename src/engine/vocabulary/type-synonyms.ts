// Type names from SQL, Python or JSON that people write as an ODCS logicalType. Each stands for exactly one ODCS
// type, so writing that type changes the form, not the meaning: offered as a safe fix, like a misspelling.
const LOGICAL_TYPE_SYNONYMS: Readonly<Record<string, string>> = {
  datetime: 'timestamp',
  timestamptz: 'timestamp',
  timestamp_ntz: 'timestamp',
  timestamp_tz: 'timestamp',
  int: 'integer',
  bigint: 'integer',
  smallint: 'integer',
  long: 'integer',
  bool: 'boolean',
  float: 'number',
  double: 'number',
  decimal: 'number',
  numeric: 'number',
  text: 'string',
  varchar: 'string',
  char: 'string',
  str: 'string',
};

/** The allowed value a type name from another system stands for, when `allowed` has it. */
export function typeSynonym(found: string, allowed: readonly string[]): string | undefined {
  const meant = LOGICAL_TYPE_SYNONYMS[found.trim().toLowerCase()];
  return meant !== undefined && allowed.includes(meant) ? meant : undefined;
}
