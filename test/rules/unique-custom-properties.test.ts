import rule from '../../src/engine/rules/unique-custom-properties';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'different names',
      code: contract(
        'customProperties:\n  - property: owner_team\n    value: sales\n  - property: cost_centre\n    value: 42\n',
      ),
    },
    {
      name: 'the same name in different lists',
      code: contract(
        'customProperties:\n  - property: tier\n    value: gold\nschema:\n  - name: orders\n    customProperties:\n      - property: tier\n        value: silver\n',
      ),
    },
    {
      name: 'names differ by case (kept apart, as ODCS does)',
      code: contract('customProperties:\n  - property: Tier\n    value: 1\n  - property: tier\n    value: 2\n'),
    },
    {
      name: 'a list inside a custom value is data',
      code: contract(
        'customProperties:\n  - property: history\n    value:\n      customProperties:\n        - property: a\n        - property: a\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'repeated at the contract level',
      code: contract('customProperties:\n  - property: tier\n    value: gold\n  - property: tier\n    value: silver\n'),
      errors: [
        {
          messageId: 'duplicate',
          line: 9,
          column: 15,
          message: "Merge or rename custom property 'tier': it is listed twice (first on line 7); tools keep one.",
        },
      ],
      output: null,
    },
    {
      name: 'repeated on a property, three times',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: order_id\n        customProperties:\n          - property: pii\n            value: false\n          - property: pii\n            value: true\n          - property: pii\n            value: false\n',
      ),
      errors: [
        {
          messageId: 'duplicate',
          line: 13,
          column: 23,
          message:
            "Merge or rename custom property 'pii' of property 'order_id' in schema 'orders': it is listed twice (first on line 11); tools keep one.",
        },
        {
          messageId: 'duplicate',
          line: 15,
          column: 23,
          message:
            "Merge or rename custom property 'pii' of property 'order_id' in schema 'orders': it is listed twice (first on line 11); tools keep one.",
        },
      ],
    },
    {
      name: 'repeated on a schema object, a quality rule and a team member',
      code: contract(
        [
          'schema:',
          '  - name: orders',
          '    customProperties:',
          '      - property: a',
          '        value: 1',
          '      - property: a',
          '        value: 2',
          '    quality:',
          '      - type: text',
          '        description: ok',
          '        customProperties:',
          '          - property: b',
          '            value: 1',
          '          - property: b',
          '            value: 2',
          'team:',
          '  name: t',
          '  members:',
          '    - username: ann',
          '      customProperties:',
          '        - property: c',
          '          value: 1',
          '        - property: c',
          '          value: 2',
          '',
        ].join('\n'),
      ),
      errors: [
        {
          messageId: 'duplicate',
          line: 11,
          column: 19,
          message:
            "Merge or rename custom property 'a' of schema 'orders': it is listed twice (first on line 9); tools keep one.",
        },
        {
          messageId: 'duplicate',
          line: 19,
          column: 23,
          message:
            "Merge or rename custom property 'b' of quality rule #1 of schema 'orders': it is listed twice (first on line 17); tools keep one.",
        },
        {
          messageId: 'duplicate',
          line: 28,
          column: 21,
          message:
            "Merge or rename custom property 'c' of team member 'ann': it is listed twice (first on line 26); tools keep one.",
        },
      ],
    },
    {
      name: 'surrounding spaces do not make a different name',
      code: contract("customProperties:\n  - property: tier\n    value: 1\n  - property: 'tier '\n    value: 2\n"),
      errors: [{ messageId: 'duplicate', line: 9, column: 15 }],
    },
  ],
});
