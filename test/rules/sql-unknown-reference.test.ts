import rule from '../../src/engine/rules/sql-unknown-reference';
import { contract, ruleTester } from '../helpers/rule-tester';

const withQuery = (query: string) =>
  contract(
    `schema:\n  - name: orders\n    physicalName: tbl_orders\n    properties:\n      - name: amount\n      - name: status\n        physicalName: order_status\n        quality:\n          - type: sql\n            query: ${query}\n            mustBe: 0\n`,
  );
// `query:` is on line 15.

ruleTester(rule, {
  valid: [
    {
      name: 'defined table and columns',
      code: withQuery('SELECT COUNT(*) FROM orders WHERE amount < 0 AND status IS NULL'),
    },
    {
      name: 'physical names, aliases, casts and literals',
      code: withQuery(
        "SELECT COUNT(*) AS n FROM tbl_orders WHERE order_status::text = 'x' AND amount > DATE '2020-01-01'",
      ),
    },
    { name: 'placeholders', code: withQuery('SELECT COUNT(*) FROM {object} WHERE {property} IS NULL OR amount < 0') },
    {
      name: 'joins and sub-queries are not second-guessed for columns',
      code: withQuery('SELECT COUNT(*) FROM orders o JOIN orders p ON o.x = p.y WHERE z > 0'),
    },
    {
      name: 'a CTE is not second-guessed',
      code: withQuery('"WITH t AS (SELECT 1 AS y) SELECT COUNT(*) FROM orders WHERE y > 0"'),
    },
    { name: 'qualified table names are left alone', code: withQuery('SELECT COUNT(*) FROM analytics.orders_v2') },
  ],
  invalid: [
    {
      name: 'an unknown table',
      code: withQuery('SELECT COUNT(*) FROM customers WHERE amount < 0'),
      errors: [
        {
          messageId: 'unknownTable',
          line: 15,
          column: 41,
          message:
            "Check the table 'customers' in quality rule #1 of property 'status' in schema 'orders': the contract has no such table.",
        },
      ],
    },
    {
      name: 'an unknown column in WHERE, on the second line of a block',
      code: withQuery('|\n              SELECT COUNT(*) FROM {object}\n              WHERE amont < 0'),
      errors: [
        {
          messageId: 'unknownColumn',
          line: 17,
          column: 21,
          message:
            "Check the column 'amont' in quality rule #1 of property 'status' in schema 'orders': it is not in schema 'orders'.",
        },
      ],
    },
    {
      name: 'an unknown column in the SELECT list',
      code: withQuery('SELECT MAX(total) FROM orders'),
      errors: [
        {
          messageId: 'unknownColumn',
          line: 15,
          column: 31,
          message:
            "Check the column 'total' in quality rule #1 of property 'status' in schema 'orders': it is not in schema 'orders'.",
        },
      ],
    },
  ],
});
