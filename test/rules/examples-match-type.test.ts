import rule from '../../src/engine/rules/examples-match-type';
import { contract, ruleTester } from '../helpers/rule-tester';

const prop = (type: string, rest: string) => contract(`schema:\n  - name: people\n    properties:\n      - name: p\n        logicalType: ${type}\n${rest}`);

ruleTester(rule, {
  valid: [
    { name: 'dates as ISO texts (quoted or not, YAML 1.2 keeps them text)', code: prop('date', '        examples:\n          - "2022-10-03"\n          - 2025-01-28\n') },
    { name: 'a date in a custom format', code: prop('date', '        logicalTypeOptions:\n          format: dd/MM/yyyy\n        examples: ["31/01/2025"]\n') },
    { name: 'text matching pattern and lengths', code: prop('string', "        logicalTypeOptions:\n          pattern: '^[A-Z]{2}[0-9]{6}[A-D]$'\n          maxLength: 9\n        examples: [QQ123456C]\n") },
    { name: 'integers', code: prop('integer', '        examples: [1, -4]\n') },
    { name: 'an invalid pattern is left to regex-compiles', code: prop('string', "        logicalTypeOptions:\n          pattern: '^(x'\n        examples: [abc]\n") },
  ],
  invalid: [
    {
      name: 'a text example for an integer',
      code: prop('integer', '        examples:\n          - 12\n          - twelve\n'),
      errors: [{ messageId: 'wrongType', line: 13, message: "Property 'p' in schema 'people' is of logicalType integer, but its example 'twelve' is not a whole number." }],
      output: null,
    },
    { name: 'a date not in ISO form', code: prop('date', '        examples: ["03/10/2022"]\n'), errors: [{ messageId: 'wrongType', line: 11, message: 'a date like 2025-01-31' }] },
    { name: 'a timestamp without a time', code: prop('timestamp', '        examples: ["2022-10-03T10:00:00Z", "2022-10-03"]\n'), errors: [{ messageId: 'wrongType', line: 11 }] },
    {
      name: 'an example that breaks the pattern',
      code: prop('string', "        logicalTypeOptions:\n          pattern: '^[A-Z]{2}[0-9]{6}[A-D]$'\n        examples:\n          - qq123456c\n"),
      errors: [{ messageId: 'noMatch', line: 14, message: "has the example 'qq123456c', which does not match its own pattern" }],
    },
    { name: 'too long', code: prop('string', '        logicalTypeOptions:\n          maxLength: 2\n        examples: [abc]\n'), errors: [{ messageId: 'length', line: 13, message: '3 characters long, outside its length limits (maxLength 2)' }] },
  ],
});
