import rule from '../../src/engine/rules/no-support-channel';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'a channel', code: contract("support:\n  - channel: '#orders-help'\n    tool: slack\n") },
    { name: 'a non-list value is left to the schema check', code: contract('support: orders@example.com\n') },
  ],
  invalid: [
    {
      name: 'no support',
      code: contract('description:\n  purpose: Orders placed online.\n'),
      errors: [{ messageId: 'noSupport', line: 1, column: 1 }],
    },
    {
      name: 'an empty list',
      code: contract('support: []\n'),
      errors: [{ messageId: 'noSupport', line: 6, column: 1 }],
    },
  ],
});
