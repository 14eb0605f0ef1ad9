import rule from '../../src/engine/rules/ukgov-update-frequency';
import { contract, ruleTester } from '../helpers/rule-tester';

const freq = (value: string) => contract(`customProperties:\n  - property: updateFrequency\n    value: ${value}\n`);

ruleTester(rule, {
  valid: [
    { name: 'freq:daily', code: freq('freq:daily') },
    { name: 'camel-case term', code: freq('freq:threeTimesAYear') },
    { name: 'the vocabulary URL', code: freq('http://purl.org/cld/freq/monthly') },
    {
      name: 'an SLA frequency instead',
      code: contract('slaProperties:\n  - property: frequency\n    value: 1\n    unit: d\n'),
    },
  ],
  invalid: [
    { name: 'missing', code: contract(), errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'plain word: the prefixed term is suggested, never rewritten by a safe fix',
      code: freq('daily # overnight load'),
      errors: [
        { messageId: 'spelling', line: 8, column: 12, message: "Write the update frequency 'daily' as 'freq:daily'." },
      ],
      output: null,
      suggestions: ["Write 'freq:daily'"],
      suggestionOutput: freq('freq:daily # overnight load'),
    },
    {
      name: 'a synonym is an interpretation: suggested',
      code: freq('Fortnightly'),
      errors: [{ messageId: 'spelling', line: 8, column: 12 }],
      output: null,
      suggestionOutput: freq('freq:biweekly'),
    },
    {
      name: 'wrong case',
      code: freq('freq:Weekly'),
      errors: [{ messageId: 'spelling', line: 8, column: 12 }],
      output: null,
      suggestionOutput: freq('freq:weekly'),
    },
    {
      name: 'not a frequency',
      code: freq('when needed'),
      errors: [{ messageId: 'unknown', line: 8, column: 12, message: "'when needed'" }],
      output: null,
    },
  ],
});
