import rule from '../../src/engine/rules/relationship-type-match';
import { contract, ruleTester } from '../helpers/rule-tester';

const schema = (customerIdType: string, relationship: string, objectRelationship = '') =>
  contract(
    'schema:\n  - name: customers\n    properties:\n      - name: id\n        logicalType: string\n      - name: country\n        logicalType: string\n' +
      `  - name: orders\n${objectRelationship}    properties:\n      - name: customer_id\n        logicalType: ${customerIdType}\n${relationship}      - name: country\n        logicalType: string\n`,
  );

ruleTester(rule, {
  valid: [
    { name: 'same types', code: schema('string', '        relationships:\n          - to: customers.id\n') },
    {
      name: 'unknown target is for relationship-target-exists',
      code: schema('integer', '        relationships:\n          - to: invoices.id\n'),
    },
    {
      name: 'integer and number are compatible',
      code: contract(
        'schema:\n  - name: a\n    properties:\n      - name: id\n        logicalType: number\n  - name: b\n    properties:\n      - name: a_id\n        logicalType: integer\n        relationships:\n          - to: a.id\n',
      ),
    },
    {
      name: 'a target without a logicalType',
      code: contract(
        'schema:\n  - name: a\n    properties:\n      - name: id\n  - name: b\n    properties:\n      - name: a_id\n        logicalType: integer\n        relationships:\n          - to: a.id\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'integer column pointing at a string key',
      code: schema('integer', '        relationships:\n          - to: customers.id\n'),
      errors: [
        {
          messageId: 'typeMismatch',
          line: 18,
          column: 17,
          message: "Make 'customer_id' (integer) and its target 'customers.id' (string) the same logicalType.",
        },
      ],
      output: null,
    },
    {
      name: 'composite key: the pairs are compared in order',
      code: schema(
        'integer',
        '',
        '    relationships:\n      - from: [orders.customer_id, orders.country]\n        to: [customers.id, customers.country]\n',
      ),
      errors: [
        {
          messageId: 'typeMismatch',
          line: 16,
          column: 14,
          message: "Make 'orders.customer_id' (integer) and its target 'customers.id' (string) the same logicalType.",
        },
      ],
    },
  ],
});
