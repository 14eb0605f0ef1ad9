import assert from 'node:assert/strict';
import { getCompletions, InsertTextFormat, type CompletionItem } from '../../src/engine/services/completion';
import { caret } from './caret';
import { lintText } from '../../src/engine/lint';
import { ruleById } from '../../src/engine/rules';

const HEADER = 'apiVersion: v3.1.0\nkind: DataContract\nid: orders-contract\nversion: 1.0.0\nstatus: active\n';
const complete = (marked: string, options = {}, marker = '|') => {
  const { text, position } = caret(marked, marker);
  return getCompletions(text, position, options);
};
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('getCompletions', () => {
  describe('keys', () => {
    it('proposes the keys of a property, required first, without those already there', () => {
      const items = complete(`${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n        |\n`);
      const names = labels(items);
      assert.ok(names.includes('logicalType') && names.includes('primaryKey') && names.includes('quality'));
      assert.ok(!names.includes('name'), 'name is already there');
      assert.ok(!names.includes('dataGranularityDescription'), 'a table key, not a property key');
      const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
      assert.ok(sorted.every((item, i) => i === 0 || !(item.detail?.startsWith('required') && !sorted[i - 1].detail?.startsWith('required'))), 'required keys first');
    });

    it('puts the required top-level keys first and shows guidance as documentation', () => {
      const items = complete('|');
      const first = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText)).slice(0, 5).map((i) => i.label).sort();
      assert.deepEqual(first, ['apiVersion', 'id', 'kind', 'status', 'version']);
      const team = items.find((i) => i.label === 'team');
      assert.match(team?.documentation?.value ?? '', /Data Owner/);
    });

    it('completes a half-typed key and replaces the whole word', () => {
      const { text, position } = caret(`${HEADER}schema:\n  - name: orders\n    properties:\n      - name: id\n        logi|cal\n`);
      const item = getCompletions(text, position).find((i) => i.label === 'logicalType');
      assert.ok(item);
      assert.deepEqual(item.textEdit.range, { start: { line: 9, character: 8 }, end: { line: 9, character: 15 } });
      assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
      assert.match(item.insertText, /^logicalType: \$\{1\|string,date,timestamp,/);
    });

    it('writes lists and mappings as blocks, and offers no key twice after a dash', () => {
      const items = complete(`${HEADER}team:\n  name: sales\n  members:\n    - username: a\n      role: Data Owner\n    - |`);
      assert.ok(labels(items).includes('username'));
      const onTeam = complete(`${HEADER}team:\n  name: sales\n  |`);
      assert.equal(onTeam.find((i) => i.label === 'members')?.insertText, 'members:\n  - $0');
      assert.ok(!labels(onTeam).includes('name'));
    });

    it('follows the branch: sql keys for an sql rule, library keys for a metric', () => {
      const sql = complete(`${HEADER}schema:\n  - name: orders\n    quality:\n      - type: sql\n        |\n`);
      assert.ok(labels(sql).includes('query'));
      assert.ok(!labels(sql).includes('metric'));
    });

    it('proposes the constraints that fit the logical type', () => {
      const base = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: code\n        logicalType: TYPE\n        logicalTypeOptions:\n          |`;
      const forString = labels(complete(base.replace('TYPE', 'string')));
      assert.ok(forString.includes('pattern') && forString.includes('maxLength'));
      assert.ok(!forString.includes('minimum'));
      const forInteger = labels(complete(base.replace('TYPE', 'integer')));
      assert.ok(forInteger.includes('minimum') && !forInteger.includes('pattern'));
    });

    it('marks deprecated keys and sorts them last', () => {
      const items = complete(`${HEADER}|`);
      const dataProduct = items.find((i) => i.label === 'dataProduct');
      assert.deepEqual(dataProduct?.tags, [1]);
      assert.ok(dataProduct?.sortText.startsWith('9'));
    });
  });

  describe('ready-made entries', () => {
    const fill = (snippet: string) => snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
    const indent = (body: string, pad: string) => body.split('\n').map((l, i) => (i === 0 ? l : pad + l)).join('\n');

    it('offers whole quality rules on a fresh quality item, each valid ODCS once filled in', () => {
      const before = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: status\n        logicalType: string\n    quality:\n      - `;
      const items = complete(`${before}|`).filter((i) => i.kind === 15);
      assert.deepEqual(items.map((i) => i.label), ['No missing values (nullValues)', 'No duplicates (duplicateValues)', 'Only listed values (invalidValues)', 'At least some rows (rowCount)', 'SQL check']);
      for (const item of items) {
        const text = `${before}${indent(fill(item.insertText), '        ')}\n`;
        const schemaProblems = lintText(text, { today: '2026-11-27' }).findings.filter((f) => ruleById.get(f.ruleId)?.meta.group === 'schema' || f.ruleId === 'yaml-syntax');
        assert.deepEqual(schemaProblems.map((f) => f.message), [], item.label);
      }
    });

    it('offers members and SLAs on fresh items, and nothing once the item has a key', () => {
      assert.ok(labels(complete(`${HEADER}team:\n  members:\n    - |`)).includes('Data Owner member'));
      assert.ok(labels(complete(`${HEADER}slaProperties:\n  - |`)).includes('Latency: data at most N days old'));
      assert.ok(!labels(complete(`${HEADER}team:\n  members:\n    - username: a\n      |`)).includes('Data Owner member'));
    });
  });

  describe('values', () => {
    it('offers the logical types on a line with nothing after the colon', () => {
      const items = complete(`${HEADER}schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: |`);
      assert.deepEqual(labels(items), ['string', 'date', 'timestamp', 'time', 'number', 'integer', 'object', 'array', 'boolean']);
      assert.deepEqual(items[0].textEdit.range.start, { line: 9, character: 21 });
    });

    it('offers status, quality metric and dimension, server type and team roles', () => {
      assert.ok(labels(complete('apiVersion: v3.1.0\nstatus: |')).includes('active'));
      const q = `${HEADER}schema:\n  - name: orders\n    quality:\n      - `;
      const metrics = complete(`${q}metric: |`);
      assert.match(metrics.find((i) => i.label === 'duplicateValues')?.documentation?.value ?? '', /appears more than once/);
      assert.ok(labels(complete(`${q}dimension: com|`)).includes('completeness'));
      assert.ok(labels(complete(`${HEADER}servers:\n  - server: prod\n    type: |`)).includes('snowflake'));
      assert.deepEqual(labels(complete(`${HEADER}team:\n  members:\n    - username: a\n      role: |`)), ['Data Owner', 'Data Steward', 'Data Custodian']);
      assert.deepEqual(labels(complete(`${HEADER}schema:\n  - name: o\n    properties:\n      - name: x\n        required: |`)), ['true', 'false']);
    });

    it('replaces the whole existing value', () => {
      const items = complete('apiVersion: v3.1.0\nstatus: dr|aft # for now\n');
      assert.deepEqual(items[0].textEdit.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    });
  });

  describe('references', () => {
    const tables = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n      - name: customer_id\n  - name: customers\n    properties:\n      - name: customer_id\n        description: Who placed it.\n`;

    it('offers table.column names for a relationship target, other tables first', () => {
      const text = tables.replace('      - name: customer_id\n  -', '      - name: customer_id\n        relationships:\n          - to: |\n  -');
      const items = complete(text);
      assert.equal(items[0].label, 'customers.customer_id');
      assert.equal(items[0].detail, 'property · Who placed it.');
      assert.ok(labels(items).includes('orders.order_id'));
      assert.ok(!labels(items).includes('orders'), 'a relationship end is a column');
    });

    it('offers names inside a flow list and in a block list', () => {
      const flow = complete(`${tables}    relationships:\n      - from: [customers.customer_id]\n        to: [orders.cust|`);
      assert.ok(labels(flow).includes('orders.customer_id'));
      const block = complete(`${tables}    relationships:\n      - from: customers.customer_id\n        to:\n          - |`);
      assert.ok(labels(block).includes('orders.order_id'));
    });

    it('offers tables and columns for an SLA element', () => {
      const items = complete(`${tables}slaProperties:\n  - property: latency\n    element: |`);
      assert.ok(labels(items).includes('orders') && labels(items).includes('orders.order_id'));
    });

    it('offers {object} and {property} after a brace in a query, and the names elsewhere in it', () => {
      const query = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: total\n        quality:\n          - type: sql\n            query: |\n              SELECT COUNT(*) FROM {ob^\n`;
      const items = complete(query, {}, '^');
      assert.deepEqual(labels(items), ['{object}', '{property}']);
      assert.equal(items[0].textEdit.newText, 'object}');
      assert.match(items[1].detail ?? '', /'total'/);
      const closed = complete(query.replace('{ob^', '${ob^}'), {}, '^');
      assert.equal(closed[0].textEdit.newText, 'object');
      const words = complete(query.replace('{ob^', 'ord^'), {}, '^');
      assert.ok(labels(words).includes('orders') && labels(words).includes('total'));
    });
  });

  describe('people', () => {
    const candidates = (role?: string) => {
      asked.push(role);
      return [
        { id: 'bob@example.org', name: 'Bob Jones', score: 0.4, evidence: ['maintains 2 related tables'] },
        { id: 'alice@example.org', name: 'Alice Smith', score: 0.9, evidence: ['owns 5 tables in sales', 'same business unit'] },
      ];
    };
    let asked: Array<string | undefined> = [];
    beforeEach(() => { asked = []; });

    it('offers candidates for a member username, best first, with evidence, for the member role', () => {
      const items = complete(`${HEADER}team:\n  members:\n    - role: Data Owner\n      username: |`, { ownerCandidates: candidates });
      assert.deepEqual(asked, ['Data Owner']);
      assert.deepEqual(items.map((i) => i.insertText), ['alice@example.org', 'bob@example.org']);
      assert.equal(items[0].label, 'Alice Smith (alice@example.org)');
      assert.match(items[0].detail ?? '', /^90% match · owns 5 tables in sales$/);
      assert.match(items[0].documentation?.value ?? '', /- same business unit/);
    });

    it('asks for teams at team.name, and offers nothing without a catalogue', () => {
      const fields: Array<string | undefined> = [];
      complete(`${HEADER}team:\n  name: |`, { ownerCandidates: (role?: string, field?: string) => { fields.push(field); return candidates(role); } });
      assert.deepEqual(asked, [undefined]);
      assert.deepEqual(fields, ['teamName']);
      assert.deepEqual(complete(`${HEADER}team:\n  members:\n    - username: |`), []);
    });
  });

  it('never throws on broken text', () => {
    const broken = ['schema:\n\t- [\n  |', '"unterminated: |', 'a: b: c: |', '- - - |', 'schema:\n  - name: x\n    properties: {|', '---\n|\n---'];
    for (const text of broken) assert.ok(Array.isArray(complete(text)));
  });
});
