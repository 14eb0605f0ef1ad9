import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { inferContract, type ColumnProfile, type TableProfile } from '../../src/engine/data-tests';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { allRules } from '../../src/engine/rules';
import type { Finding } from '../../src/engine/types';

const lint = (text: string) =>
  lintText(text, {
    config: resolveConfig(undefined, { profile: 'recommended' }),
    today: '2026-12-01',
    fileName: 'new.odcs.yaml',
    rules: allRules,
  });

const col = (name: string, type: string, more: Partial<ColumnProfile> = {}): ColumnProfile => ({
  name,
  type,
  nulls: 0,
  distinct: 3,
  ...more,
});

const fines: TableProfile = {
  table: 'fines',
  source: { kind: 'file', path: 'data/fines.csv', format: 'csv' },
  rowCount: 20,
  columns: [
    col('fine_id', 'BIGINT', { distinct: 20, min: 1, max: 20 }),
    col('amount_pence', 'INTEGER', { nulls: 3, distinct: 15, min: -5, max: 12000 }),
    col('court_code', 'VARCHAR', { maxLength: 3 }),
    col('issued_at', 'TIMESTAMP', { distinct: 20 }),
    col('ratio', 'DOUBLE', { distinct: 20 }),
    col('shape', 'GEOMETRY'),
  ],
};

type Prop = Record<string, unknown>;
const propsOf = (text: string): Prop[] => parse(text).schema[0].properties;
const byName = (text: string) => new Map(propsOf(text).map((p) => [p.name as string, p]));

/** Findings other than the placeholder warnings and advice (info) a new contract is expected to carry. */
const unexpected = (findings: Finding[]) =>
  findings
    .filter((f) => f.ruleId !== 'todo-placeholder' && f.severity !== 'info' && f.severity !== 'hint')
    .map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);

describe('inferContract', () => {
  it('maps DuckDB and PostgreSQL column types to logicalTypes and keeps the real type as physicalType', () => {
    const types: Array<[string, string]> = [
      ['BIGINT', 'integer'],
      ['INTEGER', 'integer'],
      ['HUGEINT', 'integer'],
      ['UBIGINT', 'integer'],
      ['DOUBLE', 'number'],
      ['DECIMAL(18,3)', 'number'],
      ['VARCHAR', 'string'],
      ['UUID', 'string'],
      ['BOOLEAN', 'boolean'],
      ['DATE', 'date'],
      ['TIMESTAMP', 'timestamp'],
      ['TIMESTAMP WITH TIME ZONE', 'timestamp'],
      ['TIME', 'time'],
      ['STRUCT(a INTEGER, b VARCHAR)', 'object'],
      ['INTEGER[]', 'array'],
      ['bigint', 'integer'],
      ['character varying', 'string'],
      ['numeric', 'number'],
      ['double precision', 'number'],
      ['timestamp without time zone', 'timestamp'],
      ['time without time zone', 'time'],
      ['jsonb', 'object'],
      ['ARRAY', 'array'],
      ['USER-DEFINED', 'string'],
      ['BLOB', 'string'],
      ['INTERVAL', 'string'],
    ];
    const profile: TableProfile = {
      table: 't',
      source: { kind: 'file', path: 't.parquet', format: 'parquet' },
      rowCount: 3,
      columns: types.map(([type], i) => col(`c${i}`, type)),
    };
    const props = propsOf(inferContract(profile).text);
    assert.deepEqual(
      props.map((p) => [p.physicalType, p.logicalType]),
      types,
    );
  });

  it('writes v3.0.2 temporal types with the logicalTypes v3.0 has', () => {
    const profile: TableProfile = { ...fines, columns: [col('at', 'TIMESTAMP'), col('t', 'TIME')] };
    assert.deepEqual(
      propsOf(inferContract(profile, 'v3.0.2').text).map((p) => p.logicalType),
      ['date', 'string'],
    );
  });

  it('marks required only the columns without nulls, and none when the table is empty', () => {
    const props = byName(inferContract(fines).text);
    assert.equal(props.get('fine_id')?.required, true);
    assert.equal(props.get('court_code')?.required, true);
    assert.equal(props.get('amount_pence')?.required, undefined);
    const empty = inferContract({ ...fines, rowCount: 0, columns: fines.columns.map((c) => ({ ...c, distinct: 0 })) });
    assert.deepEqual(
      propsOf(empty.text).filter((p) => 'required' in p || 'unique' in p),
      [],
    );
    assert.match(empty.notes.join('\n'), /holds no rows/);
  });

  it('suggests unique and a duplicate check only for a column named like a key whose values all differ', () => {
    const profile: TableProfile = {
      ...fines,
      columns: [
        ...fines.columns,
        col('customerId', 'INTEGER', { distinct: 20 }),
        col('order_key', 'VARCHAR', { distinct: 20 }),
        col('hearing_id', 'VARCHAR', { distinct: 19 }),
        col('paid', 'BOOLEAN', { distinct: 20 }),
        col('valid', 'VARCHAR', { distinct: 20 }), // ends in "id" but is not a key
        col('null_id', 'INTEGER', { distinct: 19, nulls: 1 }),
      ],
    };
    const { text, notes } = inferContract(profile);
    const unique = propsOf(text)
      .filter((p) => p.unique === true)
      .map((p) => p.name);
    assert.deepEqual(unique, ['fine_id', 'customerId', 'order_key']);
    for (const name of unique)
      assert.deepEqual(byName(text).get(name as string)?.quality, [
        { metric: 'duplicateValues', mustBe: 0, dimension: 'uniqueness' },
      ]);
    // the reason is written next to the suggestion
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /- name: fine_id$/.test(l));
    assert.match(lines[at - 1], /# .*key.*unique/i);
    assert.match(notes.join('\n'), /'fine_id', 'customerId', 'order_key' look like a key/);
    // v3.0 spells the duplicate check as a rule
    assert.deepEqual(byName(inferContract(profile, 'v3.0.2').text).get('fine_id')?.quality, [
      { rule: 'duplicateCount', mustBe: 0, dimension: 'uniqueness' },
    ]);
  });

  it('adds no null check for required columns, and a row count check on the table', () => {
    const contract = parse(inferContract(fines).text);
    const metrics = (contract.schema[0].properties as Prop[]).flatMap((p) =>
      ((p.quality as Prop[] | undefined) ?? []).map((q) => q.metric),
    );
    assert.ok(!metrics.includes('nullValues'));
    assert.deepEqual(contract.schema[0].quality, [
      { metric: 'rowCount', mustBeGreaterThan: 0, dimension: 'completeness' },
    ]);
    assert.equal(contract.schema[0].name, 'fines');
    assert.equal(contract.schema[0].physicalName, 'fines');
  });

  it('points a local server at the file, relative to the contract', () => {
    assert.deepEqual(parse(inferContract(fines).text).servers, [
      { server: 'local', type: 'local', path: 'data/fines.csv', format: 'csv' },
    ]);
  });

  it('points a postgres server at the table, with no credentials', () => {
    const profile: TableProfile = {
      ...fines,
      table: 'fines',
      source: {
        kind: 'postgres',
        host: 'db.internal',
        port: 5433,
        database: 'courts',
        schema: 'fines',
        table: 'fines',
      },
    };
    const contract = parse(inferContract(profile).text);
    assert.deepEqual(contract.servers, [
      { server: 'postgres', type: 'postgres', host: 'db.internal', port: 5433, database: 'courts', schema: 'fines' },
    ]);
    assert.equal(contract.schema[0].physicalName, 'fines');
  });

  for (const version of ['v3.0.2', 'v3.1.0', 'v3.2.0'] as const) {
    for (const source of [fines.source, { kind: 'postgres' as const, schema: 'public', table: 'fines' }]) {
      it(`in ${version} from ${source.kind}, lints with placeholder warnings at each unknown value and no errors`, () => {
        const { text } = inferContract({ ...fines, source }, version);
        const result = lint(text);
        assert.equal(result.kind, 'odcs');
        assert.equal(result.apiVersion, version);
        assert.deepEqual(unexpected(result.findings), [], text);
        assert.ok(result.findings.every((f) => f.severity !== 'error'));
        // every placeholder line is flagged (descriptions of one table are grouped in one finding at its first)
        const lines = text.split('\n');
        const flagged = new Set(
          result.findings
            .filter((f) => f.ruleId === 'todo-placeholder')
            .flatMap((f) => (f.related?.length ? f.related.map((r) => r.range.start.line) : [f.range.start.line])),
        );
        const todo = lines.flatMap((l, i) => (/: TODO/.test(l) ? [i] : []));
        assert.ok(todo.length >= 8 + fines.columns.length, text);
        assert.deepEqual(
          todo.filter((i) => !flagged.has(i) && !/^\s+(description|dataGranularityDescription): /.test(lines[i])),
          [],
        );
        assert.ok(flagged.size >= 6);
        const contract = parse(text);
        assert.match(contract.id, /^TODO/);
        assert.match(contract.domain, /^TODO/);
        assert.match(contract.description.purpose, /^TODO/);
        const owner = version === 'v3.0.2' ? contract.team[0].username : contract.team.members[0].username;
        assert.match(owner, /^TODO/);
        for (const p of contract.schema[0].properties) assert.match(p.description, /^TODO/);
      });
    }
  }

  it('keeps hostile column and table names intact: quotes, newlines, #, YAML syntax, 10,000 characters', () => {
    const names = [
      'it\'s "quoted"',
      'line\nbreak: true',
      '# not a comment',
      'a #b',
      '- item',
      '*alias',
      '&anchor',
      '!tag',
      'null',
      'true',
      '123',
      '',
      ' spaced ',
      '{flow: map}',
      '[flow]',
      'key: value',
      '---',
      '...',
      '%directive',
      '@at',
      '`tick`',
      'tab\there',
      'x'.repeat(10_000),
      '\u2028sep',
      'TODO',
    ];
    const profile: TableProfile = {
      table: 'weird: "table" # x\n- y',
      source: { kind: 'file', path: 'dir with # and: colon/weird "file".csv', format: 'csv' },
      rowCount: 4,
      columns: names.map((name) => col(name, 'VARCHAR', { min: 'a\n# b', max: '"z"\u0000', maxLength: 10_000 })),
    };
    const { text } = inferContract(profile);
    const contract = parse(text);
    assert.deepEqual(
      (contract.schema[0].properties as Prop[]).map((p) => p.name),
      names,
    );
    assert.equal(contract.schema[0].name, profile.table);
    assert.equal(contract.servers[0].path, 'dir with # and: colon/weird "file".csv');
    assert.equal(contract.id, 'TODO-contract-id');
    // nothing from the data escapes its value: no stray keys anywhere
    assert.deepEqual(Object.keys(contract.schema[0].properties[1]).sort(), [
      'description',
      'logicalType',
      'name',
      'physicalType',
      'required',
    ]);
    const result = lint(text);
    assert.equal(result.kind, 'odcs');
    assert.deepEqual(
      result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
  });
});
