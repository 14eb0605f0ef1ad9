import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contractChecks, type DataCheck } from '../../src/engine';

const FINES = readFileSync(path.join(__dirname, '../fixtures/data/fines.odcs.yaml'), 'utf8');

const byId = (checks: DataCheck[], id: string): DataCheck => {
  const found = checks.find((c) => c.id === id);
  assert.ok(found, `no check ${id} in ${checks.map((c) => c.id).join(', ')}`);
  return found;
};

function contract(body: string, apiVersion = 'v3.1.0'): string {
  return `apiVersion: ${apiVersion}\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: active\n${body}`;
}

describe('data tests: the checks a contract makes', () => {
  it('lists schema, quality and SLA checks with their ids, types and contract lines', () => {
    const { checks, objects, servers } = contractChecks(FINES);
    assert.deepEqual(
      objects.map((o) => o.table),
      ['fines'],
    );
    assert.equal(servers[0].server, 'local-csv');
    const lines = FINES.split('\n');
    const lineOf = (id: string) => lines[byId(checks, id).range.start.line].trim();
    assert.equal(lineOf('fines.objectExists'), '- name: fines');
    assert.equal(lineOf('fines.amount_pence.required'), 'required: true');
    assert.equal(lineOf('fines.amount_pence.quality[0]'), '- metric: nullValues');
    assert.equal(
      lineOf('fines.postcode.logicalTypeOptions.pattern'),
      "pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'",
    );
    assert.equal(lineOf('slaProperties[0]'), '- property: latency');
    const nulls = byId(checks, 'fines.amount_pence.quality[0]');
    assert.equal(nulls.type, 'nullValues');
    assert.equal(nulls.schema, 'fines');
    assert.equal(nulls.property, 'amount_pence');
    assert.deepEqual(nulls.expected, { operator: 'mustBe', value: 0, unit: 'rows' });
    const missing = byId(checks, 'fines.status.quality[0]');
    assert.deepEqual(missing.expected, { operator: 'mustBeLessThan', value: 10, unit: 'percent' });
    assert.deepEqual(missing.measure, { kind: 'missing', column: 'status', values: ['', 'N/A'] });
    const rowCount = byId(checks, 'fines.quality[0]');
    assert.equal(rowCount.property, null);
    assert.equal(rowCount.type, 'rowCount');
    const latency = byId(checks, 'slaProperties[0]');
    assert.equal(latency.type, 'latency');
    assert.equal(latency.schema, 'fines');
    assert.equal(latency.property, 'issued_at');
    assert.deepEqual(latency.expected, { operator: 'mustBeLessOrEqualTo', value: 86400, unit: 'seconds' });
    // Checks come in the order of the contract.
    const starts = checks.map((c) => c.range.start.line);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  it('never drops a check it cannot run: each is skipped with the reason', () => {
    const { checks } = contractChecks(FINES);
    assert.match(byId(checks, 'fines.quality[4]').skipped ?? '', /custom check for soda runs in soda/);
    assert.match(byId(checks, 'slaProperties[1]').skipped ?? '', /'retention' is a promise about the service/);
    const { checks: more } = contractChecks(
      contract(`schema:
  - name: t
    properties:
      - name: a
        logicalType: string
        logicalTypeOptions: { format: email }
        quality:
          - type: text
            description: Addresses are checked by hand.
          - metric: rowCount
          - metric: invalidValues
            mustBe: 0
    quality:
      - metric: nullValues
        mustBe: 0
      - metric: duplicateValues
        mustBe: 0
slaProperties:
  - property: freshness
    value: 2
    unit: fortnights
    element: t.a
  - property: latency
    value: 1
    element: t.nope
`),
    );
    const reasons = Object.fromEntries(more.filter((c) => c.skipped).map((c) => [c.id, c.skipped]));
    assert.deepEqual(Object.keys(reasons).sort(), [
      'slaProperties[0]',
      'slaProperties[1]',
      't.a.logicalTypeOptions.format',
      't.a.quality[0]',
      't.a.quality[1]',
      't.a.quality[2]',
      't.quality[0]',
      't.quality[1]',
    ]);
    assert.match(reasons['t.a.quality[1]']!, /no operator/);
    assert.match(reasons['t.a.quality[2]']!, /validValues or arguments.pattern/);
    assert.match(reasons['t.quality[0]']!, /needs a property/);
    assert.match(reasons['t.quality[1]']!, /arguments.properties/);
    assert.match(reasons['slaProperties[0]']!, /unit 'fortnights'/);
    assert.match(reasons['slaProperties[1]']!, /'t.nope' is not a property/);
  });

  it('reads the ODCS v3.0 `rule:` spellings as the v3.1 metrics', () => {
    const { checks } = contractChecks(
      contract(
        `schema:
  - name: orders
    physicalName: tbl_orders
    properties:
      - name: order_id
        physicalName: ORDER_ID
        quality:
          - rule: nullCheck
          - rule: duplicateCount
            mustBeLessThan: 5
            unit: rows
      - name: currency
        quality:
          - rule: validValues
            validValues: [GBP, EUR]
    quality:
      - rule: rowCount
        mustBeGreaterThan: 0
`,
        'v3.0.2',
      ),
    );
    const q = (id: string) => byId(checks, id);
    assert.equal(q('orders.order_id.quality[0]').type, 'nullValues');
    assert.deepEqual(q('orders.order_id.quality[0]').measure, { kind: 'nulls', columns: ['ORDER_ID'] });
    assert.deepEqual(q('orders.order_id.quality[0]').expected, { operator: 'mustBe', value: 0, unit: 'rows' });
    assert.equal(q('orders.order_id.quality[1]').type, 'duplicateValues');
    assert.deepEqual(q('orders.order_id.quality[1]').expected, { operator: 'mustBeLessThan', value: 5, unit: 'rows' });
    assert.deepEqual(q('orders.currency.quality[0]').measure, {
      kind: 'notIn',
      column: 'currency',
      values: ['GBP', 'EUR'],
    });
    assert.equal(q('orders.quality[0]').type, 'rowCount');
  });

  it('builds composite primary keys in primaryKeyPosition order and every logicalTypeOptions bound', () => {
    const { checks } = contractChecks(
      contract(`schema:
  - name: hearings
    properties:
      - name: day
        logicalType: integer
        primaryKey: true
        primaryKeyPosition: 2
        logicalTypeOptions: { minimum: 1, exclusiveMaximum: 32 }
      - name: court
        logicalType: string
        primaryKey: true
        primaryKeyPosition: 1
        unique: true
        logicalTypeOptions: { minLength: 2, maxLength: 4 }
`),
    );
    assert.deepEqual(byId(checks, 'hearings.primaryKey').measure, { kind: 'keyBroken', columns: ['court', 'day'] });
    assert.equal(byId(checks, 'hearings.primaryKey').property, null);
    assert.deepEqual(byId(checks, 'hearings.day.logicalTypeOptions.minimum').measure, {
      kind: 'below',
      column: 'day',
      bound: 1,
      inclusive: false,
    });
    assert.deepEqual(byId(checks, 'hearings.day.logicalTypeOptions.exclusiveMaximum').measure, {
      kind: 'above',
      column: 'day',
      bound: 32,
      inclusive: true,
    });
    assert.deepEqual(byId(checks, 'hearings.court.logicalTypeOptions.maxLength').measure, {
      kind: 'longer',
      column: 'court',
      length: 4,
    });
    assert.deepEqual(byId(checks, 'hearings.court.unique').measure, { kind: 'duplicates', columns: ['court'] });
  });

  it('refuses absurd patterns as an error of the check, not a query', () => {
    const long = 'a'.repeat(1001);
    const { checks } = contractChecks(
      contract(`schema:
  - name: t
    properties:
      - name: a
        logicalTypeOptions:
          pattern: '${long}'
`),
    );
    const check = byId(checks, 't.a.logicalTypeOptions.pattern');
    assert.match(check.invalid ?? '', /over 1000 characters/);
    assert.equal(check.measure.kind, 'none');
  });

  it('gives every check its own id when two properties share a name', () => {
    const { checks } = contractChecks(
      contract(`schema:
  - name: t
    properties:
      - name: a
        required: true
      - name: a
        required: true
`),
    );
    const ids = checks.map((c) => c.id);
    assert.deepEqual(ids, [
      't.objectExists',
      't.a.propertyExists',
      't.a.required',
      't.a.propertyExists#2',
      't.a.required#2',
    ]);
  });

  it('says when the file is not a contract', () => {
    assert.match(contractChecks('just: yaml\n').problem ?? '', /not a data contract/);
  });
});
