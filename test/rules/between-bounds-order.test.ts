import rule from '../../src/engine/rules/between-bounds-order';
import { contract, ruleTester } from '../helpers/rule-tester';

const q = (body: string) => contract(`schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n${body}`);

ruleTester(rule, {
  valid: [
    { name: 'in order', code: q('        mustBeBetween: [0, 100]\n') },
    { name: 'negative numbers in order', code: q('        mustNotBeBetween: [-10, -1]\n') },
    { name: 'not a pair', code: q('        mustBeBetween: [5]\n') },
    { name: 'not numbers', code: q('        mustBeBetween: [b, a]\n') },
  ],
  invalid: [
    {
      name: 'flow pair reversed, comment kept',
      code: q('        mustBeBetween: [100, 10] # rows per day\n'),
      errors: [
        {
          messageId: 'reversed',
          line: 10,
          column: 9,
          message: "Swap the bounds of mustBeBetween in quality rule #1 of schema 'orders' to [10, 100].",
        },
      ],
      output: q('        mustBeBetween: [10, 100] # rows per day\n'),
    },
    {
      name: 'block pair reversed',
      code: q('        mustNotBeBetween:\n          - 2.5\n          - -1\n'),
      errors: [
        {
          messageId: 'reversed',
          line: 10,
          column: 9,
          message: "Swap the bounds of mustNotBeBetween in quality rule #1 of schema 'orders' to [-1, 2.5].",
        },
      ],
      output: q('        mustNotBeBetween:\n          - -1\n          - 2.5\n'),
    },
    {
      name: 'infinity is named as YAML writes it',
      code: q('        mustBeBetween: [.inf, 0]\n'),
      errors: [
        {
          messageId: 'reversed',
          line: 10,
          column: 9,
          message: "Swap the bounds of mustBeBetween in quality rule #1 of schema 'orders' to [0, .inf].",
        },
      ],
      output: q('        mustBeBetween: [0, .inf]\n'),
    },
  ],
});
