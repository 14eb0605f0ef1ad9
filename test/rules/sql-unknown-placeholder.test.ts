import rule from '../../src/engine/rules/sql-unknown-placeholder';
import { contract, ruleTester } from '../helpers/rule-tester';

const onProperty = (query: string) =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: amount\n        quality:\n          - type: sql\n            query: ${query}\n            mustBe: 0\n`,
  );
const onSchema = (query: string) =>
  contract(`schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: ${query}\n        mustBe: 0\n`);

ruleTester(rule, {
  valid: [
    { name: '{object} and {property}', code: onProperty('SELECT COUNT(*) FROM {object} WHERE {property} < 0') },
    { name: '${table} and ${column}', code: onProperty('SELECT COUNT(*) FROM ${table} WHERE ${column} < 0') },
    {
      name: '{{ object }} and {{ property }}',
      code: onProperty('"SELECT COUNT(*) FROM {{ object }} WHERE {{ property }} < 0"'),
    },
    {
      name: 'braces inside a string literal or a regex are not placeholders',
      code: onProperty("SELECT COUNT(*) FROM {object} WHERE {property} !~ '^[A-Z]{2}{name}$'"),
    },
    { name: '{object} at schema level', code: onSchema('SELECT COUNT(*) FROM {object}') },
    {
      name: "datacontract-cli's {model} and {field}",
      code: onProperty('SELECT COUNT(*) FROM {model} WHERE {field} < 0'),
    },
    {
      name: "datacontract-cli's ${model} and ${field}",
      code: onProperty('SELECT COUNT(*) FROM ${model} WHERE ${field} < 0'),
    },
    {
      name: '{schema}.{table} and {database}',
      code: onSchema('SELECT COUNT(*) FROM {schema}.{table} JOIN {database}.{catalog}.x ON 1 = 1'),
    },
    {
      name: 'ODCS variables, with and without a default',
      code: onSchema('SELECT COUNT(*) FROM ${TARGET_TABLE} WHERE created_at > ${CUTOFF_DATE:-2024-01-01}'),
    },
    {
      name: "an ODCS variable that is not a tool's name",
      code: onProperty('SELECT COUNT(*) FROM ${DB_SCHEMA}.{object} WHERE {property} < 0'),
    },
  ],
  invalid: [
    {
      name: 'a misspelt placeholder, pointed at exactly',
      code: onProperty('SELECT COUNT(*) FROM {objet} WHERE {property} < 0'),
      errors: [
        {
          messageId: 'unknownPlaceholder',
          line: 12,
          column: 41,
          message:
            "Replace '{objet}' in quality rule #1 of property 'amount' in schema 'orders' with '{object}' or '{property}'.",
        },
      ],
    },
    {
      name: 'a placeholder on the second line of a block',
      code: onProperty('|\n              SELECT COUNT(*) FROM {object}\n              WHERE {feild} < 0'),
      errors: [
        {
          messageId: 'unknownPlaceholder',
          line: 14,
          column: 21,
          message:
            "Replace '{feild}' in quality rule #1 of property 'amount' in schema 'orders' with '{object}' or '{property}'.",
        },
      ],
    },
    {
      name: '{field} in a schema-level rule has no column to stand for',
      code: onSchema('SELECT COUNT(*) FROM {model} WHERE ${field} IS NULL'),
      errors: [
        {
          messageId: 'noProperty',
          line: 10,
          column: 51,
          message: "Name the column instead of '${field}' in quality rule #1 of schema 'orders', or move the rule.",
        },
      ],
    },
    {
      name: '{property} in a schema-level rule',
      code: onSchema('SELECT COUNT(*) FROM {object} WHERE {column} IS NULL'),
      errors: [
        {
          messageId: 'noProperty',
          line: 10,
          column: 52,
          message: "Name the column instead of '{column}' in quality rule #1 of schema 'orders', or move the rule.",
        },
      ],
    },
  ],
});
