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
      const items = complete(
        `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n        |\n`,
      );
      const names = labels(items);
      assert.ok(names.includes('logicalType') && names.includes('primaryKey') && names.includes('quality'));
      assert.ok(!names.includes('name'), 'name is already there');
      assert.ok(!names.includes('dataGranularityDescription'), 'a table key, not a property key');
      const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
      assert.ok(
        sorted.every(
          (item, i) =>
            i === 0 || !(item.detail?.startsWith('required') && !sorted[i - 1].detail?.startsWith('required')),
        ),
        'required keys first',
      );
    });

    it('puts the required top-level keys first and shows guidance as documentation', () => {
      const firstOf = (items: CompletionItem[], n: number) =>
        [...items]
          .sort((a, b) => a.sortText.localeCompare(b.sortText))
          .slice(0, n)
          .map((i) => i.label)
          .sort();
      const items = complete('|');
      assert.deepEqual(firstOf(items, 4), ['apiVersion', 'id', 'kind', 'version'], 'v3.2.0, where status is optional');
      assert.deepEqual(firstOf(complete('|', { odcsVersion: 'v3.1.0' }), 5), [
        'apiVersion',
        'id',
        'kind',
        'status',
        'version',
      ]);
      const team = items.find((i) => i.label === 'team');
      assert.match(team?.documentation?.value ?? '', /Data Owner/);
    });

    it('completes a half-typed key and replaces the whole word', () => {
      const { text, position } = caret(
        `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: id\n        logi|cal\n`,
      );
      const item = getCompletions(text, position).find((i) => i.label === 'logicalType');
      assert.ok(item);
      assert.deepEqual(item.textEdit.range, { start: { line: 9, character: 8 }, end: { line: 9, character: 15 } });
      assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
      assert.match(item.insertText, /^logicalType: \$\{1\|string,date,timestamp,/);
    });

    it('writes lists and mappings as blocks, and offers no key twice after a dash', () => {
      const items = complete(
        `${HEADER}team:\n  name: sales\n  members:\n    - username: a\n      role: Data Owner\n    - |`,
      );
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
    const fill = (snippet: string) =>
      snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
    const indent = (body: string, pad: string) =>
      body
        .split('\n')
        .map((l, i) => (i === 0 ? l : pad + l))
        .join('\n');

    it('offers whole quality rules on a fresh quality item, each valid ODCS once filled in', () => {
      const before = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: status\n        logicalType: string\n    quality:\n      - `;
      const items = complete(`${before}|`).filter((i) => i.kind === 15);
      assert.deepEqual(
        items.map((i) => i.label),
        [
          'Completeness: no missing values (nullValues)',
          'Uniqueness: no duplicates (duplicateValues)',
          'Validity: only listed values (invalidValues)',
          'Accuracy: row count within bounds (rowCount)',
          'Coverage: few missing values (missingValues)',
          'Consistency: values agree (SQL)',
          'Timeliness: recent rows arrive (SQL)',
        ],
      );
      for (const item of items) {
        const text = `${before}${indent(fill(item.insertText), '        ')}\n`;
        const schemaProblems = lintText(text, { today: '2026-11-27' }).findings.filter(
          (f) => ruleById.get(f.ruleId)?.meta.group === 'schema' || f.ruleId === 'yaml-syntax',
        );
        assert.deepEqual(
          schemaProblems.map((f) => f.message),
          [],
          item.label,
        );
      }
    });

    it('offers the same entries as whole list items on a line under the list key, before any dash', () => {
      const before = `${HEADER}schema:\n  - name: orders\n    quality:\n      `;
      const items = complete(`${before}|`);
      assert.deepEqual(
        items.map((i) => i.kind),
        items.map(() => 15),
        'only entries: no keys on a line that must start a list item',
      );
      assert.equal(items.length, 7);
      assert.match(items[0].insertText, /^- type: library\n {2}metric: nullValues\n/);
      assert.ok(
        items.every((i) => i.filterText?.startsWith('odcs-quality-')),
        'typing odcs-quality finds them',
      );
    });

    it('offers members and SLAs on fresh items, and nothing once the item has a key', () => {
      assert.ok(labels(complete(`${HEADER}team:\n  members:\n    - |`)).includes('Data Owner member'));
      assert.ok(labels(complete(`${HEADER}slaProperties:\n  - |`)).includes('Latency: data at most N days old'));
      assert.ok(
        !labels(complete(`${HEADER}team:\n  members:\n    - username: a\n      |`)).includes('Data Owner member'),
      );
    });
  });

  describe('ODCS v3.2.0', () => {
    const V32 = HEADER.replace('v3.1.0', 'v3.2.0');
    const fill = (snippet: string) =>
      snippet
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$0/g, '');
    const indent = (body: string, pad: string) =>
      body
        .split('\n')
        .map((l, i) => (i === 0 ? l : pad + l))
        .join('\n');
    const errors = (text: string) =>
      lintText(text, { today: '2026-11-27' })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId}: ${f.message}`);
    const property = `${V32}schema:\n  - name: orders\n    properties:\n      - name: status\n        |\n`;

    it('offers the v3.2.0 keys of a property, and not in a v3.1.0 contract', () => {
      const names = labels(complete(property));
      for (const key of ['semanticType', 'enum', 'synonyms', 'deprecated']) assert.ok(names.includes(key), key);
      const older = labels(complete(property.replace('v3.2.0', 'v3.1.0')));
      assert.ok(!older.includes('semanticType') && !older.includes('enum'));
      assert.ok(labels(complete(`${V32}|`)).includes('context'));
      assert.ok(labels(complete(`${V32}servers:\n  - server: lake\n    type: iceberg\n    |`)).includes('catalogUrl'));
      assert.ok(labels(complete(`${V32}servers:\n  - server: prod\n    type: s3\n    |`)).includes('encoding'));
    });

    it('offers the v3.2.0 values: map and vector, semantic types, vector options', () => {
      const types = labels(complete(property.replace('|', 'logicalType: |')));
      assert.ok(types.includes('map') && types.includes('vector'));
      assert.deepEqual(labels(complete(property.replace('|', 'semanticType: |'))), ['column', 'measure', 'dimension']);
      const vector = complete(
        property.replace('|', 'logicalType: vector\n        logicalTypeOptions:\n          distanceMetric: |'),
      );
      assert.match(vector.find((i) => i.label === 'cosine')?.documentation?.value ?? '', /direction/);
      assert.ok(labels(complete(`${V32}servers:\n  - server: prod\n    type: |`)).includes('iceberg'));
    });

    it('writes a whole map block or enum list when the key is chosen, valid once filled in', () => {
      const map = complete(property.replace('|', 'logicalType: map\n        |')).find((i) => i.label === 'map');
      assert.ok(map && map.detail?.startsWith('required'), 'map is required for logicalType map');
      const enumItem = complete(property.replace('|', 'logicalType: string\n        |')).find(
        (i) => i.label === 'enum',
      );
      assert.ok(enumItem);
      for (const [item, before] of [
        [map, 'logicalType: map\n        '],
        [enumItem, 'logicalType: string\n        '],
      ] as const) {
        const text = property.replace('|', `${before}${indent(fill(item.insertText), '        ')}`);
        assert.deepEqual(errors(text), [], text);
      }
    });

    it('offers an allowed value on a fresh enum item, and enum, map and measure columns on a fresh property, each valid once filled in', () => {
      const enumBefore = `${V32}schema:\n  - name: orders\n    properties:\n      - name: status\n        logicalType: string\n        enum:\n          - value: pending\n          - `;
      const values = complete(`${enumBefore}|`).filter((i) => i.kind === 15);
      assert.deepEqual(labels(values), ['Allowed value']);
      assert.deepEqual(errors(`${enumBefore}${indent(fill(values[0].insertText), '            ')}\n`), []);

      const before = `${V32}schema:\n  - name: orders\n    properties:\n      - name: order_id\n        logicalType: string\n      - `;
      const columns = complete(`${before}|`).filter((i) => i.kind === 15);
      assert.deepEqual(labels(columns), [
        'Column',
        'Column with allowed values (enum)',
        'Map column (keys and values)',
        'Measure (an aggregated figure)',
      ]);
      for (const item of columns) {
        const text = `${before}${indent(fill(item.insertText), '        ')}\n`;
        const found = lintText(text, { today: '2026-11-27' }).findings.filter(
          (f) => f.severity === 'error' || f.ruleId === 'measure-transform-logic',
        );
        assert.deepEqual(
          found.map((f) => f.message),
          [],
          item.label,
        );
      }
      assert.deepEqual(
        labels(complete(`${before.replace('v3.2.0', 'v3.1.0')}|`).filter((i) => i.kind === 15)),
        ['Column'],
        'no v3.2.0 columns in a v3.1.0 contract',
      );
    });

    it('offers a whole contract in an empty file, in the version new contracts use, lint-clean once filled in', () => {
      for (const version of ['v3.0.2', 'v3.1.0', 'v3.2.0'] as const) {
        const [item] = complete('|', { odcsVersion: version }).filter((i) => i.label === 'odcs-contract');
        assert.ok(item, version);
        assert.match(item.insertText, new RegExp(`^apiVersion: ${version.replace(/\./g, '\\.')}\n`));
        assert.deepEqual(errors(fill(item.insertText)), [], version);
        assert.doesNotMatch(
          item.insertText,
          /jane|sales|orders|What this data is for/i,
          'no invented people, names or purpose',
        );
        assert.match(
          item.insertText,
          /username: \$\{\d+:TODO-data-owner\}/,
          'the owner is a tab stop and a placeholder',
        );
      }
      assert.match(complete('|').find((i) => i.label === 'odcs-contract')?.insertText ?? '', /^apiVersion: v3\.2\.0/);
      assert.equal(
        complete(`${V32}|`).find((i) => i.label === 'odcs-contract'),
        undefined,
        'not once the file has keys',
      );
    });

    it('offers the keys of the version new contracts use while apiVersion is not written yet', () => {
      const names = labels(
        complete('kind: DataContract\nschema:\n  - name: o\n    properties:\n      - name: x\n        |', {
          odcsVersion: 'v3.1.0',
        }),
      );
      assert.ok(names.includes('logicalType') && !names.includes('semanticType'));
      assert.ok(
        labels(
          complete('kind: DataContract\nschema:\n  - name: o\n    properties:\n      - name: x\n        |'),
        ).includes('semanticType'),
      );
    });
  });

  describe('values', () => {
    it('offers the logical types on a line with nothing after the colon', () => {
      const items = complete(
        `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: |`,
      );
      assert.deepEqual(labels(items), [
        'string',
        'date',
        'timestamp',
        'time',
        'number',
        'integer',
        'object',
        'array',
        'boolean',
      ]);
      assert.deepEqual(items[0].textEdit.range.start, { line: 9, character: 21 });
    });

    it('offers status, quality metric and dimension, server type and team roles', () => {
      assert.ok(labels(complete('apiVersion: v3.1.0\nstatus: |')).includes('active'));
      const q = `${HEADER}schema:\n  - name: orders\n    quality:\n      - `;
      const metrics = complete(`${q}metric: |`);
      assert.match(
        metrics.find((i) => i.label === 'duplicateValues')?.documentation?.value ?? '',
        /appears more than once/,
      );
      assert.ok(labels(complete(`${q}dimension: com|`)).includes('completeness'));
      assert.ok(labels(complete(`${HEADER}servers:\n  - server: prod\n    type: |`)).includes('snowflake'));
      assert.deepEqual(labels(complete(`${HEADER}team:\n  members:\n    - username: a\n      role: |`)), [
        'Data Owner',
        'Data Steward',
        'Data Custodian',
      ]);
      assert.deepEqual(
        labels(complete(`${HEADER}schema:\n  - name: o\n    properties:\n      - name: x\n        required: |`)),
        ['true', 'false'],
      );
    });

    it('replaces the whole existing value', () => {
      const items = complete('apiVersion: v3.1.0\nstatus: dr|aft # for now\n');
      assert.deepEqual(items[0].textEdit.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    });
  });

  describe('values with explanations', () => {
    const property = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n`;
    const valuePlaces = [
      `${property}        logicalType:|`,
      `${property}        logicalType: |`,
      `${property}        logicalType: st|`,
      `${property}        logicalType: |\n        description: x\n`,
      `${property}        classification: |`,
      `${HEADER.replace('status: active\n', '')}status: |`,
      `${property}        quality:\n          - type: library\n            dimension: |`,
      `${property}        primaryKey: |`,
      `${HEADER}servers:\n  - server: main\n    type: |`,
    ];

    it('offers only values after a key, never snippets or keys', () => {
      for (const marked of valuePlaces) {
        const items = complete(marked);
        assert.ok(items.length > 0, marked);
        assert.deepEqual(
          items
            .filter((i) => (i.kind !== 12 && i.kind !== 20) || i.insertTextFormat !== InsertTextFormat.PlainText)
            .map((i) => i.label),
          [],
          marked,
        );
        assert.ok(
          items.every((i) => !i.insertText.includes('\n') && !/^apiVersion|^kind: /.test(i.insertText)),
          marked,
        );
      }
    });

    it('explains every value in one line, with the full text as documentation', () => {
      for (const marked of valuePlaces) {
        for (const item of complete(marked)) {
          assert.ok(
            item.detail && item.detail.length <= 60 && !item.detail.includes('\n'),
            `${marked}: ${item.label} → ${item.detail}`,
          );
          assert.ok((item.documentation?.value.length ?? 0) >= item.detail.length - 1, `${item.label}: documentation`);
        }
      }
      const detail = (marked: string, label: string) => complete(marked).find((i) => i.label === label)?.detail;
      assert.equal(detail(valuePlaces[1], 'timestamp'), 'A date and time, such as 2025-01-31T09:30:00Z');
      assert.match(detail(valuePlaces[5], 'draft') ?? '', /^Draft: being written/);
      assert.match(detail(valuePlaces[4], 'OFFICIAL-SENSITIVE') ?? '', /extra care/);
      assert.match(detail(valuePlaces[6], 'completeness') ?? '', /^Completeness: every record/);
    });
  });

  describe('key order', () => {
    it('offers keys by importance: required, then recommended, then the rest, in the order of the standard', () => {
      const items = [
        ...complete(`${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n        |\n`),
      ].sort((a, b) => a.sortText.localeCompare(b.sortText));
      const names = labels(items);
      const rank = (name: string) => names.indexOf(name);
      for (const important of ['description', 'logicalType', 'primaryKey', 'required', 'quality']) {
        for (const rest of ['businessName', 'encryptedName', 'partitioned', 'tags', 'customProperties'])
          assert.ok(rank(important) < rank(rest), `${important} before ${rest}`);
      }
      assert.notDeepEqual(names, [...names].sort(), 'not alphabetical');
      const top = [...complete('apiVersion: v3.2.0\nkind: DataContract\n|')]
        .sort((a, b) => a.sortText.localeCompare(b.sortText))
        .map((i) => i.label);
      assert.deepEqual(top.slice(0, 2).sort(), ['id', 'version']);
      assert.ok(
        top.indexOf('team') < top.indexOf('price') &&
          top.indexOf('schema') < top.indexOf('tenant') &&
          top.indexOf('description') < top.indexOf('tags'),
      );
      assert.match(items.find((i) => i.label === 'quality')?.detail ?? '', /^recommended · /);
    });

    it('links rule pages in key documentation by address, since completion runs no commands', () => {
      const docs = complete(`${HEADER}|`)
        .map((i) => i.documentation?.value ?? '')
        .join('\n');
      assert.match(docs, /\[no-team\]\(https:\/\/[^)]+no-team\.md\)/);
      assert.doesNotMatch(docs, /command:/);
    });
  });

  describe('references', () => {
    const tables = `${HEADER}schema:\n  - name: orders\n    properties:\n      - name: order_id\n      - name: customer_id\n  - name: customers\n    properties:\n      - name: customer_id\n        description: Who placed it.\n`;

    it('offers table.column names for a relationship target, other tables first', () => {
      const text = tables.replace(
        '      - name: customer_id\n  -',
        '      - name: customer_id\n        relationships:\n          - to: |\n  -',
      );
      const items = complete(text);
      assert.equal(items[0].label, 'customers.customer_id');
      assert.equal(items[0].detail, 'property · Who placed it.');
      assert.ok(labels(items).includes('orders.order_id'));
      assert.ok(!labels(items).includes('orders'), 'a relationship end is a column');
    });

    it('offers names inside a flow list and in a block list', () => {
      const flow = complete(
        `${tables}    relationships:\n      - from: [customers.customer_id]\n        to: [orders.cust|`,
      );
      assert.ok(labels(flow).includes('orders.customer_id'));
      const block = complete(
        `${tables}    relationships:\n      - from: customers.customer_id\n        to:\n          - |`,
      );
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
        {
          id: 'alice@example.org',
          name: 'Alice Smith',
          score: 0.9,
          evidence: ['owns 5 tables in sales', 'same business unit'],
        },
      ];
    };
    let asked: Array<string | undefined> = [];
    beforeEach(() => {
      asked = [];
    });

    it('offers candidates for a member username, best first, with evidence, for the member role', () => {
      const items = complete(`${HEADER}team:\n  members:\n    - role: Data Owner\n      username: |`, {
        ownerCandidates: candidates,
      });
      assert.deepEqual(asked, ['Data Owner']);
      assert.deepEqual(
        items.map((i) => i.insertText),
        ['alice@example.org', 'bob@example.org'],
      );
      assert.equal(items[0].label, 'Alice Smith (alice@example.org)');
      assert.match(items[0].detail ?? '', /^90% match · owns 5 tables in sales$/);
      assert.match(items[0].documentation?.value ?? '', /- same business unit/);
    });

    it('ends a long evidence line in the detail on a whole word, with the whole text in the documentation', () => {
      const evidence = 'Data Owner of 4 of 5 contracts in domain courts, including court-hearings and court-listings';
      const items = complete(`${HEADER}team:\n  members:\n    - role: Data Owner\n      username: |`, {
        ownerCandidates: () => [{ id: 'rachel.adeyemi', name: 'Rachel Adeyemi', score: 0.8, evidence: [evidence] }],
      });
      const detail = items[0].detail ?? '';
      assert.match(detail, /^80% match · Data Owner of 4 of 5 contracts in domain courts, including…$/);
      const shown = detail.replace(/^80% match · /, '').replace(/…$/, '');
      assert.ok(evidence.startsWith(shown) && evidence[shown.length] === ' ', 'cut between words');
      assert.ok(items[0].documentation?.value.includes(evidence));
    });

    it('asks for teams at team.name, and offers nothing without a catalogue', () => {
      const fields: Array<string | undefined> = [];
      complete(`${HEADER}team:\n  name: |`, {
        ownerCandidates: (role?: string, field?: string) => {
          fields.push(field);
          return candidates(role);
        },
      });
      assert.deepEqual(asked, [undefined]);
      assert.deepEqual(fields, ['teamName']);
      assert.deepEqual(complete(`${HEADER}team:\n  members:\n    - username: |`), []);
    });
  });

  it('never throws on broken text', () => {
    const broken = [
      'schema:\n\t- [\n  |',
      '"unterminated: |',
      'a: b: c: |',
      '- - - |',
      'schema:\n  - name: x\n    properties: {|',
      '---\n|\n---',
    ];
    for (const text of broken) assert.ok(Array.isArray(complete(text)));
  });
});
