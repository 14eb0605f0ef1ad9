import rule from '../../src/engine/rules/relationship-arity';
import { contract, ruleTester } from '../helpers/rule-tester';

const objectLevel = (rel: string) =>
  contract(`schema:\n  - name: orders\n    relationships:\n${rel}    properties:\n      - name: a\n`);
const propertyLevel = (rel: string) =>
  contract(`schema:\n  - name: orders\n    properties:\n      - name: a\n        relationships:\n${rel}`);

ruleTester(rule, {
  valid: [
    { name: 'two single references', code: objectLevel('      - from: orders.a\n        to: customers.id\n') },
    {
      name: 'two lists of two',
      code: objectLevel('      - from: [orders.a, orders.b]\n        to: [customers.id, customers.country]\n'),
    },
    { name: 'property-level single target', code: propertyLevel('          - to: customers.id\n') },
    { name: 'property-level list of one', code: propertyLevel('          - to: [customers.id]\n') },
    {
      name: 'mixed forms are left to the schema check',
      code: objectLevel('      - from: orders.a\n        to: [customers.id, customers.country]\n'),
    },
  ],
  invalid: [
    {
      name: 'lists of different lengths',
      code: objectLevel('      - from: [orders.a, orders.b]\n        to:\n          - customers.id\n'),
      errors: [
        {
          messageId: 'lengthMismatch',
          line: 10,
          column: 9,
          message: "Give relationship #1 of schema 'orders' as many 'to' as 'from' entries (now 2 and 1).",
        },
      ],
      output: null,
    },
    {
      name: 'property-level with several targets',
      code: propertyLevel('          - to: [customers.id, customers.country]\n'),
      errors: [
        {
          messageId: 'propertyToMany',
          line: 11,
          column: 13,
          message:
            "Point relationship #1 of property 'a' in schema 'orders' at one property, or use 'from' and 'to' lists on the schema.",
        },
      ],
    },
  ],
});
