// Whether a database column type fits the logicalType a contract declares (`integer` vs a text column is the
// commonest real failure). Types are read by family from the type names the databases report.

export type TypeFamily =
  'integer' | 'number' | 'string' | 'boolean' | 'date' | 'timestamp' | 'time' | 'object' | 'array';

export function typeFamily(databaseType: string): TypeFamily | undefined {
  const t = databaseType.trim().toLowerCase();
  if (/\[\]$|^array|^list|^_/.test(t)) return 'array';
  if (/^(struct|map|row|record|json|jsonb|object|variant|union)\b/.test(t)) return 'object';
  if (
    /^(u?(tinyint|smallint|integer|int|bigint|hugeint)|int[1248]|u?int(8|16|32|64|128)?|long|short|byte|serial|bigserial|smallserial|int64)\b/.test(
      t,
    )
  )
    return 'integer';
  if (/^(decimal|numeric|number|double|float|real|float[48]|float64|bignumeric|double precision|money)\b/.test(t))
    return 'number';
  if (/^(varchar|char|character|text|string|bpchar|name|uuid|citext|nvarchar|nchar|enum)\b/.test(t)) return 'string';
  if (/^(bool|boolean)\b/.test(t)) return 'boolean';
  if (/^date$/.test(t)) return 'date';
  if (/^(timestamp|datetime|timestamptz|timestamp_(ntz|ltz|tz|s|ms|ns))\b/.test(t)) return 'timestamp';
  if (/^(time|timetz)\b/.test(t)) return 'time';
  return undefined;
}

/** Which families each ODCS logicalType accepts. */
const ACCEPTS: Record<string, readonly TypeFamily[]> = {
  integer: ['integer'],
  number: ['number', 'integer'],
  string: ['string'],
  boolean: ['boolean'],
  date: ['date', 'timestamp'],
  timestamp: ['timestamp'],
  time: ['time'],
  object: ['object'],
  array: ['array'],
};

export type TypeVerdict = { fits: true } | { fits: false } | { unknown: string };

export function typeFits(logicalType: string, databaseType: string): TypeVerdict {
  const accepts = ACCEPTS[logicalType.trim().toLowerCase()];
  if (!accepts) return { unknown: `the logicalType '${logicalType}' is not one this tool compares with column types` };
  const family = typeFamily(databaseType);
  if (!family) return { unknown: `the column type ${databaseType} is not one this tool knows` };
  return accepts.includes(family) ? { fits: true } : { fits: false };
}
