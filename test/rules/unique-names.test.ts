import rule from '../../src/engine/rules/unique-names';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'the same property name in different objects and nesting levels',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: id\n      - name: customer\n        logicalType: object\n        properties:\n          - name: id\n  - name: customers\n    properties:\n      - name: id\n',
      ),
    },
    {
      name: 'unnamed quality rules',
      code: contract(
        'schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBe: 1\n      - metric: rowCount\n        mustBe: 2\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'two properties with one name',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: string\n      - name: id\n        logicalType: integer\n',
      ),
      errors: [
        {
          messageId: 'duplicateName',
          line: 11,
          column: 15,
          message: "Rename property 'id' in schema 'orders': another property in the list has the name 'id'.",
        },
      ],
      output: null,
    },
    {
      name: 'schema objects, servers and team members',
      code: contract(
        'schema:\n  - name: orders\n  - name: orders\nservers:\n  - server: prod\n    type: postgres\n  - server: prod\n    type: snowflake\nteam:\n  name: t\n  members:\n    - username: ann\n    - username: ann\n',
      ),
      errors: [
        {
          messageId: 'duplicateName',
          line: 8,
          column: 11,
          message: "Rename schema 'orders': another schema object in the list has the name 'orders'.",
        },
        {
          messageId: 'duplicateName',
          line: 12,
          column: 13,
          message: "Rename server 'prod': another server in the list has the name 'prod'.",
        },
        { messageId: 'duplicateName', line: 18, column: 17 },
      ],
    },
  ],
});
