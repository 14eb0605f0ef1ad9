import rule from '../../src/engine/rules/row-count-bounds';
import { contract, ruleTester } from '../helpers/rule-tester';

const q = (body: string, metric = 'rowCount') =>
  contract(`schema:\n  - name: orders\n    quality:\n      - metric: ${metric}\n${body}`);

ruleTester(rule, {
  valid: [
    { name: 'positive lower bound', code: q('        mustBeGreaterThan: 1000\n') },
    { name: 'zero lower bound', code: q('        mustBeGreaterOrEqualTo: 0\n') },
    { name: 'a range from zero', code: q('        mustBeBetween: [0, 10]\n') },
    { name: 'other metrics are not checked', code: q('        mustBeGreaterThan: -1\n', 'nullValues') },
  ],
  invalid: [
    {
      name: 'negative lower bound',
      code: q('        mustBeGreaterThan: -5\n'),
      errors: [
        {
          messageId: 'negative',
          line: 10,
          column: 28,
          message:
            "Use 0 or more in mustBeGreaterThan of quality rule #1 of schema 'orders': a row count is never negative.",
        },
      ],
      output: null,
    },
    {
      name: 'an upper bound below zero',
      code: q('        mustBeLessThan: 0\n'),
      errors: [{ messageId: 'impossible', line: 10, column: 25 }],
    },
    {
      name: 'exact negative count',
      code: q('        mustBe: -1\n'),
      errors: [{ messageId: 'impossible', line: 10, column: 17 }],
    },
    {
      name: 'a range with a negative end',
      code: q('        mustBeBetween:\n          - -10\n          - 100\n'),
      errors: [{ messageId: 'negative', line: 11, column: 13 }],
    },
  ],
});
