import rule from '../../src/engine/rules/missing-values-arguments';
import { contract, ruleTester } from '../helpers/rule-tester';

const q = (rest: string) =>
  contract(
    `schema:\n  - name: people\n    properties:\n      - name: email\n        quality:\n          - metric: missingValues # blanks too\n            mustBe: 0\n${rest}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'with a list', code: q("            arguments:\n              missingValues: [null, '', 'n/a']\n") },
    {
      name: 'nullValues needs no list',
      code: contract('schema:\n  - name: people\n    quality:\n      - metric: nullValues\n        mustBe: 0\n'),
    },
  ],
  invalid: [
    {
      name: 'no arguments: a starting list is suggested after the rule keys (it changes what the check counts)',
      code: q('            dimension: completeness\n'),
      errors: [
        {
          messageId: 'noMissingValuesList',
          line: 11,
          column: 21,
          message:
            "List the missing values in 'arguments.missingValues' of quality rule #1 of property 'email' in schema 'people'.",
          detail: 'Or use the metric nullValues',
        },
      ],
      output: null,
      suggestions: ["Add 'arguments.missingValues' with null, empty text and 'N/A'"],
      suggestionOutput: q(
        "            dimension: completeness\n            arguments:\n              missingValues: [null, '', 'N/A']\n",
      ),
    },
    {
      name: 'arguments without the list: nothing offered',
      code: q('            arguments:\n              other: 1\n'),
      errors: [{ messageId: 'noMissingValuesList', line: 11, column: 21 }],
      output: null,
      suggestions: [],
    },
  ],
});
