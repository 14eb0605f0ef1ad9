import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/id-not-empty';
import { lintText } from '../../src/engine/lint';
import { contract, ruleTester } from '../helpers/rule-tester';

const header = (id: string, apiVersion = 'v3.1.0') =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: ${id}\nversion: 1.0.0\nstatus: active\n`;
const v32 = (body: string) => header('orders', 'v3.2.0') + body;

ruleTester(rule, {
  valid: [
    { name: 'a contract id', code: contract() },
    {
      name: "a missing id is the schema check's to report",
      code: 'apiVersion: v3.1.0\nkind: DataContract\nversion: 1.0.0\nstatus: active\n',
    },
    { name: "an empty id with nothing after it is the schema check's to report (no text)", code: header('') },
    {
      name: 'empty stable ids of v3.1.0 objects are left to the schema check',
      code: contract('schema:\n  - id: ""\n    name: orders\n    properties:\n      - id: ""\n        name: a\n'),
    },
    {
      name: 'v3.1.0 relationships have no id: the schema check reports the key',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: a\n        relationships:\n          - id: ""\n            to: orders.b\n',
      ),
    },
    {
      name: 'a v3.2.0 relationship with an id',
      code: v32(
        'schema:\n  - name: orders\n    properties:\n      - name: a\n        relationships:\n          - id: fk_a\n            to: orders.b\n',
      ),
    },
    {
      name: 'free-form custom values are data',
      code: v32('customProperties:\n  - property: x\n    value:\n      relationships:\n        - id: ""\n'),
    },
  ],
  invalid: [
    {
      name: 'an empty contract id',
      code: header('""'),
      errors: [
        {
          messageId: 'emptyContractId',
          line: 3,
          column: 5,
          message:
            "Fill in the contract's id, e.g. a UUID or a stable name like 'sales-orders', so others can refer to it.",
        },
      ],
      output: null,
    },
    {
      name: 'a contract id of spaces',
      code: header("'   '"),
      errors: [{ messageId: 'emptyContractId', line: 3, column: 5 }],
    },
    {
      name: 'in a v3.0.x contract too',
      code: header('""', 'v3.0.2'),
      errors: [{ messageId: 'emptyContractId', line: 3, column: 5 }],
    },
    {
      name: 'an empty v3.2.0 relationship id on a property',
      code: v32(
        'schema:\n  - name: orders\n    properties:\n      - name: a\n        relationships:\n          - id: ""\n            to: orders.b\n',
      ),
      errors: [
        {
          messageId: 'emptyId',
          line: 11,
          column: 17,
          message:
            "Fill in the id of relationship #1 of property 'a' in schema 'orders', or remove the 'id' line: it is empty.",
        },
      ],
    },
    {
      name: 'an empty v3.2.0 relationship id on a schema object',
      code: v32(
        'schema:\n  - name: orders\n    relationships:\n      - id: " "\n        from: orders.a\n        to: orders.b\n',
      ),
      errors: [{ messageId: 'emptyId', line: 9, column: 13, message: "relationship #1 of schema 'orders'" }],
    },
    {
      name: 'an empty id of a v3.2.0 context entry',
      code: v32(
        'context:\n  verifiedStatements:\n    - id: ""\n      question: What is one row?\n      answer: One order.\n',
      ),
      errors: [{ messageId: 'emptyId', line: 8, column: 11 }],
    },
  ],
});

describe('id-not-empty with the schema check: one finding per empty id', () => {
  const idFindings = (code: string) =>
    lintText(code)
      .findings.filter((f) => f.path[f.path.length - 1] === 'id')
      .map((f) => `${f.range.start.line + 1} ${f.ruleId}`);

  it('v3.1.0: the contract id from this rule, every other id from the schema check, each once', () => {
    const code =
      header('""') +
      [
        'servers:',
        '  - id: ""',
        '    server: prod',
        '    type: postgres',
        '    host: db',
        '    port: 5432',
        '    database: d',
        '    schema: s',
        'schema:',
        '  - id: ""',
        '    name: orders',
        '    properties:',
        '      - id: ""',
        '        name: a',
        '        quality:',
        '          - id: ""',
        '            type: text',
        '            description: Never empty.',
        'team:',
        '  name: sales',
        '  members:',
        '    - id: ""',
        '      username: ann',
        '      role: Data Owner',
        'slaProperties:',
        '  - id: ""',
        '    property: latency',
        '    value: 1',
        'customProperties:',
        '  - id: ""',
        '    property: x',
        '    value: 1',
        '',
      ].join('\n');
    assert.deepEqual(idFindings(code), [
      '3 id-not-empty',
      '7 schema-invalid-value',
      '15 schema-invalid-value',
      '18 schema-invalid-value',
      '21 schema-invalid-value',
      '27 schema-invalid-value',
      '31 schema-invalid-value',
      '35 schema-invalid-value',
    ]);
  });

  it('v3.2.0: empty relationship and context ids, which the schema accepts, from this rule, each once', () => {
    const code = v32(
      [
        'context:',
        '  verifiedStatements:',
        '    - id: ""',
        '      question: What is one row?',
        '      answer: One order.',
        'schema:',
        '  - name: orders',
        '    relationships:',
        '      - id: ""',
        '        from: orders.a',
        '        to: orders.b',
        '    properties:',
        '      - name: a',
        '        logicalType: string',
        '        relationships:',
        '          - id: ""',
        '            to: orders.b',
        '      - name: b',
        '        logicalType: string',
        '',
      ].join('\n'),
    );
    assert.deepEqual(idFindings(code), ['8 id-not-empty', '14 id-not-empty', '21 id-not-empty']);
  });
});
