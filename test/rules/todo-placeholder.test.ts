import rule from '../../src/engine/rules/todo-placeholder';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'no placeholders', code: contract('description:\n  purpose: Orders placed online, one row per order.\n') },
    {
      name: 'TODO inside a sentence is prose, not a placeholder',
      code: contract('description:\n  purpose: Lists each customer TODO item from the planner app.\n'),
    },
    {
      name: 'a word that merely starts with the letters',
      code: contract('team:\n  name: todolist-team\n  members:\n    - username: tbdavies\n'),
    },
  ],
  invalid: [
    {
      name: 'the Data Owner skeleton is flagged until filled in',
      code: contract('team:\n  name: orders\n  members:\n    - username: TODO-username\n      role: Data Owner\n'),
      errors: [
        {
          messageId: 'placeholder',
          line: 9,
          column: 17,
          message:
            "Replace the placeholder \"TODO-username\" in 'username' of team member 'TODO-username' with the real value.",
        },
      ],
    },
    {
      name: 'retention and DPIA skeletons, and a top-level value',
      code: contract(
        'domain: TBC\nslaProperties:\n  - property: retention\n    value: TODO\n    unit: d\ncustomProperties:\n  - property: dpia\n    value: todo\n',
      ),
      errors: [
        {
          messageId: 'placeholder',
          line: 6,
          column: 9,
          message: 'Replace the placeholder "TBC" in \'domain\' with the real value.',
        },
        {
          messageId: 'placeholder',
          line: 9,
          column: 12,
          message: "Replace the placeholder \"TODO\" in 'value' of SLA property 'retention' with the real value.",
        },
        {
          messageId: 'placeholder',
          line: 13,
          column: 12,
          message: "Replace the placeholder \"todo\" in 'value' of custom property 'dpia' with the real value.",
        },
      ],
    },
    {
      name: 'inside a property',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: order_id\n        description: TODO describe\n',
      ),
      errors: [
        {
          messageId: 'placeholder',
          line: 10,
          column: 22,
          message:
            "Replace the placeholder \"TODO describe\" in 'description' of property 'order_id' in schema 'orders' with the real value.",
        },
      ],
    },
    {
      name: 'a placeholder an alias repeats is reported once, where it is written',
      code: contract('servers:\n  - &s\n    server: TBC\n    type: postgres\n  - *s\n'),
      errors: [
        {
          messageId: 'placeholder',
          line: 8,
          column: 13,
          message: "Replace the placeholder \"TBC\" in 'server' of server 'TBC' with the real value.",
        },
      ],
    },
  ],
});
