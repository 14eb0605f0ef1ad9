// Guidance for tables (schema objects), their columns (properties), type constraints, maps and relationships.
import { g, type GuidanceTable } from './guidance-types';

export const SCHEMA: GuidanceTable = {
  name: g(
    'The name of the table, view, topic or file, as analysts refer to it in queries and reports.',
    'name: orders',
    { rules: ['unique-names', 'naming-convention', 'relationship-target-exists'] },
  ),
  physicalType: g(
    'What the object physically is in its system: a table, a view, a topic, a file.',
    'physicalType: table',
  ),
  description: g(
    'What the table holds and who uses it. Say more than the name does.',
    'description: Orders placed in the web shop, including cancelled ones.',
    { dimension: 'documentation', rules: ['schema-description'] },
  ),
  businessName: g(
    'The name the business uses for this data, when it differs from the technical name.',
    'businessName: Customer orders',
    { dimension: 'documentation' },
  ),
  logicalType: g('The kind of thing a schema object is. For a table it is always object.', 'logicalType: object'),
  physicalName: g(
    'The exact name in the database or storage, when it differs from name (schema prefix, case).',
    'physicalName: sales.orders_v2',
  ),
  dataGranularityDescription: g(
    'What one row stands for. Without it, people count or join the data wrongly.',
    'dataGranularityDescription: One row per order line; an order with three items has three rows.',
    { dimension: 'documentation', rules: ['no-granularity-description'] },
  ),
  properties: g(
    'The columns or fields of the table, each with its name, type and meaning.',
    'properties:\n  - name: order_id\n    logicalType: string\n    primaryKey: true\n    required: true\n    description: Identifier of the order.',
  ),
  relationships: g(
    'Which columns of this table refer to other tables (foreign keys), so joins are documented and can be checked.',
    'relationships:\n  - type: foreignKey\n    from: orders.customer_id\n    to: customers.customer_id',
    { dimension: 'consistency', rules: ['relationship-target-exists', 'relationship-arity'] },
  ),
  quality: g(
    'Checks on the whole table, such as how many rows it should have or that it reconciles with its source.',
    'quality:\n  - type: library\n    metric: rowCount\n    mustBeGreaterThan: 0\n    dimension: completeness',
    { dimension: 'completeness', rules: ['row-count-bounds'] },
  ),
  deprecated: g(
    'Marks a table that should no longer be used for new work. It stays documented and checked until it is removed.',
    'deprecated: true\ndescription: Replaced by orders_v2; removed after March 2027.',
    { good: 'The description says what to use instead and when the table goes.', rules: ['deprecated-still-used'] },
  ),
  synonyms: g(
    'Other names people use for the table: a business term, an abbreviation, its name in another language. Catalogues and AI assistants use them to find it.',
    'synonyms:\n  - synonym: Sales orders\n  - synonym: Archebion\n    locale: cy-GB',
    { dimension: 'documentation', rules: ['duplicate-synonym'] },
  ),
  context: g(
    'Guidance on this table for people and AI assistants: how to query it, questions with checked answers, what not to do with it. A single text is read as instructions.',
    'context:\n  instructions: One row per order line; sum quantity rather than counting rows to count items.',
    { dimension: 'documentation' },
  ),
};

export const PROPERTY: GuidanceTable = {
  name: g('The column or field name, exactly as it appears in queries.', 'name: order_id', {
    rules: ['unique-names', 'naming-convention'],
  }),
  physicalType: g('The column type in the database, such as VARCHAR(20) or TIMESTAMP.', 'physicalType: VARCHAR(20)'),
  description: g(
    'What the value means, its unit and any special values. Say more than the column name does.',
    'description: Total paid by the customer in pounds, including VAT; 0 for free orders.',
    { dimension: 'documentation', rules: ['property-description'] },
  ),
  businessName: g(
    'The name the business uses for this column, when it differs from the technical name.',
    'businessName: Order number',
    { dimension: 'documentation' },
  ),
  primaryKey: g(
    'Marks the column (or one of the columns) that identifies a row. Nothing else in the table may share its value.',
    'primaryKey: true\nrequired: true\nunique: true',
    {
      dimension: 'uniqueness',
      good: 'Every table has a primary key, marked required and unique, with null and duplicate checks.',
      rules: ['primary-key-required-unique', 'primary-key-quality-checks'],
    },
  ),
  primaryKeyPosition: g(
    'For a key made of several columns, the position of this column in the key, counting from 1.',
    'primaryKey: true\nprimaryKeyPosition: 2',
    { dimension: 'uniqueness', rules: ['key-position-sequence'] },
  ),
  logicalType: g(
    'The kind of values the column holds, independent of the database: text, number, date and so on.',
    'logicalType: timestamp',
    {
      dimension: 'validity',
      good: 'The narrowest type that fits: integer rather than number, date rather than string.',
    },
  ),
  logicalTypeOptions: g(
    'Limits on the values for the logical type: lengths, patterns, ranges, formats. Tools can check the data against them.',
    'logicalType: string\nlogicalTypeOptions:\n  pattern: "^ORD-[0-9]{6}$"\n  maxLength: 10',
    { dimension: 'validity', rules: ['logical-type-options-fit', 'min-max-order'] },
  ),
  physicalName: g('The exact column name in storage, when it differs from name.', 'physicalName: ORDER_ID'),
  required: g('Says a value must always be present (never null or empty).', 'required: true', {
    dimension: 'completeness',
    good: 'true for keys and for every column reports rely on; back it with a nullValues check.',
    rules: ['primary-key-required-unique'],
  }),
  unique: g('Says no two rows may have the same value in this column.', 'unique: true', {
    dimension: 'uniqueness',
    rules: ['primary-key-required-unique'],
  }),
  partitioned: g(
    'Says the data is stored in partitions by this column, which makes filtering on it fast.',
    'partitioned: true\npartitionKeyPosition: 1',
  ),
  partitionKeyPosition: g(
    'The position of this column among the partition columns, counting from 1.',
    'partitionKeyPosition: 1',
    { rules: ['key-position-sequence'] },
  ),
  classification: g(
    'How sensitive the values are, using your organisation’s agreed labels. Personal data always needs one.',
    'classification: OFFICIAL-SENSITIVE',
    {
      good: 'One of the agreed values, e.g. OFFICIAL or OFFICIAL-SENSITIVE under the Government Security Classifications.',
      rules: ['personal-data-unclassified', 'unknown-classification'],
    },
  ),
  encryptedName: g(
    'The name of the column that holds the encrypted version of this value.',
    'encryptedName: email_encrypted',
  ),
  transformSourceObjects: g(
    'The tables or files this value is derived from.',
    'transformSourceObjects:\n  - payments.transactions',
  ),
  transformLogic: g(
    'The logic (often SQL) that derives this value from its sources; for a measure, how it is aggregated.',
    'transformLogic: SUM(amount)',
    { dimension: 'consistency', rules: ['measure-transform-logic'] },
  ),
  transformDescription: g(
    'The derivation in plain words, for people who do not read SQL.',
    'transformDescription: Sum of all payments made for the order.',
    { dimension: 'documentation' },
  ),
  examples: g(
    'A few typical values. They help people recognise the column and catch misunderstandings.',
    'examples:\n  - ORD-000123\n  - ORD-004567',
    { dimension: 'documentation', rules: ['examples-match-type'] },
  ),
  criticalDataElement: g(
    'Marks a column whose errors would hurt important decisions. Identifying critical data is step 1 of a data-quality action plan.',
    'criticalDataElement: true\nquality:\n  - type: library\n    metric: nullValues\n    mustBe: 0',
    {
      dimension: 'accuracy',
      good: 'Every critical data element has at least one quality check.',
      rules: ['critical-data-element-quality'],
    },
  ),
  relationships: g(
    'Which column in another table this column refers to (a foreign key).',
    'relationships:\n  - type: foreignKey\n    to: customers.customer_id',
    { dimension: 'consistency', rules: ['relationship-target-exists', 'relationship-arity'] },
  ),
  quality: g(
    'Checks on this column’s values: no missing values, no duplicates, only valid values.',
    'quality:\n  - type: library\n    metric: nullValues\n    mustBe: 0\n    dimension: completeness',
    { dimension: 'completeness', rules: ['primary-key-quality-checks', 'critical-data-element-quality'] },
  ),
  properties: g(
    'The fields inside a value of logical type object (a nested record).',
    'logicalType: object\nproperties:\n  - name: street\n    logicalType: string',
  ),
  items: g(
    'What each item of a list looks like, for a column of logical type array.',
    'logicalType: array\nitems:\n  logicalType: string',
  ),
  semanticType: g(
    'The role the column plays in analysis: column (a stored value, the default), measure (a figure you aggregate, such as total sales, with its formula in transformLogic) or dimension (a category you group and filter by, such as region).',
    'semanticType: measure\ntransformLogic: SUM(amount)',
    {
      dimension: 'consistency',
      good: 'Every measure says how it is aggregated in transformLogic, so everyone computes it the same way.',
      rules: ['measure-transform-logic'],
    },
  ),
  enum: g(
    'The only values the column may hold, each with a label and its meaning. Tools can check the data against the list.',
    'enum:\n  - value: pending\n    label: Pending\n    description: Received, not yet processed.\n  - value: shipped\n    label: Shipped',
    {
      dimension: 'validity',
      good: 'Every value the data uses, each described; any invalidValues check lists the same values.',
      rules: ['enum-valid-values-agree'],
    },
  ),
  map: g(
    'For a column of logical type map (key/value pairs, like a dictionary): what the keys are and what the values are.',
    'logicalType: map\nmap:\n  key:\n    logicalType: string\n  value:\n    logicalType: integer',
    { dimension: 'validity' },
  ),
  deprecated: g(
    'Marks a column that should no longer be used. It stays documented and checked until it is removed.',
    'deprecated: true\ndescription: Replaced by customer_ref; removed after March 2027.',
    {
      good: 'The description says what to use instead; no relationship, quality rule or SLA still relies on it.',
      rules: ['deprecated-still-used'],
    },
  ),
  synonyms: g(
    'Other names people use for the column: a business term, an abbreviation, its name in another language. Catalogues and AI assistants use them to find it.',
    'synonyms:\n  - synonym: Turnover\n  - synonym: TO\n    description: Abbreviation used by the finance team.',
    { dimension: 'documentation', rules: ['duplicate-synonym'] },
  ),
};

export const LOGICAL_TYPE_OPTIONS: GuidanceTable = {
  minLength: g('The shortest text allowed.', 'minLength: 1', { dimension: 'validity' }),
  maxLength: g('The longest text allowed.', 'maxLength: 255', { dimension: 'validity' }),
  pattern: g(
    'A regular expression every value must match, such as the shape of a reference number.',
    'pattern: "^[A-Z]{2}[0-9]{6}[A-D]$"',
    { dimension: 'validity', good: 'Anchored with ^ and $ so the whole value is checked.', rules: ['regex-compiles'] },
  ),
  format: g(
    'A well-known format the value follows: email, uuid or uri for text; yyyy-MM-dd for dates; i32, f64 for numbers.',
    'format: email',
    { dimension: 'validity' },
  ),
  exclusiveMaximum: g(
    'An upper limit the value must stay below (the limit itself is not allowed).',
    'exclusiveMaximum: 100',
    { dimension: 'validity' },
  ),
  maximum: g('The largest (or latest) value allowed.', 'maximum: 100', { dimension: 'validity' }),
  exclusiveMinimum: g(
    'A lower limit the value must stay above (the limit itself is not allowed).',
    'exclusiveMinimum: 0',
    { dimension: 'validity' },
  ),
  minimum: g('The smallest (or earliest) value allowed.', 'minimum: 0', { dimension: 'validity' }),
  multipleOf: g(
    'Values must be a multiple of this number, such as 0.01 for amounts in pounds and pence.',
    'multipleOf: 0.01',
    { dimension: 'validity' },
  ),
  maxProperties: g('The most fields a nested object may have.', 'maxProperties: 20', { dimension: 'validity' }),
  minProperties: g('The fewest fields a nested object must have.', 'minProperties: 1', { dimension: 'validity' }),
  required: g('The fields of a nested object that must always be present.', 'required:\n  - street\n  - postcode', {
    dimension: 'completeness',
  }),
  maxItems: g('The most items a list may hold.', 'maxItems: 10', { dimension: 'validity' }),
  minItems: g('The fewest items a list must hold.', 'minItems: 1', { dimension: 'completeness' }),
  uniqueItems: g('Says no item may appear twice in the same list.', 'uniqueItems: true', { dimension: 'uniqueness' }),
  timezone: g('Says whether the timestamps carry a time zone.', 'timezone: true'),
  defaultTimezone: g('The time zone to assume for values written without one.', 'defaultTimezone: Europe/London', {
    dimension: 'consistency',
  }),
  dimensions: g(
    'For a vector: how many numbers each vector holds, such as 1536. It must match what the embedding model produces.',
    'dimensions: 1536',
    { dimension: 'validity' },
  ),
  elementType: g(
    'For a vector: the type of each number: float32 (the default), float16, bfloat16, float64, int8, uint8 or binary.',
    'elementType: float32',
    { dimension: 'validity' },
  ),
  distanceMetric: g(
    'For a vector: how closeness between two vectors is meant to be measured: cosine, dotProduct, euclidean, hamming or manhattan.',
    'distanceMetric: cosine',
    { dimension: 'consistency' },
  ),
  normalized: g(
    'For a vector: says every vector is scaled to length 1 before it is stored, so cosine and dot-product give the same ranking.',
    'normalized: true',
  ),
  embeddingModel: g(
    'For a vector: the model that produced the vectors. Vectors from different models cannot be compared with each other.',
    'embeddingModel: openai/text-embedding-3-small',
    {
      dimension: 'consistency',
      good: 'The exact model name, changed (with the contract version) whenever the vectors are recomputed with another model.',
    },
  ),
  embeddingModelVersion: g(
    'For a vector: the version of the embedding model, when its name does not already say it.',
    "embeddingModelVersion: '2024-01'",
    { dimension: 'consistency' },
  ),
};

export const RELATIONSHIP: GuidanceTable = {
  id: g(
    'A stable identifier for the relationship, unique among the relationships of the same table or column, so tools can refer to it.',
    'id: orders_customer_fk',
  ),
  type: g('The kind of relationship. Only foreign keys are defined so far.', 'type: foreignKey'),
  from: g(
    'The column (or columns) that refer to another table, written table.column. Only used on a table-level relationship.',
    'from: orders.customer_id',
    { dimension: 'consistency', rules: ['relationship-target-exists', 'relationship-arity'] },
  ),
  to: g(
    'The column (or columns) being referred to, usually the other table’s primary key, written table.column.',
    'to: customers.customer_id',
    {
      dimension: 'consistency',
      good: 'A table and column defined in this contract, so the link can be checked.',
      rules: ['relationship-target-exists', 'relationship-arity'],
    },
  ),
  customProperties: g(
    'Extra facts about the relationship, as property/value pairs.',
    'customProperties:\n  - property: cardinality\n    value: many-to-one',
  ),
};

export const MAP: GuidanceTable = {
  key: g(
    'What the keys of the map are: their logical type and, when it helps, their limits. Keys are usually text.',
    'key:\n  logicalType: string\n  description: Preference name, such as theme or language.',
    { dimension: 'validity' },
  ),
  value: g(
    'What each value of the map is: its logical type, and properties or items when the values are records or lists.',
    'value:\n  logicalType: integer\n  logicalTypeOptions:\n    minimum: 0',
    { dimension: 'validity' },
  ),
};
