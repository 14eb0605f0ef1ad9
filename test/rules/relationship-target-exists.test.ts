import rule from '../../src/engine/rules/relationship-target-exists';
import { contract, ruleTester } from '../helpers/rule-tester';

const schema = (orderRelationships: string, objectRelationships = '') =>
  contract(
    'schema:\n' +
      '  - id: customers_obj\n    name: customers\n    properties:\n      - id: customer_id_prop\n        name: id\n' +
      `  - name: orders\n${objectRelationships}    properties:\n      - name: customer_id\n${orderRelationships}`,
  );

ruleTester(rule, {
  valid: [
    { name: 'property-level shorthand', code: schema('        relationships:\n          - to: customers.id\n') },
    {
      name: 'property-level fully qualified',
      code: schema('        relationships:\n          - to: schema/customers_obj/properties/customer_id_prop\n'),
    },
    {
      name: 'schema-level composite',
      code: schema('', '    relationships:\n      - from: [orders.customer_id]\n        to: [customers.id]\n'),
    },
    {
      name: 'a reference into another file is not checked here',
      code: schema('        relationships:\n          - to: other.yaml#/schema/x/properties/y\n'),
    },
  ],
  invalid: [
    {
      name: 'unknown object, with a close name suggested',
      code: schema('        relationships:\n          - to: customer.id # the buyer\n'),
      errors: [
        {
          messageId: 'missingObject',
          line: 16,
          column: 17,
          message: "Fix 'customer.id': this contract has no object 'customer'. Did you mean 'customers.id'?",
        },
      ],
      output: null,
      suggestions: ["Change to 'customers.id'"],
    },
    {
      name: 'unknown property in a known object',
      code: schema('        relationships:\n          - to: customers.customer_id\n'),
      errors: [
        {
          messageId: 'missingProperty',
          line: 16,
          column: 17,
          message: "Fix 'customers.customer_id': schema 'customers' has no property 'customer_id'.",
        },
      ],
    },
    {
      name: 'schema-level ends are all checked',
      code: schema(
        '',
        '    relationships:\n      - from:\n          - orders.cust_id\n        to:\n          - schema/customers_obj/properties/nope\n',
      ),
      errors: [
        { messageId: 'missingProperty', line: 15, column: 13 },
        { messageId: 'missingProperty', line: 17, column: 13 },
      ],
    },
  ],
});
