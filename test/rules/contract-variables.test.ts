import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/contract-variables';
import { contract, contract32, lintWithRule, ruleTester } from '../helpers/rule-tester';

const SERVERS = `servers:
  - server: prod_db
    type: postgresql
    host: \${DB_HOST}
    port: \${DB_PORT:-5432}
    database: \${DB_NAME:-orders}
    schema: public
`;
const QUERY = `schema:
  - name: orders
    description: Orders read from \${DB_HOST}.
    quality:
      - type: sql
        query: |
          SELECT COUNT(*) FROM \${TARGET_TABLE}
          WHERE created_at > \${CUTOFF_DATE} AND \${DB_HOST} IS NOT NULL
        mustBe: 0
customProperties:
  - property: token
    value: \${TOKEN}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'no variables',
      code: contract32('servers:\n  - server: prod_db\n    type: postgresql\n    host: db.example.org\n'),
    },
    { name: 'before v3.2.0, ${…} is plain text', code: contract(SERVERS) },
    {
      name: 'placeholders that quality tools fill in are not variables',
      code: contract32(
        'schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM ${object} WHERE ${column} IS NULL\n        mustBe: 0\n',
      ),
    },
    { name: 'a dollar sign without braces', code: contract32('description:\n  purpose: Prices in $USD, e.g. $5.\n') },
  ],
  invalid: [
    {
      name: 'every variable, once, sorted, with its default',
      code: contract32(SERVERS + QUERY),
      errors: [
        {
          messageId: 'many',
          line: 9,
          column: 11,
          message:
            'Set these 6 variables before a tool reads the contract: CUTOFF_DATE, DB_HOST, DB_NAME, DB_PORT, TARGET_TABLE, TOKEN.',
          detail: "Defaults: DB_NAME = 'orders', DB_PORT = '5432'; a tool uses them when the variable is not set.",
        },
      ],
      output: null,
    },
    {
      name: 'one variable',
      code: contract32('servers:\n  - server: s3\n    type: s3\n    location: s3://${BUCKET}/orders/\n'),
      errors: [
        { messageId: 'one', line: 9, column: 15, message: 'Set the variable BUCKET before a tool reads the contract.' },
      ],
    },
    {
      name: 'a later version uses variables too',
      code: contract32('servers:\n  - server: s3\n    type: s3\n    location: s3://${BUCKET}/orders/\n').replace(
        'v3.2.0',
        'v3.3.0',
      ),
      errors: [{ messageId: 'one', line: 9, column: 15 }],
    },
  ],
});

describe('rule contract-variables: places', () => {
  it('is an info finding whose related places are every use, named as messages name things', () => {
    const [finding] = lintWithRule(rule, { code: contract32(SERVERS + QUERY) });
    assert.equal(finding.severity, 'info');
    assert.deepEqual(
      finding.related?.map((r) => `${r.range.start.line + 1}: ${r.message}`),
      [
        "9: The 'host' of server 'prod_db' uses ${DB_HOST}.",
        "10: The 'port' of server 'prod_db' uses ${DB_PORT:-5432}.",
        "11: The 'database' of server 'prod_db' uses ${DB_NAME:-orders}.",
        "15: The 'description' of schema 'orders' uses ${DB_HOST}.",
        "18: The 'query' of quality rule #1 of schema 'orders' uses ${TARGET_TABLE}.",
        "18: The 'query' of quality rule #1 of schema 'orders' uses ${CUTOFF_DATE}.",
        "18: The 'query' of quality rule #1 of schema 'orders' uses ${DB_HOST}.",
        "24: The 'value' of custom property 'token' uses ${TOKEN}.",
      ],
    );
  });
});
