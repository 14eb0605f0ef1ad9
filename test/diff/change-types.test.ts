// Every kind of change, judged for a consumer and for a producer, from one small edit to a contract each.
import assert from 'node:assert/strict';
import { CHANGE_TYPES, diffContracts, MAX_MESSAGE_LENGTH, type ChangeLevel, type ChangeType } from '../../src/engine';
import { contract, type Slots } from './contract-template';

interface Row {
  type: ChangeType;
  /** What the row shows, when one type has several rows. */
  note?: string;
  before: Slots;
  after: Slots;
  consumer: ChangeLevel;
  producer: ChangeLevel;
}

const rowCount = (op: string, n: number) => `quality:\n  - metric: rowCount\n    ${op}: ${n}`;
const validValues = (values: string) =>
  `logicalType: string\nquality:\n  - metric: invalidValues\n    arguments:\n      validValues: [${values}]\n    mustBe: 0`;
const latency = (days: number) => `slaProperties:\n  - property: latency\n    value: ${days}\n    unit: d`;
const server = (host: string) => `servers:\n  - server: prod\n    type: postgres\n    host: ${host}`;
const team = (role: string) => `team:\n  name: fines-team\n  members:\n    - username: alice\n      role: ${role}`;
const payments = (name: string) =>
  `- name: ${name}\n  id: payments-object\n  properties:\n    - name: paid_on\n      logicalType: date`;
const note = (name: string, extra = '') => `- name: ${name}\n  id: note-property\n  logicalType: string${extra}`;

const ROWS: Row[] = [
  { type: 'object-added', before: {}, after: { objects: payments('payments') }, consumer: 'info', producer: 'warning' },
  {
    type: 'object-removed',
    before: { objects: payments('payments') },
    after: {},
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'object-renamed',
    before: { objects: payments('payments') },
    after: { objects: payments('payments_v2') },
    consumer: 'breaking',
    producer: 'breaking',
  },
  {
    type: 'object-renamed',
    note: 'a new physicalName is a new table name',
    before: { object: 'physicalName: fines_2025' },
    after: { object: 'physicalName: fines_2026' },
    consumer: 'breaking',
    producer: 'breaking',
  },
  { type: 'property-added', before: {}, after: { props: note('note') }, consumer: 'info', producer: 'warning' },
  {
    type: 'property-added',
    note: 'a required new property must be written by every producer',
    before: {},
    after: { props: note('note', '\n  required: true') },
    consumer: 'info',
    producer: 'breaking',
  },
  { type: 'property-removed', before: { props: note('note') }, after: {}, consumer: 'breaking', producer: 'info' },
  {
    type: 'property-renamed',
    before: { props: note('note') },
    after: { props: note('remark') },
    consumer: 'breaking',
    producer: 'breaking',
  },
  {
    type: 'logical-type-changed',
    before: { amount: 'logicalType: number' },
    after: { amount: 'logicalType: integer' },
    consumer: 'breaking',
    producer: 'breaking',
  },
  {
    type: 'physical-type-changed',
    before: { amount: 'logicalType: number\nphysicalType: DECIMAL(10,2)' },
    after: { amount: 'logicalType: number\nphysicalType: DECIMAL(12,2)' },
    consumer: 'breaking',
    producer: 'breaking',
  },
  {
    type: 'required-relaxed',
    before: { amount: 'logicalType: number\nrequired: true' },
    after: { amount: 'logicalType: number\nrequired: false' },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'required-tightened',
    before: { amount: 'logicalType: number' },
    after: { amount: 'logicalType: number\nrequired: true' },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'unique-relaxed',
    before: { amount: 'logicalType: number\nunique: true' },
    after: { amount: 'logicalType: number' },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'unique-tightened',
    before: { amount: 'logicalType: number' },
    after: { amount: 'logicalType: number\nunique: true' },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'primary-key-changed',
    before: { amount: 'logicalType: number\nprimaryKey: true' },
    after: { amount: 'logicalType: number' },
    consumer: 'warning',
    producer: 'warning',
  },
  {
    type: 'range-widened',
    before: { amount: 'logicalType: number\nlogicalTypeOptions:\n  minimum: 0' },
    after: { amount: 'logicalType: number\nlogicalTypeOptions:\n  minimum: -10' },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'range-widened',
    note: 'a longer maxLength',
    before: { amount: 'logicalType: string\nlogicalTypeOptions:\n  maxLength: 10' },
    after: { amount: 'logicalType: string\nlogicalTypeOptions:\n  maxLength: 20' },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'range-narrowed',
    before: { amount: 'logicalType: number\nlogicalTypeOptions:\n  maximum: 1000' },
    after: { amount: 'logicalType: number\nlogicalTypeOptions:\n  maximum: 500' },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'range-narrowed',
    note: 'v3.0 exclusiveMinimum: true next to minimum excludes the bound',
    before: { amount: 'logicalType: number\nlogicalTypeOptions:\n  minimum: 0' },
    after: { amount: 'logicalType: number\nlogicalTypeOptions:\n  minimum: 0\n  exclusiveMinimum: true' },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'range-narrowed',
    note: 'a pattern where there was none',
    before: { amount: 'logicalType: string' },
    after: { amount: 'logicalType: string\nlogicalTypeOptions:\n  pattern: "^[A-Z]+$"' },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'range-widened',
    note: 'a pattern replaced by another goes both ways, so it breaks both',
    before: { amount: 'logicalType: string\nlogicalTypeOptions:\n  pattern: "^[A-Z]+$"' },
    after: { amount: 'logicalType: string\nlogicalTypeOptions:\n  pattern: "^[a-z]+$"' },
    consumer: 'breaking',
    producer: 'breaking',
  },
  {
    type: 'valid-values-widened',
    before: { amount: validValues('card, cash') },
    after: { amount: validValues('card, cash, cheque') },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'valid-values-narrowed',
    before: { amount: validValues('card, cash') },
    after: { amount: validValues('card') },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'quality-added',
    before: {},
    after: { object: rowCount('mustBeGreaterThan', 0) },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'quality-removed',
    before: { object: rowCount('mustBeGreaterThan', 0) },
    after: {},
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'quality-loosened',
    before: { object: rowCount('mustBeGreaterThan', 100) },
    after: { object: rowCount('mustBeGreaterThan', 50) },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'quality-tightened',
    before: { object: rowCount('mustBeGreaterThan', 100) },
    after: { object: rowCount('mustBeGreaterOrEqualTo', 200) },
    consumer: 'info',
    producer: 'breaking',
  },
  { type: 'sla-added', before: {}, after: { top: latency(1) }, consumer: 'info', producer: 'breaking' },
  { type: 'sla-removed', before: { top: latency(1) }, after: {}, consumer: 'breaking', producer: 'info' },
  {
    type: 'sla-loosened',
    before: { top: latency(1) },
    after: { top: latency(3) },
    consumer: 'breaking',
    producer: 'info',
  },
  {
    type: 'sla-tightened',
    before: { top: latency(3) },
    after: { top: latency(1) },
    consumer: 'info',
    producer: 'breaking',
  },
  {
    type: 'classification-changed',
    before: { amount: 'logicalType: number\nclassification: internal' },
    after: { amount: 'logicalType: number\nclassification: restricted' },
    consumer: 'warning',
    producer: 'warning',
  },
  {
    type: 'server-changed',
    before: { top: server('db1') },
    after: { top: server('db2') },
    consumer: 'warning',
    producer: 'warning',
  },
  {
    type: 'status-changed',
    before: { status: 'draft' },
    after: { status: 'active' },
    consumer: 'info',
    producer: 'info',
  },
  {
    type: 'status-changed',
    note: 'deprecation asks consumers to move',
    before: { status: 'active' },
    after: { status: 'deprecated' },
    consumer: 'warning',
    producer: 'info',
  },
  {
    type: 'owner-changed',
    before: { top: team('owner') },
    after: { top: team('steward') },
    consumer: 'info',
    producer: 'info',
  },
  {
    type: 'description-changed',
    before: { object: 'description: Fines issued.' },
    after: { object: 'description: Fines issued by the courts.' },
    consumer: 'info',
    producer: 'info',
  },
  {
    type: 'other-changed',
    before: { top: 'domain: courts' },
    after: { top: 'domain: justice' },
    consumer: 'info',
    producer: 'info',
  },
];

describe('dclens diff: every change type in both perspectives', () => {
  for (const row of ROWS) {
    it(`${row.type}${row.note ? ` (${row.note})` : ''}: consumer ${row.consumer}, producer ${row.producer}`, () => {
      const before = contract(row.before);
      const after = contract(row.after);
      for (const perspective of ['consumer', 'producer'] as const) {
        const diff = diffContracts(before, after, { perspective });
        assert.deepEqual(
          diff.changes.map((c) => c.type),
          [row.type],
          `${perspective}: ${JSON.stringify(diff.changes.map((c) => c.message))}`,
        );
        const change = diff.changes[0];
        assert.equal(change.level, row[perspective], `${perspective}: ${change.message}`);
        assert.ok(change.message.length <= MAX_MESSAGE_LENGTH, change.message);
        assert.ok(change.line >= 1 && change.line <= after.split('\n').length, `line ${change.line}`);
        if (change.schema !== null) assert.match(change.message, new RegExp(`'${change.schema}'`));
        assert.equal(diff.summary[change.level], 1);
      }
    });
  }

  it('has a row for every change type', () => {
    const covered = new Set(ROWS.map((r) => r.type));
    assert.deepEqual(
      CHANGE_TYPES.filter((t) => !covered.has(t)),
      [],
    );
  });

  it('names the property and the schema, and says what it means for the reader', () => {
    const diff = diffContracts(contract({ props: note('payment_method') }), contract());
    assert.equal(
      diff.changes[0].message,
      "Property 'payment_method' of schema 'fines' was removed; consumers that read it will fail.",
    );
    assert.equal(diff.changes[0].property, 'payment_method');
    assert.equal(diff.changes[0].schema, 'fines');
  });
});
