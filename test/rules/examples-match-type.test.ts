import rule from '../../src/engine/rules/examples-match-type';
import assert from 'node:assert/strict';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const v300 = (body: string) =>
  `apiVersion: v3.0.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
const propIn = (header: (body: string) => string, type: string, rest: string) =>
  header(`schema:\n  - name: people\n    properties:\n      - name: p\n        logicalType: ${type}\n${rest}`);
const prop = (type: string, rest: string) =>
  contract(`schema:\n  - name: people\n    properties:\n      - name: p\n        logicalType: ${type}\n${rest}`);

ruleTester(rule, {
  valid: [
    {
      name: 'dates as ISO texts (quoted or not, YAML 1.2 keeps them text)',
      code: prop('date', '        examples:\n          - "2022-10-03"\n          - 2025-01-28\n'),
    },
    {
      name: 'a date in a custom format',
      code: prop(
        'date',
        '        logicalTypeOptions:\n          format: dd/MM/yyyy\n        examples: ["31/01/2025"]\n',
      ),
    },
    {
      name: 'text matching pattern and lengths',
      code: prop(
        'string',
        "        logicalTypeOptions:\n          pattern: '^[A-Z]{2}[0-9]{6}[A-D]$'\n          maxLength: 9\n        examples: [QQ123456C]\n",
      ),
    },
    { name: 'integers', code: prop('integer', '        examples: [1, -4]\n') },
    // v3.0.x has no timestamp type; the v3.0.2 documentation itself gives date-time examples for 'date'.
    {
      name: 'v3.0.x: date-time examples for a date',
      code: propIn(
        v300,
        'date',
        '        examples:\n          - "2022-10-03T10:00:00Z"\n          - 2022-10-03 10:00:00\n',
      ),
    },
    {
      name: 'an invalid pattern is left to regex-compiles',
      code: prop('string', "        logicalTypeOptions:\n          pattern: '^(x'\n        examples: [abc]\n"),
    },
  ],
  invalid: [
    {
      name: 'a text example for an integer',
      code: prop('integer', '        examples:\n          - 12\n          - twelve\n'),
      errors: [
        {
          messageId: 'wrongType',
          line: 13,
          column: 13,
          message: "Fix example 'twelve' of property 'p' in schema 'people': not a whole number.",
        },
      ],
      output: null,
    },
    {
      name: 'v3.1.0: a date-time example for a date points to timestamp',
      code: prop('date', '        examples: ["2022-10-03", "2022-10-03T10:00:00Z"]\n'),
      errors: [
        {
          messageId: 'dateWithTime',
          line: 11,
          column: 34,
          message:
            "Drop the time from example '2022-10-03T10:00:00Z' of property 'p' in schema 'people', or use a timestamp.",
        },
      ],
    },
    {
      name: 'v3.0.x: a date that is not a date at all is still reported',
      code: propIn(v300, 'date', '        examples: ["03/10/2022"]\n'),
      errors: [
        {
          messageId: 'wrongType',
          line: 11,
          column: 20,
          message: ': not a date.',
          detail: 'Write a date like 2025-01-31.',
        },
      ],
    },
    {
      name: 'a date not in ISO form',
      code: prop('date', '        examples: ["03/10/2022"]\n'),
      errors: [
        {
          messageId: 'wrongType',
          line: 11,
          column: 20,
          message: ': not a date.',
          detail: 'Write a date like 2025-01-31.',
        },
      ],
    },
    {
      name: 'a timestamp without a time',
      code: prop('timestamp', '        examples: ["2022-10-03T10:00:00Z", "2022-10-03"]\n'),
      errors: [{ messageId: 'wrongType', line: 11, column: 44 }],
    },
    {
      name: 'an example that breaks the pattern',
      code: prop(
        'string',
        "        logicalTypeOptions:\n          pattern: '^[A-Z]{2}[0-9]{6}[A-D]$'\n        examples:\n          - qq123456c\n",
      ),
      errors: [
        {
          messageId: 'noMatch',
          line: 14,
          column: 13,
          message: "Fix the example 'qq123456c' of property 'p' in schema 'people' to match '^[A-Z]{2}[0-9]{6}[A-D]$'.",
        },
      ],
    },
    {
      // A contract is untrusted input: its pattern must not backtrack for ever on its own examples.
      name: 'a catastrophic pattern is checked in linear time',
      code: prop(
        'string',
        `        logicalTypeOptions:\n          pattern: '^(a+)+$'\n        examples:\n          - ${'a'.repeat(25)}!\n`,
      ),
      errors: [
        {
          messageId: 'noMatch',
          line: 14,
          column: 13,
          message:
            "Fix the example 'aaaaaaaaaaaaaaaaaaaaaaaaa!' of property 'p' in schema 'people' to match '^(a+)+$'.",
        },
      ],
    },
    {
      name: 'a pattern with a lookahead is said to be unchecked, not invalid',
      code: prop(
        'string',
        "        logicalTypeOptions:\n          pattern: '^(?!test)\\w+$'\n        examples: [test_1, prod]\n",
      ),
      errors: [
        {
          messageId: 'notChecked',
          line: 12,
          column: 20,
          message: "Check the examples of property 'p' in schema 'people' by hand: '^(?!test)\\w+$' uses a lookahead.",
        },
      ],
    },
    {
      name: 'too long',
      code: prop('string', '        logicalTypeOptions:\n          maxLength: 2\n        examples: [abc]\n'),
      errors: [
        {
          messageId: 'length',
          line: 13,
          column: 20,
          message: "Fix the example 'abc' of property 'p' in schema 'people': 3 characters, outside maxLength 2.",
        },
      ],
    },
  ],
});

describe('examples-match-type on a hostile pattern', () => {
  // A backtracking engine doubles its time with every 'a': seconds here, longer than the age of the universe at 100.
  it('finishes fast on a catastrophic pattern', () => {
    const code = prop(
      'string',
      `        logicalTypeOptions:\n          pattern: '^(a+)+$'\n        examples:\n          - ${'a'.repeat(28)}!`,
    );
    const started = performance.now();
    const findings = lintWithRule(rule, { code });
    const ms = performance.now() - started;
    assert.deepEqual(
      findings.map((f) => [f.messageId, f.range.start.line + 1]),
      [['noMatch', 14]],
    );
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});
