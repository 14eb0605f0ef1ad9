// Table tests for the rules the engine reports itself (YAML syntax and the ODCS schema): each rule's cases lint
// whole texts, since these findings come from the parser and the model rather than from visitors.
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import type { AnyRule } from '../../src/engine/rules/define-rule';
import aliasLimit from '../../src/engine/rules/alias-limit';
import apiVersionFeature from '../../src/engine/rules/api-version-feature';
import dcsDeprecated from '../../src/engine/rules/dcs-deprecated';
import duplicateKey from '../../src/engine/rules/duplicate-key';
import odcsVersionUnknown from '../../src/engine/rules/odcs-version-unknown';
import odcsVersionUnsupported from '../../src/engine/rules/odcs-version-unsupported';
import schemaInvalidEnum from '../../src/engine/rules/schema-invalid-enum';
import schemaInvalidValue from '../../src/engine/rules/schema-invalid-value';
import schemaMissingRequired from '../../src/engine/rules/schema-missing-required';
import schemaUnknownKey from '../../src/engine/rules/schema-unknown-key';
import schemaWrongType from '../../src/engine/rules/schema-wrong-type';
import yamlSyntax from '../../src/engine/rules/yaml-syntax';
import { checkOfferedEdits, contract } from '../helpers/rule-tester';

/** `output`: the text after the safe fix; `suggested`: the text after the first suggestion (then no safe fix is offered). */
interface Case {
  code: string;
  line: number;
  column: number;
  message?: RegExp;
  /** What the finding's detail must match. */
  detail?: RegExp;
  output?: string;
  suggested?: string;
}
const BOMB =
  'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
const property = (body: string) =>
  contract(`schema:\n  - name: orders\n    properties:\n      - name: order_id\n${body}`);

const TABLE: Array<[AnyRule, { valid: string[]; invalid: Case[] }]> = [
  [
    yamlSyntax,
    {
      valid: [contract('tags: [a, b]\n')],
      invalid: [
        { code: contract('description:\n\tpurpose: x\n'), line: 7, column: 1, message: /tabs/i },
        { code: contract('description:\n  purpose: "open\n'), line: 7, column: 12, message: /closing quote/ },
        { code: contract('name: a: b\n'), line: 6, column: 7, message: /stray ':'/ },
      ],
    },
  ],
  [
    duplicateKey,
    {
      valid: [contract()],
      invalid: [{ code: contract('status: draft\n'), line: 6, column: 1, message: /appears twice/ }],
    },
  ],
  [
    aliasLimit,
    {
      valid: [contract('a: &a x\nb: *a\n')],
      invalid: [{ code: contract(BOMB), line: 1, column: 1, message: /alias/ }],
    },
  ],
  [
    dcsDeprecated,
    {
      valid: [contract()],
      invalid: [
        {
          code: 'dataContractSpecification: 1.1.0\nid: orders\n',
          line: 1,
          column: 1,
          message: /^Convert this file to ODCS v3\.2\.0: .* deprecated/,
          detail: /until the end of 2026/,
        },
      ],
    },
  ],
  [
    odcsVersionUnsupported,
    {
      valid: [contract()],
      invalid: [
        { code: 'apiVersion: v2.2.2\nkind: DataContract\nuuid: x\n', line: 1, column: 13, message: /migrate/i },
      ],
    },
  ],
  [
    odcsVersionUnknown,
    {
      valid: [contract(), contract().replace('v3.1.0', 'v3.2.0'), contract().replace('v3.1.0', 'v3.0.0')],
      invalid: [
        {
          code: contract().replace('v3.1.0', 'v3.9.0'),
          line: 1,
          column: 13,
          message: /^Use a released ODCS version such as v3\.2\.0: 'v3\.9\.0' is not one\.$/,
          detail: /checked as v3\.2\.0/,
        },
        {
          code: contract().replace('v3.1.0', '3.0.0'),
          line: 1,
          column: 13,
          message: /'3\.0\.0' as 'v3\.0\.0'/,
          detail: /checked as v3\.0\.0/,
        },
        {
          code: 'apiVersion: v2.3.0\nkind: DataContract\nuuid: x\ndataset: []\n',
          line: 1,
          column: 13,
          message: /shaped like ODCS v2/,
        },
      ],
    },
  ],
  [
    schemaUnknownKey,
    {
      valid: [contract('description:\n  purpose: Orders.\n')],
      invalid: [
        {
          code: contract('descripton:\n  purpose: Orders.\n'),
          line: 6,
          column: 1,
          message: /^Rename the unknown key '\w+' to 'description'/,
          output: contract('description:\n  purpose: Orders.\n'),
        },
      ],
    },
  ],
  [
    schemaInvalidEnum,
    {
      valid: [property('        logicalType: timestamp\n')],
      invalid: [
        // a synonym from another type system is unambiguous: the ODCS word is a safe fix, as for a misspelling
        {
          code: property('        logicalType: datetime\n'),
          line: 10,
          column: 22,
          message:
            /^Use 'timestamp': logicalType 'datetime' is not allowed for property 'order_id' in schema 'orders'\.$/,
          output: property('        logicalType: timestamp\n'),
        },
        {
          code: property('        logicalType: int # id\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: integer # id\n'),
        },
        {
          code: property('        logicalType: bool\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: boolean\n'),
        },
        {
          code: property('        logicalType: varchar\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: string\n'),
        },
        {
          code: property('        logicalType: decimal\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: number\n'),
        },
        {
          code: property('        logicalType: strin\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: string\n'),
        },
        // no synonym, no near word: no fix
        {
          code: property('        logicalType: blobby\n'),
          line: 10,
          column: 22,
          message: /with an allowed value/,
          detail: /: string, date, /,
        },
        {
          code: property('        logicalType: Integer\n'),
          line: 10,
          column: 22,
          output: property('        logicalType: integer\n'),
        },
      ],
    },
  ],
  [
    schemaMissingRequired,
    {
      valid: [contract()],
      invalid: [
        {
          code: contract().replace('version: 1.0.0\n', ''),
          line: 1,
          column: 1,
          message: /^Add the required key 'version' to the contract/,
        },
        {
          code: contract('schema:\n  - name: orders\n    properties:\n      - logicalType: string\n'),
          line: 9,
          column: 7,
          message: /^Add the required key 'name' to property #1 in schema 'orders'/,
        },
      ],
    },
  ],
  [
    schemaWrongType,
    {
      valid: [property('        required: true\n')],
      invalid: [
        {
          code: property('        required: "yes"\n'),
          line: 10,
          column: 19,
          message: /true or false/,
          output: property('        required: true\n'),
        },
      ],
    },
  ],
  [
    schemaInvalidValue,
    {
      valid: [contract('contractCreatedTs: 2026-11-02T09:30:00Z\n')],
      invalid: [{ code: contract('contractCreatedTs: last Tuesday\n'), line: 6, column: 20 }],
    },
  ],
  [
    apiVersionFeature,
    {
      valid: [contract('team:\n  name: t\n  members:\n    - username: a\n      role: Data Owner\n')],
      invalid: [
        {
          code: contract('team:\n  name: t\n  members:\n    - username: a\n      role: Data Owner\n').replace(
            'v3.1.0',
            'v3.0.2',
          ),
          line: 1,
          column: 13,
          message: /^Set apiVersion to v3\.1\.0: .*team object.*v3\.0\.2/,
          suggested: contract('team:\n  name: t\n  members:\n    - username: a\n      role: Data Owner\n'),
        },
        {
          code: contract(
            'schema:\n  - name: orders\n    properties:\n      - name: status\n        enum:\n          - value: open\n        deprecated: true\n',
          ),
          line: 1,
          column: 13,
          message: /uses 'enum' and 'deprecated', which v3\.1\.0 lacks/,
          detail: /v3\.1\.0 but uses 'enum' and 'deprecated', which arrived in v3\.2\.0/,
          suggested: contract(
            'schema:\n  - name: orders\n    properties:\n      - name: status\n        enum:\n          - value: open\n        deprecated: true\n',
          ).replace('v3.1.0', 'v3.2.0'),
        },
      ],
    },
  ],
];

for (const [rule, cases] of TABLE) {
  const { id, code: ruleCode } = rule.meta;
  describe(`rule ${id} (${ruleCode}), reported by the engine`, () => {
    const of = (text: string) =>
      lintText(text, { fileName: 'contract.odcs.yaml' }).findings.filter((f) => f.ruleId === id);
    cases.valid.forEach((text, i) =>
      it(`valid #${i + 1}`, () =>
        assert.deepEqual(
          of(text).map((f) => f.message),
          [],
        )),
    );
    cases.invalid.forEach((c, i) =>
      it(`invalid #${i + 1}`, () => {
        const found = of(c.code);
        assert.equal(found.length, 1, found.map((f) => f.message).join('\n') || 'no finding');
        assert.equal(found[0].range.start.line + 1, c.line, 'line');
        assert.equal(found[0].range.start.character + 1, c.column, 'column');
        if (c.message) assert.match(found[0].message, c.message);
        if (c.detail) assert.match(found[0].detail ?? '', c.detail);
        assert.equal(found[0].code, ruleCode);
        checkOfferedEdits(rule, c.code, found, of);
        if (c.output !== undefined) {
          assert.ok(found[0].fix, 'a fix is offered');
          const fixed = applyEdits(c.code, found[0].fix.edits);
          assert.equal(fixed, c.output);
          assert.deepEqual(of(fixed), [], 'the fix clears the finding');
        }
        if (c.suggested !== undefined) {
          assert.equal(found[0].fix, undefined, 'changing the version is never a safe fix');
          const suggestion = found[0].suggestions?.[0];
          assert.ok(suggestion, 'a suggestion is offered');
          const changed = applyEdits(c.code, suggestion.edits);
          assert.equal(changed, c.suggested);
          assert.deepEqual(of(changed), [], 'the suggestion clears the finding');
        }
      }),
    );
  });
}
