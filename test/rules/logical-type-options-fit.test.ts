import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/logical-type-options-fit';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { lintText } from '../../src/engine/lint';

const prop = (type: string, options: string) =>
  contract(
    `schema:\n  - name: orders\n    properties:\n      - name: qty\n        logicalType: ${type}\n        logicalTypeOptions:\n${options}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'string lengths', code: prop('string', '          maxLength: 10\n          pattern: "^[A-Z]+$"\n') },
    { name: 'integer bounds', code: prop('integer', '          minimum: 0\n          maximum: 10\n') },
    { name: 'timestamp time zone', code: prop('timestamp', '          timezone: true\n') },
    { name: 'an option known nowhere is left to the schema check', code: prop('integer', '          maxLenght: 10\n') },
  ],
  invalid: [
    {
      name: 'maxLength on an integer',
      code: prop('integer', '          maxLength: 10\n'),
      errors: [
        {
          messageId: 'wrongTypeInstead',
          line: 12,
          column: 11,
          message:
            "Use maximum (the largest value), not 'maxLength', in logicalTypeOptions of property 'qty' in schema 'orders' (integer).",
        },
      ],
      output: null,
      suggestions: ["Remove 'maxLength'"],
    },
    {
      name: 'maximum on a string',
      code: prop('string', '          maximum: 10\n'),
      errors: [
        {
          messageId: 'wrongTypeInstead',
          line: 12,
          column: 11,
          message:
            "Use maxLength (the longest text), not 'maximum', in logicalTypeOptions of property 'qty' in schema 'orders' (string).",
        },
      ],
    },
    {
      name: 'uniqueItems on an object',
      code: prop('object', '          uniqueItems: true\n'),
      errors: [
        {
          messageId: 'wrongType',
          line: 12,
          column: 11,
          message:
            "Remove 'uniqueItems' from logicalTypeOptions of property 'qty' in schema 'orders': it is for array only.",
        },
      ],
    },
  ],
});

describe('logical-type-options-fit', () => {
  it('the suggestion removes the option, keeping the rest and the comment on its line', () => {
    const code = prop('integer', '          maxLength: 10 # too long\n          minimum: 0\n');
    const [finding] = lintWithRule(rule, { code });
    assert.equal(
      applyEdits(code, finding.suggestions![0].edits),
      prop('integer', '          # too long\n          minimum: 0\n'),
    );
  });
  it('replaces the schema error about the same key', () => {
    const result = lintText(prop('integer', '          maxLength: 10\n'), { rules: [rule] });
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['logical-type-options-fit'],
    );
  });
});
