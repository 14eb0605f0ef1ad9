import rule from '../../src/engine/rules/sql-syntax';
import { contract, ruleTester } from '../helpers/rule-tester';

/** A contract whose only property has one quality rule; `query` is the YAML text after `query:`. */
const withQuery = (query: string, servers = '') =>
  contract(
    `${servers}schema:\n  - name: orders\n    properties:\n      - name: amount\n        quality:\n          - type: sql\n            query: ${query}\n            mustBe: 0\n`,
  );
// Line 12 (1-based) holds `query:`.

ruleTester(rule, {
  valid: [
    {
      name: 'plain one-line query with placeholders',
      code: withQuery('SELECT COUNT(*) FROM {object} WHERE {property} < 0'),
    },
    {
      name: 'block query with ${…} placeholders',
      code: withQuery(
        '|\n              SELECT COUNT(*)\n              FROM ${table}\n              WHERE ${column} IS NULL',
      ),
    },
    {
      name: 'backticks are fine for a BigQuery server',
      code: withQuery(
        'SELECT COUNT(*) FROM `proj.ds.orders` WHERE amount < 0',
        'servers:\n  - server: prod\n    type: bigquery\n',
      ),
    },
    {
      name: 'a rule without a query',
      code: contract(
        'schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'unclosed bracket in a one-line query: points at the query line',
      code: withQuery('"SELECT COUNT(*) FROM orders WHERE (amount < 0"'),
      errors: [{ messageId: 'cannotParse', line: 12, column: 65, message: 'ends too early' }],
    },
    {
      name: 'error on the third line of a | block: reported on that line and column',
      code: withQuery('|\n              SELECT COUNT(*)\n              FROM orders\n              WHERE amount < 0 )'),
      errors: [{ messageId: 'cannotParse', line: 15, column: 32, message: 'as standard SQL' }],
    },
    {
      name: 'error in a > folded block: on the source line',
      code: withQuery('>\n              SELECT COUNT(*)\n              FROM orders\n              WHERE amount < 0 )'),
      errors: [{ messageId: 'cannotParse', line: 15, column: 32 }],
    },
    {
      name: 'error in a multi-line double-quoted query with an escape',
      code: withQuery('"SELECT COUNT(*) FROM orders\n              WHERE note = \\"x\\" )"'),
      errors: [{ messageId: 'cannotParse', line: 13, column: 34 }],
    },
    {
      name: 'error in a multi-line plain query',
      code: withQuery('SELECT COUNT(*) FROM orders\n              WHERE amount < 0 )'),
      errors: [{ messageId: 'cannotParse', line: 13, column: 32 }],
    },
    {
      name: 'backticks with a PostgreSQL server: names the dialect',
      code: withQuery('SELECT COUNT(*) FROM `orders`', 'servers:\n  - server: prod\n    type: postgres\n'),
      errors: [
        {
          messageId: 'cannotParse',
          line: 15,
          column: 41,
          message:
            "Fix the SQL of quality rule #1 of property 'amount' in schema 'orders': it cannot be read as PostgreSQL (unexpected text \"`orders`\").",
        },
      ],
    },
  ],
});
