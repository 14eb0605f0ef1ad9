import rule from '../../src/engine/rules/deprecated-still-used';
import { contract32, ruleTester } from '../helpers/rule-tester';

// `legacy_orders` has a deprecated property `category_id`; `orders` is current.
const LEGACY = `schema:
  - name: legacy_orders
    properties:
      - name: order_id
        logicalType: integer
      - name: category_id
        logicalType: integer
        deprecated: true
      - name: category
        logicalType: object
        properties:
          - name: legacy_code
            logicalType: string
            deprecated: true
  - name: orders
    properties:
      - name: order_id
        logicalType: integer
      - name: category_ref
        logicalType: integer
`;
const withLegacy = (more: string) => contract32(LEGACY + more);

ruleTester(rule, {
  valid: [
    { name: 'deprecated but unused', code: withLegacy('') },
    {
      name: 'references to what is not deprecated',
      code: withLegacy(
        '    relationships:\n      - from: orders.order_id\n        to: legacy_orders.order_id\nslaProperties:\n  - property: latency\n    value: 1\n    unit: d\n    element: legacy_orders.order_id\n',
      ),
    },
    {
      name: 'a deprecated property may keep its own relationship and checks',
      code: contract32(`schema:
  - name: orders
    properties:
      - name: customer_code
        deprecated: true
        relationships:
          - to: customers.code
        quality:
          - type: sql
            query: SELECT COUNT(*) FROM orders WHERE customer_code IS NULL
            mustBe: 0
  - name: customers
    properties:
      - name: code
`),
    },
    {
      name: 'a deprecated object may use its own deprecated parts',
      code: contract32(`schema:
  - name: legacy
    deprecated: true
    properties:
      - name: a
        deprecated: true
    relationships:
      - from: legacy.a
        to: other.id
    quality:
      - metric: duplicateValues
        mustBe: 0
        arguments:
          properties: [a]
  - name: other
    properties:
      - name: id
`),
    },
    {
      name: 'deprecated: false',
      code: contract32(
        'schema:\n  - name: orders\n    deprecated: false\n    properties:\n      - name: id\nslaProperties:\n  - property: latency\n    value: 1\n    element: orders.id\n',
      ),
    },
    {
      name: 'a query over a join is not read for columns',
      code: withLegacy(
        '    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM orders o JOIN customers c ON o.category_id = c.id\n        mustBe: 0\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a relationship to a deprecated property',
      code: withLegacy(
        '    relationships:\n      - from: orders.category_ref\n        to: legacy_orders.category_id\n',
      ),
      errors: [
        {
          messageId: 'stillUsed',
          line: 13,
          column: 9,
          message:
            "Switch relationship #1 of schema 'orders' to the replacement of property 'category_id' in schema 'legacy_orders', which is deprecated.",
        },
      ],
      output: null,
    },
    {
      name: 'a property-level relationship, an SLA element and slaDefaultElement',
      code: withLegacy(
        '        relationships:\n          - to: legacy_orders.category_id\nslaDefaultElement: legacy_orders.category_id\nslaProperties:\n  - property: latency\n    value: 1\n    unit: d\n    element: orders.order_id, legacy_orders.category_id\n',
      ),
      errors: [
        {
          messageId: 'stillUsed',
          line: 13,
          column: 9,
          message:
            "Switch the contract's slaDefaultElement, relationship #1 of property 'category_ref' in schema 'orders' and SLA property 'latency' to the replacement of property 'category_id' in schema 'legacy_orders', which is deprecated.",
        },
      ],
    },
    {
      name: 'a nested deprecated property, by its fully qualified reference',
      code: withLegacy(
        '    relationships:\n      - from: orders.category_ref\n        to: schema/legacy_orders/properties/category/properties/legacy_code\n',
      ),
      errors: [
        {
          messageId: 'stillUsed',
          line: 19,
          column: 13,
          message:
            "Switch relationship #1 of schema 'orders' to the replacement of property 'legacy_code' of 'category' in schema 'legacy_orders', which is deprecated.",
        },
      ],
    },
    {
      name: 'quality rules: arguments.properties, element and a simple SQL query',
      code: contract32(`schema:
  - name: orders
    properties:
      - name: order_id
      - name: old_status
        deprecated: true
    quality:
      - name: unique_order
        metric: duplicateValues
        mustBe: 0
        arguments:
          properties: [order_id, old_status]
      - name: status_known
        element: orders.old_status
        type: text
        description: Every order has a status.
      - type: sql
        query: SELECT COUNT(*) FROM orders WHERE old_status IS NULL
        mustBe: 0
`),
      errors: [
        {
          messageId: 'stillUsed',
          line: 11,
          column: 9,
          message:
            "Switch quality rule 'unique_order' of schema 'orders', quality rule 'status_known' of schema 'orders' and the SQL query of quality rule #3 of schema 'orders' to the replacement of property 'old_status' in schema 'orders', which is deprecated.",
        },
      ],
    },
    {
      name: 'a deprecated schema object used by a relationship and a query of another object',
      code: contract32(`schema:
  - name: legacy_orders
    deprecated: true
    properties:
      - name: id
  - name: orders
    properties:
      - name: id
        relationships:
          - to: legacy_orders.id
        quality:
          - type: sql
            query: SELECT COUNT(*) FROM legacy_orders
            mustBeGreaterThan: 0
`),
      errors: [
        {
          messageId: 'stillUsed',
          line: 8,
          column: 5,
          message:
            "Switch the SQL query of quality rule #1 of property 'id' in schema 'orders' and relationship #1 of property 'id' in schema 'orders' to the replacement of schema 'legacy_orders', which is deprecated.",
        },
      ],
    },
  ],
});
