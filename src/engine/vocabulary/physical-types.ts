// Physical (database, file-format and engine) type names mapped to the families a logicalType can contradict.
// Deliberately conservative: a name this table does not know, or one that means different things in different
// systems, has no family, and a rule never reports a type it cannot place.

export type PhysicalFamily =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'numeric'
  | 'float'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'binary'
  | 'array'
  | 'object'
  | 'vector'
  | 'any';

const NAMES: Record<Exclude<PhysicalFamily, 'decimal' | 'numeric'>, string[]> = {
  text: [
    'char',
    'character',
    'varchar',
    'varchar2',
    'nvarchar',
    'nvarchar2',
    'nchar',
    'bpchar',
    'text',
    'tinytext',
    'mediumtext',
    'longtext',
    'ntext',
    'string',
    'clob',
    'nclob',
    'dbclob',
    'citext',
    'uuid',
    'uniqueidentifier',
    'xml',
    'character varying',
    'char varying',
    'national character',
    'national char',
    'national character varying',
    'long varchar',
    'fixedstring',
    'utf8',
    'largeutf8',
    'large_string',
    'enum',
    'enum8',
    'enum16',
    'graphic',
    'vargraphic',
  ],
  integer: [
    'int',
    'integer',
    'int1',
    'int2',
    'int4',
    'int8',
    'int16',
    'int32',
    'int64',
    'int128',
    'int256',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'uint128',
    'uint256',
    'tinyint',
    'smallint',
    'mediumint',
    'bigint',
    'byteint',
    'hugeint',
    'uhugeint',
    'utinyint',
    'usmallint',
    'uinteger',
    'ubigint',
    'serial',
    'serial2',
    'serial4',
    'serial8',
    'smallserial',
    'bigserial',
    'long',
    'short',
  ],
  float: [
    'float',
    'float4',
    'float8',
    'float16',
    'float32',
    'float64',
    'double',
    'double precision',
    'real',
    'binary_float',
    'binary_double',
    'decfloat',
  ],
  boolean: ['boolean', 'bool'],
  date: ['date', 'date32'],
  timestamp: [
    'timestamp',
    'timestamptz',
    'timestamp_tz',
    'timestamp_ntz',
    'timestamp_ltz',
    'timestamp_s',
    'timestamp_ms',
    'timestamp_ns',
    'timestamp_us',
    'timestampntz',
    'timestampltz',
    'datetime',
    'datetime2',
    'datetime64',
    'smalldatetime',
    'datetimeoffset',
    'timestamp-millis',
    'timestamp-micros',
    'timestamp-nanos',
    'local-timestamp-millis',
    'local-timestamp-micros',
    'local-timestamp-nanos',
    'timestamp_millis',
    'timestamp_micros',
    'timestamp_nanos',
  ],
  time: ['time', 'timetz', 'time-millis', 'time-micros', 'time_millis', 'time_micros', 'time_nanos'],
  binary: [
    'binary',
    'varbinary',
    'binary varying',
    'blob',
    'tinyblob',
    'mediumblob',
    'longblob',
    'bytea',
    'bytes',
    'image',
    'raw',
    'long raw',
    'byte_array',
    'fixed_len_byte_array',
    'varbyte',
    'large_binary',
    'largebinary',
  ],
  // A bare `list` is an array to Avro-minded tools but whitespace-separated text to XML Schema: only `list<…>` counts.
  array: ['array'],
  object: ['struct', 'record', 'row', 'object', 'map', 'hstore', 'tuple', 'named_struct'],
  vector: ['vector'],
  any: ['json', 'jsonb', 'variant', 'super', 'sql_variant', 'any', 'dynamic'],
};

const FAMILY_OF = new Map<string, PhysicalFamily>();
for (const [family, names] of Object.entries(NAMES))
  for (const name of names) FAMILY_OF.set(name, family as PhysicalFamily);

/** Exact-decimal names: the family depends on the scale (`NUMBER(38,0)` holds whole numbers, `decimal(10,2)` does not). */
const DECIMALS = new Set(['decimal', 'numeric', 'number', 'dec', 'bignumeric', 'bigdecimal']);
/** ClickHouse's `Decimal32(S)` … take the scale as their one parameter. */
const SCALE_ONLY_DECIMALS = new Set(['decimal32', 'decimal64', 'decimal128', 'decimal256']);
const MONEY = new Set(['money', 'smallmoney']);
/** Wrappers that do not change the type (ClickHouse). */
const WRAPPER = /^(?:nullable|lowcardinality)\s*\((.*)\)$/;
/** Modifiers that do not change the family. */
const MODIFIERS = /\s+(?:not\s+null|null|unsigned|signed|zerofill|(?:with|without)(?:\s+local)?\s+time\s+zone)\b/g;
/** A container written with its element or field types: `array<string>`, `ARRAY(VARCHAR)`, `map<k,v>`, `struct<…>`. */
const CONTAINER = /^([a-z_]+)\s*[<(]/;

/**
 * The families a physical type name can belong to: usually one, two when the name is ambiguous (`varchar[50]`
 * is a length to some tools and an array to PostgreSQL), none when it is unknown.
 */
export function physicalFamilies(raw: string): readonly PhysicalFamily[] {
  // Contracts repeat a few type names (`varchar(36)`, `date`) thousands of times: each is read once per run.
  let known = familiesByName.get(raw);
  if (!known) {
    if (familiesByName.size >= REMEMBERED_NAMES) familiesByName.clear();
    familiesByName.set(raw, (known = Object.freeze(familiesOf(raw))));
  }
  return known;
}

const familiesByName = new Map<string, readonly PhysicalFamily[]>();
const REMEMBERED_NAMES = 5000;

function familiesOf(raw: string): PhysicalFamily[] {
  let s = raw.trim().toLowerCase();
  if (s === '' || s.length > 200) return [];
  for (let m = WRAPPER.exec(s); m; m = WRAPPER.exec(s)) s = m[1].trim();
  s = s.replace(MODIFIERS, '').trim();

  if (/\[\s*\]$/.test(s)) return ['array']; // PostgreSQL: text[], integer[][]
  const sized = /^(.*?)\s*\[\s*\d+\s*\]$/.exec(s);
  if (sized) {
    const base = physicalFamilies(sized[1]);
    return base.length === 1 && base[0] !== 'array' ? [base[0], 'array'] : [];
  }

  const container = CONTAINER.exec(s);
  if (container) {
    const family = container[1] === 'list' ? 'array' : FAMILY_OF.get(container[1]);
    if (family === 'array' || family === 'object' || family === 'vector') return [family];
  }

  // Parameters: `varchar(20)`, `decimal(10, 2)`, `timestamp(3)`, `DecimalType(10,2)`.
  const params =
    /\(([^()]*)\)/
      .exec(s)?.[1]
      .split(',')
      .map((p) => p.trim()) ?? [];
  let name = s
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^[a-z]+type$/.test(name) && name !== 'type') name = name.slice(0, -'type'.length); // Spark: StringType, DecimalType

  if (DECIMALS.has(name)) return [decimalFamily(params[1] ?? (params.length === 1 ? '0' : undefined))];
  if (SCALE_ONLY_DECIMALS.has(name)) return params.length === 1 ? [decimalFamily(params[0])] : [];
  if (MONEY.has(name)) return ['decimal'];
  if (name === 'bit') return params.length === 0 || params[0] === '1' ? ['boolean'] : [];
  const family = FAMILY_OF.get(name);
  return family ? [family] : [];
}

function decimalFamily(scale: string | undefined): PhysicalFamily {
  if (scale === undefined || !/^\d+$/.test(scale)) return 'numeric';
  return Number(scale) === 0 ? 'integer' : 'decimal';
}

/** For each logicalType, the physical families that clearly contradict it. Anything else is accepted. */
const CONTRADICTIONS: Record<string, ReadonlySet<PhysicalFamily>> = {
  // A text column may hold anything written as text; only clearly non-text storage contradicts it. Binary is
  // accepted: ODCS has no binary logicalType before v3.2 and the official examples map bytea to string.
  string: new Set([
    'integer',
    'decimal',
    'numeric',
    'float',
    'boolean',
    'date',
    'timestamp',
    'time',
    'array',
    'object',
    'vector',
  ]),
  // Floating-point storage of whole numbers is common (JSON numbers); a fixed scale above 0 is not whole numbers.
  integer: new Set(['text', 'decimal', 'boolean', 'date', 'timestamp', 'time', 'binary', 'array', 'object', 'vector']),
  number: new Set(['text', 'boolean', 'date', 'timestamp', 'time', 'binary', 'array', 'object', 'vector']),
  // Flags are often stored as 0/1 or 'Y'/'N': integers and text are accepted.
  boolean: new Set(['decimal', 'float', 'date', 'timestamp', 'time', 'array', 'object', 'vector']),
  // Dates and times may be stored as text (with a format) or as numbers (epoch, yyyymmdd); before v3.1 `date`
  // was the only temporal logicalType, so a date may sit in a timestamp or time column.
  date: new Set(['boolean', 'array', 'object', 'vector']),
  timestamp: new Set(['boolean', 'time', 'array', 'object', 'vector']),
  time: new Set(['boolean', 'date', 'array', 'object', 'vector']),
  array: new Set(['integer', 'decimal', 'numeric', 'float', 'boolean', 'date', 'timestamp', 'time', 'object']),
  object: new Set([
    'integer',
    'decimal',
    'numeric',
    'float',
    'boolean',
    'date',
    'timestamp',
    'time',
    'array',
    'vector',
  ]),
  map: new Set(['integer', 'decimal', 'numeric', 'float', 'boolean', 'date', 'timestamp', 'time', 'array', 'vector']),
  vector: new Set(['integer', 'decimal', 'numeric', 'boolean', 'date', 'timestamp', 'time', 'object']),
};

/** The family of `physicalType` when it clearly contradicts `logicalType`; undefined when they fit or it is unclear. */
export function contradictingFamily(logicalType: string, physicalType: string): PhysicalFamily | undefined {
  const fire = CONTRADICTIONS[logicalType];
  if (!fire) return undefined;
  const families = physicalFamilies(physicalType);
  return families.length > 0 && families.every((f) => fire.has(f)) ? families[0] : undefined;
}

/** How a message describes a family: "'int' is a whole-number type". */
export const FAMILY_PHRASE: Record<PhysicalFamily, string> = {
  text: 'a text type',
  integer: 'a whole-number type',
  decimal: 'a decimal type with decimal places',
  numeric: 'a numeric type',
  float: 'a floating-point number type',
  boolean: 'a true/false type',
  date: 'a date type',
  timestamp: 'a date-and-time type',
  time: 'a time-of-day type',
  binary: 'a binary type',
  array: 'a list (array) type',
  object: 'a structured type (record, struct or map)',
  vector: 'a vector type',
  any: 'a type that holds any value',
};

/** The logicalType a scalar physical family corresponds to, for a suggestion; undefined for containers. */
export const LOGICAL_TYPE_FOR: Partial<Record<PhysicalFamily, string>> = {
  text: 'string',
  integer: 'integer',
  decimal: 'number',
  numeric: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  time: 'time',
};
