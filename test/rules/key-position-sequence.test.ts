import rule from '../../src/engine/rules/key-position-sequence';
import { contract, ruleTester } from '../helpers/rule-tester';

const props = (body: string) => contract(`schema:\n  - name: orders\n    properties:\n${body}`);
const pk = (name: string, position: number | string) =>
  `      - name: ${name}\n        primaryKey: true\n        primaryKeyPosition: ${position}\n`;

ruleTester(rule, {
  valid: [
    { name: 'contiguous from 1', code: props(pk('a', 1) + pk('b', 2)) },
    { name: 'order in the file does not matter', code: props(pk('b', 2) + pk('a', 1)) },
    {
      name: '-1 marks properties outside the key, as in the official examples',
      code: props(
        `${pk('a', 1)}      - name: c\n        primaryKey: false\n        primaryKeyPosition: -1\n        partitioned: false\n        partitionKeyPosition: -1\n`,
      ),
    },
    {
      name: 'a key without any positions',
      code: props('      - name: a\n        primaryKey: true\n      - name: b\n        primaryKey: true\n'),
    },
    {
      name: 'partition positions',
      code: props(
        '      - name: y\n        partitioned: true\n        partitionKeyPosition: 1\n      - name: m\n        partitioned: true\n        partitionKeyPosition: 2\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a gap is renumbered in order, comment kept',
      code: props(pk('a', '1 # first') + pk('b', 3)),
      errors: [
        {
          messageId: 'gap',
          line: 14,
          column: 29,
          message: "Renumber the primary key positions of schema 'orders' to 1, 2 (now 1, 3).",
        },
      ],
      output: props(pk('a', '1 # first') + pk('b', 2)),
    },
    {
      name: 'a gap in partition positions',
      code: props(
        `      - name: y\n        partitioned: true\n        partitionKeyPosition: 2\n      - name: m\n        partitioned: true\n        partitionKeyPosition: 1\n      - name: d\n        partitioned: true\n        partitionKeyPosition: 4\n`,
      ),
      errors: [
        {
          messageId: 'gap',
          line: 17,
          column: 31,
          message: "Renumber the partition key positions of schema 'orders' to 1, 2, 3 (now 1, 2, 4).",
        },
      ],
      output: props(
        `      - name: y\n        partitioned: true\n        partitionKeyPosition: 2\n      - name: m\n        partitioned: true\n        partitionKeyPosition: 1\n      - name: d\n        partitioned: true\n        partitionKeyPosition: 3\n`,
      ),
    },
    {
      name: 'a repeated position',
      code: props(pk('a', 1) + pk('b', 1)),
      errors: [
        {
          messageId: 'duplicate',
          line: 14,
          column: 29,
          message: "Give property 'b' in schema 'orders' its own primaryKeyPosition: 'a' has 1.",
        },
      ],
      output: null,
    },
    {
      name: 'a key part without a position',
      code: props(`${pk('a', 1)}      - name: b\n        primaryKey: true\n`),
      errors: [
        {
          messageId: 'missing',
          line: 13,
          column: 9,
          message:
            "Add a primaryKeyPosition to property 'b' in schema 'orders': the other parts of the primary key have one.",
        },
      ],
      output: null,
    },
  ],
});
