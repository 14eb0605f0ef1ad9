// Each common YAML mistake in a contract gives one finding, at the line of its cause, in plain words, and nothing
// about the fragments the parser read while it recovered. Every finding of `lintText` is listed ("line: rule: message").
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';

const CLEAN = [
  'apiVersion: v3.1.0',
  'kind: DataContract',
  'id: orders-contract',
  'name: Orders',
  'version: 1.0.0',
  'status: active',
  'description:',
  '  purpose: Every order placed in the web shop, for finance reporting.',
  '  usage: Monthly revenue reports.',
  'team:',
  '  name: sales-data',
  '  members:',
  '    - username: ann.lee',
  '      role: Data Owner',
  '    - username: bo.chan',
  '      role: Data Steward',
  'support:',
  '  - channel: "#sales-data"',
  '    url: https://chat.example.com/sales-data',
  'schema:',
  '  - name: orders',
  '    description: One row per order placed in the web shop.',
  '    dataGranularityDescription: One row per order',
  '    tags: [finance, sales]',
  '    properties:',
  '      - name: order_id',
  '        logicalType: string',
  "        description: The order's identifier.",
  '      - name: amount',
  '        logicalType: number',
  '        description: The amount paid, in pounds.',
  '',
].join('\n');

/** The clean contract with one or more of its lines replaced (each `from` must occur exactly once). */
function broken(...edits: Array<[string, string]>): string {
  let text = CLEAN;
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, `'${from}' occurs once in the contract`);
    text = text.replace(from, to);
  }
  return text;
}

const report = (text: string) =>
  lintText(text, { fileName: 'orders.odcs.yaml' }).findings.map(
    (f) => `${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`,
  );

const continuation = (key: string) =>
  `Indent the continuation lines of this quoted value more than its key '${key}', or put the value on one line.`;
const UNCLOSED_QUOTE = 'yaml-syntax: Close this quoted value: add the closing quote.';
const dash = (word: string) =>
  `yaml-syntax: Put a space after '-' to start a list item: without it, '${word}' is not a list item.`;

const CASES: Array<{ name: string; text: string; expected: string[] }> = [
  {
    name: 'a quoted value continued on a line no deeper than its key',
    text: broken([
      '  purpose: Every order placed in the web shop, for finance reporting.\n',
      '  purpose: "Every order placed in the web shop, as a\n  number."\n',
    ]),
    expected: [`9: yaml-syntax: ${continuation('purpose')}`],
  },
  {
    name: 'the same inside a list item: the keys after it are not reported missing or unknown',
    text: broken([
      '    description: One row per order placed in the web shop.\n',
      '    description: "One row per order placed in\n    the web shop."\n',
    ]),
    expected: [`23: yaml-syntax: ${continuation('description')}`],
  },
  {
    name: 'the same on a property, followed by the next list item',
    text: broken([
      "        description: The order's identifier.\n",
      '        description: "The order\'s\n        identifier."\n',
    ]),
    expected: [`29: yaml-syntax: ${continuation('description')}`],
  },
  {
    name: 'a quoted list item continued on a line no deeper than its dash',
    text: broken(['    tags: [finance, sales]\n', '    tags:\n      - "finance and\n      sales"\n      - orders\n']),
    expected: [
      "26: yaml-syntax: Indent the continuation lines of this quoted value more than its '-', or put the value on one line.",
    ],
  },
  {
    name: 'a single-quoted value continued too shallow',
    text: broken(['  usage: Monthly revenue reports.\n', "  usage: 'Monthly revenue\n  reports.'\n"]),
    expected: [`10: yaml-syntax: ${continuation('usage')}`],
  },
  {
    name: 'a continuation line not indented enough after one that is',
    text: broken([
      '  purpose: Every order placed in the web shop, for finance reporting.\n',
      '  purpose: "Every order placed\n    in the web shop,\n  for finance reporting."\n',
    ]),
    expected: [`10: yaml-syntax: ${continuation('purpose')}`],
  },
  {
    name: 'a quote that is never closed, at the line where it opens',
    text: broken([
      '  purpose: Every order placed in the web shop, for finance reporting.\n',
      '  purpose: "Every order placed in the web shop, for finance reporting.\n',
    ]),
    expected: [`8: ${UNCLOSED_QUOTE}`],
  },
  {
    name: 'a quote never closed until the end of the file swallows the rest, which is not reported missing',
    text: broken([
      '        description: The amount paid, in pounds.\n',
      '        description: "The amount paid, in pounds.\n',
    ]),
    expected: [`31: ${UNCLOSED_QUOTE}`],
  },
  {
    name: "an unclosed '[' at its line, not at the next key",
    text: broken(['    tags: [finance, sales]\n', '    tags: [finance, sales\n']),
    expected: ["24: yaml-syntax: Close this list: add the ']' that ends the '['."],
  },
  {
    name: "an unclosed '{' on a list item, and nothing about the items the parser misread after it",
    text: broken([
      "      - name: order_id\n        logicalType: string\n        description: The order's identifier.\n",
      "      - {name: order_id, logicalType: string, description: The order's identifier.\n",
    ]),
    expected: ["26: yaml-syntax: Close this mapping: add the '}' that ends the '{'."],
  },
  {
    name: "a ': ' inside an unquoted value",
    text: broken(['  usage: Monthly revenue reports.\n', '  usage: Reports: monthly revenue.\n']),
    expected: ["9: yaml-syntax: Quote this value if it contains ': ', or remove the stray ':'."],
  },
  {
    name: 'a key at the wrong indentation after a block scalar',
    text: broken([
      '  purpose: Every order placed in the web shop, for finance reporting.\n  usage: Monthly revenue reports.\n',
      '  purpose: |\n    Every order placed in the web shop,\n    for finance reporting.\n   usage: Monthly revenue reports.\n',
    ]),
    expected: [
      "11: yaml-syntax: Indent 'usage' exactly like the other keys of its block: it does not line up with the keys above it.",
    ],
  },
  {
    name: 'a key indented less than its siblings',
    text: broken(['  usage: Monthly revenue reports.\n', ' usage: Monthly revenue reports.\n']),
    expected: [
      "9: yaml-syntax: Indent 'usage' exactly like the other keys of its block: it does not line up with the keys above it.",
    ],
  },
  {
    name: 'a tab that empties the key above it: no "no description", no unknown keys',
    text: broken(['description:\n  purpose:', 'description:\n\tpurpose:']),
    expected: ['8: yaml-syntax: Indent with spaces: YAML does not allow tabs for indentation.'],
  },
  {
    name: 'a tab on a later key of a block',
    text: broken(['  usage: Monthly revenue reports.\n', '\tusage: Monthly revenue reports.\n']),
    expected: ['9: yaml-syntax: Indent with spaces: YAML does not allow tabs for indentation.'],
  },
  {
    name: "a missing space after '-' in a list of texts (valid YAML, but not a list)",
    text: broken(['    tags: [finance, sales]\n', '    tags:\n      -finance\n      -sales\n']),
    expected: [`25: ${dash('-finance')}`],
  },
  {
    name: "a missing space after '-' on a list item of mappings",
    text: broken(['      - name: amount\n', '      -name: amount\n']),
    expected: [`29: ${dash('-name')}`],
  },
  {
    name: "a missing space after '-' on the first item of a list",
    text: broken(['  - channel: "#sales-data"\n    url:', '  -channel: "#sales-data"\n    url:']),
    expected: [`18: ${dash('-channel')}`],
  },
  {
    name: "a key next to '- ' items at the same indentation",
    text: broken([
      '        description: The amount paid, in pounds.\n',
      '        description: The amount paid, in pounds.\n      physicalType: decimal\n',
    ]),
    expected: [
      "32: yaml-syntax: Indent 'physicalType' under the list item it belongs to, or start a new item with '- '.",
    ],
  },
  {
    name: 'a duplicate key, at its second occurrence',
    text: broken(['status: active\n', 'status: active\nstatus: draft\n']),
    expected: [
      '7: duplicate-key: Remove or rename this key: it appears twice in the block, and the second one silently replaces the first.',
    ],
  },
  {
    name: 'a byte-order mark is no mistake, and does not shift the line of one',
    text: '\uFEFF' + broken(['    tags: [finance, sales]\n', '    tags: [finance, sales\n']),
    expected: ["24: yaml-syntax: Close this list: add the ']' that ends the '['."],
  },
  {
    name: 'CRLF line ends: the same one finding at the same line',
    text: broken([
      '  purpose: Every order placed in the web shop, for finance reporting.\n',
      '  purpose: "Every order placed in the web shop, as a\n  number."\n',
    ]).replace(/\n/g, '\r\n'),
    expected: [`9: yaml-syntax: ${continuation('purpose')}`],
  },
  {
    name: 'real problems elsewhere in the file are still reported next to the syntax error',
    text: broken(
      [
        '  purpose: Every order placed in the web shop, for finance reporting.\n',
        '  purpose: "Every order placed in the web shop, as a\n  number."\n',
      ],
      ['        logicalType: number\n', '        logicalType: numeric\n'],
    ),
    expected: [
      `9: yaml-syntax: ${continuation('purpose')}`,
      "31: schema-invalid-enum: Use 'number': logicalType 'numeric' is not allowed for property 'amount' in schema 'orders'.",
    ],
  },
];

describe('YAML mistakes in a contract: one finding at the cause, no debris', () => {
  it('the contract the cases start from has no finding', () => {
    assert.deepEqual(report(CLEAN), []);
    assert.deepEqual(report('\uFEFF' + CLEAN), []);
    assert.deepEqual(report(CLEAN.replace(/\n/g, '\r\n')), []);
  });

  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(report(c.text), c.expected));
  }

  it('keeps a real unknown key that the parser read correctly after the broken line', () => {
    const text = broken([
      '  usage: Monthly revenue reports.\n',
      '  usage: "Monthly revenue\n  reports."\ndescripton: x\n',
    ]);
    assert.deepEqual(
      report(text).map((line) => line.replace(/ Allowed keys.*| Did you mean.*/, '')),
      [
        `10: yaml-syntax: ${continuation('usage')}`,
        "11: schema-unknown-key: Remove or rename the unknown key 'descripton' of the contract.",
      ],
    );
  });

  it('says which character is missing: a colon after a key, a space before a comment', () => {
    assert.deepEqual(
      report(
        broken([
          '        description: The amount paid, in pounds.\n',
          '        description: The amount paid, in pounds.\n        l\n',
        ]),
      ),
      ["32: yaml-syntax: Add ':' and a value after this key, or remove the text."],
    );
    assert.deepEqual(report(broken(['    tags: [finance, sales]', '    tags: [finance, sales]#x'])), [
      "24: yaml-syntax: Put a space before '#': a comment needs space before it.",
    ]);
  });

  it("says nothing of a text that starts with '-' where a text is allowed", () => {
    const text = broken(['  usage: Monthly revenue reports.\n', '  usage:\n    -Monthly revenue reports.\n']);
    assert.deepEqual(report(text), []);
  });
});
