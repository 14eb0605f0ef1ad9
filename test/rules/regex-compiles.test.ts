import rule from '../../src/engine/rules/regex-compiles';
import { contract, ruleTester } from '../helpers/rule-tester';

const prop = (pattern: string) =>
  contract(
    `schema:\n  - name: people\n    properties:\n      - name: postcode\n        logicalType: string\n        logicalTypeOptions:\n          pattern: ${pattern}\n`,
  );
const quality = (pattern: string) =>
  contract(
    `schema:\n  - name: people\n    properties:\n      - name: code\n        quality:\n          - metric: invalidValues\n            mustBe: 0\n            arguments:\n              pattern: ${pattern}\n`,
  );

ruleTester(rule, {
  valid: [
    { name: 'a UK postcode pattern', code: prop("'^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'") },
    { name: 'unicode property escapes', code: prop("'^\\p{L}+$'") },
    { name: 'quality pattern', code: quality("'^[A-Z]{3}$'") },
  ],
  invalid: [
    {
      name: 'an unterminated group',
      code: prop("'^(ab$'"),
      errors: [
        {
          messageId: 'invalid',
          line: 12,
          column: 20,
          message: "Fix the pattern '^(ab$' of property 'postcode' in schema 'people': Unterminated group.",
        },
      ],
      output: null,
    },
    {
      name: 'an escape only sloppy mode accepts',
      code: prop("'^\\a[0-9]$'"),
      errors: [
        {
          messageId: 'invalidUnicode',
          line: 12,
          column: 20,
          message:
            "Fix the pattern '^\\a[0-9]$' of property 'postcode' in schema 'people' for Unicode mode: Invalid escape.",
        },
      ],
    },
    {
      name: 'quality arguments pattern',
      code: quality("'[z-a]'"),
      errors: [{ messageId: 'invalid', line: 14, column: 24, message: 'Range out of order in character class' }],
    },
  ],
});
