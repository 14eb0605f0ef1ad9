import rule from '../../src/engine/rules/status-value';
import { ruleTester } from '../helpers/rule-tester';

const withStatus = (status: string, apiVersion = 'v3.1.0') =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: ${status}\n`;

ruleTester(rule, {
  valid: [
    { name: 'a documented status', code: withStatus('draft') },
    { name: 'every lifecycle value', code: withStatus('retired') },
    { name: "v3.0.0's documented values are still accepted", code: withStatus('production', 'v3.0.0') },
    { name: "a team's own word that is no misspelling is left alone", code: withStatus('in review') },
    { name: 'no status at all', code: 'apiVersion: v3.1.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\n' },
    { name: 'not text: the schema reports it', code: withStatus('3') },
  ],
  invalid: [
    {
      name: "'drafty' is a misspelling of draft: a safe fix, comment kept",
      code: withStatus('drafty # first cut'),
      errors: [
        {
          messageId: 'misspelt',
          line: 5,
          column: 9,
          message:
            "Write status 'draft' instead of 'drafty': tools recognise only proposed, draft, active, deprecated, retired.",
        },
      ],
      output: withStatus('draft # first cut'),
    },
    {
      name: 'capitalised',
      code: withStatus('Active'),
      errors: [{ messageId: 'misspelt', line: 5, column: 9 }],
      output: withStatus('active'),
    },
    {
      name: 'one letter off',
      code: withStatus('depricated'),
      errors: [{ messageId: 'misspelt', line: 5, column: 9 }],
      output: withStatus('deprecated'),
    },
    {
      name: 'quoted',
      code: withStatus('"retird"'),
      errors: [{ messageId: 'misspelt', line: 5, column: 9 }],
      output: withStatus('retired'),
    },
  ],
});
