import rule from '../../src/engine/rules/enum-valid-values-agree';
import { contract32, ruleTester } from '../helpers/rule-tester';

// A property `status` with an enum and one invalidValues check whose validValues are given as a flow list.
const status = (enumValues: string, validValues: string, extra = '') =>
  contract32(`schema:
  - name: orders
    properties:
      - name: status
        logicalType: string
        enum:
${enumValues
  .split(',')
  .map((v) => `          - value: ${v.trim()}`)
  .join('\n')}
        quality:
          - metric: invalidValues
            mustBe: 0
            arguments:
              validValues: [${validValues}]
${extra}`);

ruleTester(rule, {
  valid: [
    { name: 'same values', code: status('pending, shipped, cancelled', 'pending, shipped, cancelled') },
    { name: 'same values in another order', code: status('pending, shipped', 'shipped, pending') },
    { name: 'numbers match numbers', code: status('1, 2, 3', '1, 2, 3') },
    {
      name: 'an invalidValues check with a pattern says nothing about the enum',
      code: contract32(`schema:
  - name: orders
    properties:
      - name: country
        enum:
          - value: GB
          - value: FR
        quality:
          - metric: invalidValues
            mustBe: 0
            arguments:
              pattern: '^[A-Z]{2}$'
`),
    },
    {
      name: 'other metrics are not compared',
      code: contract32(`schema:
  - name: orders
    properties:
      - name: status
        enum:
          - value: open
        quality:
          - metric: nullValues
            mustBe: 0
`),
    },
    {
      name: 'no enum',
      code: contract32(
        'schema:\n  - name: orders\n    properties:\n      - name: status\n        quality:\n          - metric: invalidValues\n            mustBe: 0\n            arguments:\n              validValues: [open]\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'the enum allows a value the check counts as invalid',
      code: status('pending, shipped, returned', 'pending, shipped'),
      errors: [
        {
          messageId: 'notInValidValues',
          line: 19,
          column: 15,
          message:
            "Make validValues of quality rule #1 of property 'status' in schema 'orders' match the enum, which also allows 'returned'.",
        },
      ],
      output: null,
    },
    {
      name: 'the check accepts values the enum does not allow',
      code: status('pending, shipped', 'pending, shipped, lost, unknown'),
      errors: [
        {
          messageId: 'notInEnum',
          line: 18,
          column: 15,
          message:
            "Make validValues of quality rule #1 of property 'status' in schema 'orders' match the enum, which does not allow 'lost' and 'unknown'.",
        },
      ],
    },
    {
      name: 'both ways, named by the quality rule',
      code: status('pending, shipped', 'pending, lost').replace(
        '          - metric: invalidValues',
        '          - name: status_is_known\n            metric: invalidValues',
      ),
      errors: [
        {
          messageId: 'both',
          line: 19,
          column: 15,
          message:
            "Align validValues of quality rule 'status_is_known' of property 'status' in schema 'orders' with the enum.",
          detail: "Only the enum allows 'shipped'; only validValues allows 'lost'.",
        },
      ],
    },
    {
      name: 'a number in the enum and the text of another number in validValues',
      code: status('1, 2', "'1', '3'"),
      errors: [
        {
          messageId: 'both',
          line: 18,
          column: 15,
          message: "Align validValues of quality rule #1 of property 'status' in schema 'orders' with the enum.",
        },
      ],
    },
    {
      name: 'an enum written as a bare list of values',
      code: contract32(
        'schema:\n  - name: orders\n    properties:\n      - name: status\n        enum: [open, closed]\n        quality:\n          - metric: invalidValues\n            mustBe: 0\n            arguments:\n              validValues: [open]\n',
      ),
      errors: [
        {
          messageId: 'notInValidValues',
          line: 15,
          column: 15,
          message:
            "Make validValues of quality rule #1 of property 'status' in schema 'orders' match the enum, which also allows 'closed'.",
        },
      ],
    },
    {
      name: 'many values are capped',
      code: status('a, b, c, d, e, f, g, h', 'a'),
      errors: [
        {
          messageId: 'notInValidValues',
          line: 24,
          column: 15,
          message:
            "Make validValues of quality rule #1 of property 'status' in schema 'orders' match the enum, which also allows 'b', 'c', 'd', 'e', 'f' and 2 more.",
        },
      ],
    },
    {
      name: 'each disagreeing check of array items is reported',
      code: contract32(`schema:
  - name: orders
    properties:
      - name: tags
        logicalType: array
        items:
          logicalType: string
          enum:
            - value: new
            - value: vip
          quality:
            - metric: invalidValues
              arguments:
                validValues: [new]
              mustBe: 0
            - metric: invalidValues
              arguments:
                validValues: [new, vip]
              mustBe: 0
`),
      errors: [
        {
          messageId: 'notInValidValues',
          line: 19,
          column: 17,
          message:
            "Make validValues of quality rule #1 of the items of property 'tags' in schema 'orders' match the enum, which also allows 'vip'.",
        },
      ],
    },
  ],
});
