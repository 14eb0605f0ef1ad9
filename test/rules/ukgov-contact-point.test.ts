import rule from '../../src/engine/rules/ukgov-contact-point';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a support channel',
      code: contract('support:\n  - channel: orders-data mailbox\n    url: mailto:orders-data@justice.gov.uk\n'),
    },
    {
      name: 'a member with an email username',
      code: contract('team:\n  members:\n    - username: alex.smith@justice.gov.uk\n      role: Data Owner\n'),
    },
    {
      name: 'a member with an email in a custom property',
      code: contract(
        'team:\n  members:\n    - username: asmith\n      customProperties:\n        - property: email\n          value: alex.smith@justice.gov.uk\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'nothing to contact',
      code: contract('team:\n  members:\n    - username: asmith\n      role: Data Owner\n'),
      errors: [{ messageId: 'noContact', line: 1, column: 1 }],
    },
    {
      name: 'the member with an email has left',
      code: contract('team:\n  members:\n    - username: alex.smith@justice.gov.uk\n      dateOut: "2024-01-01"\n'),
      today: '2026-01-01',
      errors: [{ messageId: 'noContact', line: 1, column: 1 }],
    },
  ],
});
