import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/physical-type-match';
import { contract, lintWithRule, ruleTester, type InvalidCaseFor, type ValidCaseFor } from '../helpers/rule-tester';

/** Property `amount` of schema `orders`; logicalType on line 10, physicalType on line 11. */
const property = (logical: string, physical: string, extra = '') =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: amount\n        logicalType: ${logical}\n        physicalType: ${JSON.stringify(physical)}\n${extra}`,
  );

// [logicalType, physicalType] pairs that clearly contradict each other.
const CONTRADICTIONS: Array<[string, string]> = [
  ['string', 'int'],
  ['string', 'BIGINT'],
  ['string', 'decimal(10,2)'],
  ['string', 'boolean'],
  ['string', 'DATE'],
  ['string', 'timestamp_ntz'],
  ['string', 'array<string>'],
  ['string', 'STRUCT<a: INT>'],
  ['integer', 'varchar(20)'],
  ['integer', 'VARCHAR2(20 CHAR)'],
  ['integer', 'decimal(10,2)'],
  ['integer', 'NUMBER(10,2)'],
  ['integer', 'text'],
  ['integer', 'character varying(20)'],
  ['integer', 'timestamp'],
  ['number', 'varchar'],
  ['number', 'bool'],
  ['number', 'date'],
  ['boolean', 'date'],
  ['boolean', 'double'],
  ['boolean', 'TIMESTAMP WITH TIME ZONE'],
  ['date', 'boolean'],
  ['date', 'array<date>'],
  ['timestamp', 'bool'],
  ['timestamp', 'time'],
  ['time', 'date'],
  ['array', 'int'],
  ['array', 'MAP<STRING, STRING>'],
  ['object', 'bigint'],
  ['object', 'text[]'],
  ['string', 'list<int>'],
  ['integer', 'Nullable(String)'],
  ['string', 'IntegerType'],
];

// Pairs that fit, are common practice, or cannot be judged: never reported.
const FITS: Array<[string, string]> = [
  ['string', 'VARCHAR(20)'],
  ['string', 'varchar[50]'], // a length to some tools
  ['string', 'uuid'],
  ['string', 'xml'],
  ['string', 'bytea'], // the official examples map binary columns to string
  ['string', 'json'],
  ['string', 'LowCardinality(Nullable(String))'],
  ['string', 'Name'], // a user-defined type
  ['integer', 'NUMBER(38,0)'],
  ['integer', 'NUMBER'],
  ['integer', 'numeric(10)'],
  ['integer', 'int unsigned'],
  ['integer', 'double'], // whole numbers as JSON numbers
  ['integer', 'int[3]'], // an array to PostgreSQL
  ['number', 'int4'],
  ['number', 'serial'],
  ['number', 'decimal(18,2)'],
  ['number', 'float(3,2)'],
  ['number', 'DecimalType(10,2)'],
  ['boolean', 'bit'],
  ['boolean', 'tinyint(1)'],
  ['boolean', 'char(1)'], // 'Y' / 'N' flags
  ['date', 'timestamp'], // v3.0.x had no timestamp logicalType
  ['date', 'time'],
  ['date', 'varchar(10)'], // a date stored as text
  ['date', 'int'], // yyyymmdd
  ['timestamp', 'TIMESTAMP(3) WITH TIME ZONE'],
  ['timestamp', 'bigint'], // epoch milliseconds
  ['timestamp', 'datetime2'],
  ['time', 'time-millis'],
  ['array', 'list'],
  ['string', 'list'], // an XML Schema list is whitespace-separated text
  ['string', 'listing_code'],
  ['array', 'ARRAY(VARCHAR)'],
  ['array', 'variant'],
  ['object', 'struct<a:int>'],
  ['object', 'jsonb'],
  ['object', 'table'],
  ['map', 'MAP<STRING, ARRAY<DOUBLE>>'],
  ['vector', 'vector(1536)'],
  ['string', 'bit(8)'], // a bit string, not a flag
  ['string', 'interval'],
  ['integer', 'byte'], // a tiny integer to Spark, binary to others
  ['datetime', 'boolean'], // an invalid logicalType is the schema check's to report
];

const valid: Array<ValidCaseFor<typeof rule>> = FITS.map(([logical, physical]) => ({
  name: `${logical} with ${physical}`,
  code: property(logical, physical),
}));
const invalid: Array<InvalidCaseFor<typeof rule>> = CONTRADICTIONS.map(([logical, physical]) => ({
  name: `${logical} with ${physical}`,
  code: property(logical, physical),
  errors: [
    {
      messageId: 'mismatch',
      line: 11,
      column: 23,
      message: `Make logicalType ${logical} and physicalType '${physical}' of property 'amount' in schema 'orders' agree.`,
    },
  ],
}));

ruleTester(rule, {
  valid: [
    ...valid,
    {
      name: 'no physicalType',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: amount\n        logicalType: string\n'),
    },
    {
      name: 'no logicalType',
      code: contract('schema:\n  - name: orders\n    properties:\n      - name: amount\n        physicalType: int\n'),
    },
    {
      name: 'a schema object is a table, not a property',
      code: contract('schema:\n  - name: orders\n    logicalType: object\n    physicalType: table\n'),
    },
  ],
  invalid: [
    ...invalid,
    {
      name: 'names what the physical type is and offers the matching logicalType',
      code: property('string', 'int'),
      errors: [
        {
          messageId: 'mismatch',
          line: 11,
          column: 23,
          message: "Make logicalType string and physicalType 'int' of property 'amount' in schema 'orders' agree.",
        },
      ],
      output: null,
      suggestions: ['Change logicalType to integer'],
    },
    {
      name: 'a decimal scale says what it is',
      code: property('integer', 'decimal(10,2)'),
      errors: [
        {
          messageId: 'mismatch',
          line: 11,
          column: 23,
          message:
            "Make logicalType integer and physicalType 'decimal(10,2)' of property 'amount' in schema 'orders' agree.",
        },
      ],
      suggestions: ['Change logicalType to number'],
    },
    {
      name: 'no suggestion when logicalTypeOptions depend on the logicalType',
      code: property('string', 'int', '        logicalTypeOptions:\n          maxLength: 10\n'),
      errors: [{ messageId: 'mismatch', line: 11, column: 23 }],
    },
    {
      name: 'no timestamp suggestion for a v3.0.x contract, which has no such logicalType',
      code: property('boolean', 'timestamp').replace('v3.1.0', 'v3.0.2'),
      errors: [{ messageId: 'mismatch', line: 11, column: 23 }],
    },
    {
      name: 'array items and nested properties are checked too',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: codes\n        logicalType: array\n        items:\n          logicalType: integer\n          physicalType: varchar(3)\n      - name: address\n        logicalType: object\n        properties:\n          - name: zip\n            logicalType: string\n            physicalType: int\n',
      ),
      errors: [
        {
          messageId: 'mismatch',
          line: 13,
          column: 25,
          message:
            "Make logicalType integer and physicalType 'varchar(3)' of the items of property 'codes' in schema 'orders' agree.",
        },
        {
          messageId: 'mismatch',
          line: 19,
          column: 27,
          message: "of property 'zip' of 'address' in schema 'orders' agree",
        },
      ],
    },
  ],
});

describe('physical-type-match suggestions', () => {
  const suggestionsFor = (code: string) =>
    lintWithRule(rule, { code }).map((f) => f.suggestions?.map((x) => x.title) ?? []);
  it('offers no new logicalType where logicalTypeOptions depend on the current one', () => {
    assert.deepEqual(
      suggestionsFor(property('string', 'int', '        logicalTypeOptions:\n          maxLength: 10\n')),
      [[]],
    );
  });
  it('offers no timestamp logicalType to a v3.0.x contract, which has none', () => {
    assert.deepEqual(suggestionsFor(property('boolean', 'timestamp').replace('v3.1.0', 'v3.0.2')), [[]]);
    assert.deepEqual(suggestionsFor(property('boolean', 'timestamp')), [['Change logicalType to timestamp']]);
  });
  it('the suggestion changes only the logicalType', () => {
    const [finding] = lintWithRule(rule, { code: property('string', 'int') });
    assert.deepEqual(
      finding.suggestions?.[0].edits.map((e) => e.newText),
      ['integer'],
    );
    assert.equal(finding.suggestions?.[0].edits[0].range.start.line, 9);
  });
});
