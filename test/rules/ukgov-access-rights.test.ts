import rule from '../../src/engine/rules/ukgov-access-rights';
import { contract, ruleTester } from '../helpers/rule-tester';

const rights = (value: string) => contract(`customProperties:\n  - property: accessRights\n    value: ${value}\n`);

ruleTester(rule, {
  valid: [
    { name: 'INTERNAL', code: rights('INTERNAL') },
    { name: 'OPEN', code: rights('OPEN') },
    {
      name: 'key matched case-insensitively',
      code: contract('customProperties:\n  - property: access_rights\n    value: COMMERCIAL\n'),
    },
  ],
  invalid: [
    {
      name: 'missing: suggests the three values',
      code: contract(),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: null,
      suggestions: ['Set access rights to INTERNAL', 'Set access rights to OPEN', 'Set access rights to COMMERCIAL'],
      suggestionOutput: contract('customProperties:\n  - property: accessRights\n    value: INTERNAL\n'),
    },
    {
      name: 'lower case: the capitals are suggested, never rewritten by a safe fix (the value decides who may see the data)',
      code: rights('internal'),
      errors: [{ messageId: 'spelling', line: 8, column: 12 }],
      output: null,
      suggestions: ["Write 'INTERNAL'"],
      suggestionOutput: rights('INTERNAL'),
    },
    {
      name: 'not in the vocabulary',
      code: rights('public'),
      errors: [{ messageId: 'unknown', line: 8, column: 12, message: "'public'" }],
      output: null,
      suggestions: [],
    },
  ],
});
