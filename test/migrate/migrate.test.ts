// dclens migrate: Data Contract Specification, ODCS v2.2 and ODCS v3.0 contracts become ODCS v3.1.0 / v3.2.0 that
// lint with no errors (the official schema included), and nothing the original says goes missing unseen.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lintText, migrateContract, MIGRATION_TARGETS } from '../../src/engine';

const DCS = path.join(__dirname, '../fixtures/dcs');
const ODCS = path.join(__dirname, '../fixtures/odcs');
const dcsFiles = readdirSync(DCS).filter((f) => f.endsWith('.yaml'));
const v30Files = readdirSync(ODCS).filter(
  (f) => f.endsWith('.yaml') && /^apiVersion: "?v3\.0\./m.test(readFileSync(path.join(ODCS, f), 'utf8')),
);

const errors = (text: string) =>
  lintText(text, { today: '2026-12-01', fileName: 'migrated.odcs.yaml' })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`);

/** Every scalar in a value, with the scalars of JSON text kept under customProperties. */
function scalars(value: unknown, into = new Set<string>()): Set<string> {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) value.forEach((v) => scalars(v, into));
  else if (typeof value === 'object') Object.values(value as object).forEach((v) => scalars(v, into));
  else {
    const text = String(value);
    into.add(text.trim());
    if (/^[[{]/.test(text)) {
      try {
        scalars(JSON.parse(text), into);
      } catch {
        // not JSON: the text itself is the scalar
      }
    }
  }
  return into;
}

/** Input leaves that are written in another form on purpose (a duration as value and unit, a status word). */
const REWRITTEN = /(^|\.)(dataContractSpecification|\$ref|period|threshold|interval|percentage|status|unlimited|type)$/;

function leaves(value: unknown, at = '', out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${at}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}.${k}` : k, out);
  else if (value !== null && value !== undefined) out.push([at, String(value).trim()]);
  return out;
}

describe('dclens migrate', () => {
  for (const target of MIGRATION_TARGETS)
    for (const file of dcsFiles)
      it(`${file} becomes ODCS ${target} with no errors and every value kept`, () => {
        const original = readFileSync(path.join(DCS, file), 'utf8');
        const result = migrateContract(original, target);
        assert.ok(result.text, result.problem);
        assert.match(result.from ?? '', /^Data Contract Specification /);
        assert.deepEqual(errors(result.text), [], result.text);
        const out = parse(result.text) as Record<string, unknown>;
        assert.equal(out.apiVersion, target);
        const kept = scalars(out);
        const lost = leaves(parse(original))
          .filter(([where]) => !REWRITTEN.test(where.replace(/\[\d+\]/g, '')))
          .filter(([, value]) => !kept.has(value));
        assert.deepEqual(lost, [], 'values of the original missing from the result');
      });

  it('maps a DCS file as the standard says: servers as a list, models as schema, primary keys, enum, SLAs', () => {
    const result = migrateContract(readFileSync(path.join(DCS, 'orders-latest.datacontract.yaml'), 'utf8'), 'v3.1.0');
    const out = parse(result.text!);
    assert.equal(out.servers[0].server, 'production');
    assert.equal(out.servers[0].location, 's3://datacontract-example-orders-latest/v2/');
    assert.deepEqual(out.team, { name: 'Checkout Team' });
    const lineItems = out.schema.find((s: { name: string }) => s.name === 'line_items');
    assert.deepEqual(
      lineItems.properties.filter((p: { primaryKey?: boolean }) => p.primaryKey).map((p: { name: string }) => p.name),
      ['line_item_id', 'order_id'],
    );
    const orderId = lineItems.properties.find((p: { name: string }) => p.name === 'order_id');
    assert.equal(orderId.businessName, 'Order ID', 'the definition it refers to is resolved');
    assert.deepEqual(orderId.relationships, [{ to: 'orders.order_id' }]);
    assert.deepEqual(
      out.slaProperties.map((s: { property: string; value: unknown; unit?: string }) => [s.property, s.value, s.unit]),
      [
        ['generalAvailability', '99.9%', undefined],
        ['retention', 1, 'y'],
        ['latency', 25, 'h'],
        ['frequency', 1, 'd'],
      ],
    );
    assert.ok(result.kept.some((k) => k.startsWith('servicelevels.backup')));
  });

  it("an enum is v3.2.0's enum, and in v3.1.0 an invalidValues check", () => {
    const dcs =
      'dataContractSpecification: 1.2.1\nid: x\ninfo:\n  title: X\n  version: 1.0.0\nmodels:\n  t:\n    fields:\n      status:\n        type: string\n        enum: [open, closed]\n';
    const v32 = parse(migrateContract(dcs, 'v3.2.0').text!);
    assert.deepEqual(v32.schema[0].properties[0].enum, [{ value: 'open' }, { value: 'closed' }]);
    const v31 = migrateContract(dcs, 'v3.1.0');
    assert.deepEqual(parse(v31.text!).schema[0].properties[0].quality[0].arguments, {
      validValues: ['open', 'closed'],
    });
    assert.ok(v31.changed.some((c) => c.includes('invalidValues')));
    assert.deepEqual(errors(v31.text!), []);
  });

  it('turns ODCS v2.2 tables, columns, stakeholders and tool rules into v3, and never copies credentials', () => {
    const v2 = `apiVersion: v2.2.2
kind: DataContract
uuid: 0b6b1c4e-4b4b-4c1e-9a3e-1f1f1f1f1f1f
type: tables
status: current
version: 1.1.0
datasetName: fines
quantumName: fines_v1
datasetDomain: courts
username: svc_fines
password: hunter2
server: db.example.org
database: courts
productDl: fines-team@example.org
description:
  purpose: Fines issued by magistrates' courts.
stakeholders:
  - username: ann.lee
    role: Data Owner
    dateIn: "2024-01-01"
dataset:
  - table: fines
    physicalName: fines_v1
    priorTableName: fines_old
    columns:
      - column: fine_id
        logicalType: string
        physicalType: varchar(36)
        isPrimaryKey: true
        isNullable: false
        isUnique: true
      - column: amount_pence
        logicalType: number
        isNullable: true
        clusterStatus: true
        criticalDataElementStatus: true
    quality:
      - toolName: soda
        toolRuleName: row_count > 0
        dimension: completeness
        scheduleCronExpression: 0 6 * * *
slaProperties:
  - property: latency
    value: 1
    unit: d
    column: fines.issued_at
`;
    const result = migrateContract(v2, 'v3.1.0');
    assert.equal(result.from, 'ODCS v2.2.2');
    assert.deepEqual(errors(result.text!), [], result.text);
    const out = parse(result.text!);
    assert.equal(out.id, '0b6b1c4e-4b4b-4c1e-9a3e-1f1f1f1f1f1f');
    assert.equal(out.domain, 'courts');
    assert.deepEqual(out.team.members, [{ username: 'ann.lee', role: 'Data Owner', dateIn: '2024-01-01' }]);
    const [fineId, amount] = out.schema[0].properties;
    assert.deepEqual([fineId.name, fineId.primaryKey, fineId.required, fineId.unique], ['fine_id', true, true, true]);
    assert.equal(amount.required, undefined);
    assert.equal(amount.criticalDataElement, true);
    assert.deepEqual(out.schema[0].quality[0], {
      type: 'custom',
      engine: 'soda',
      implementation: 'row_count > 0',
      dimension: 'completeness',
      scheduler: 'cron',
      schedule: '0 6 * * *',
    });
    assert.equal(out.slaProperties[0].element, 'fines.issued_at');
    assert.ok(!result.text!.includes('hunter2') && !result.text!.includes('svc_fines'), 'no credentials');
    assert.deepEqual(
      result.dropped.map((d) => d.split(':')[0]),
      ['password', 'username'],
    );
    assert.ok(result.kept.some((k) => k.includes('priorTableName')));
  });

  for (const file of v30Files)
    it(`${file}: ODCS v3.0 becomes v3.1.0 in place, with no errors`, () => {
      const original = readFileSync(path.join(ODCS, file), 'utf8');
      const result = migrateContract(original, 'v3.1.0');
      assert.ok(result.text, result.problem);
      assert.deepEqual(errors(result.text), [], result.text);
      // Only the version line changes in a file that needs nothing else.
      const changedLines = result.text.split('\n').filter((line, i) => line !== original.split('\n')[i]);
      if (result.changed.length === 0)
        assert.ok(
          changedLines.every((l) => /apiVersion/.test(l)),
          changedLines.join('\n'),
        );
    });

  it('moves a v3.0 team list under team.members and renames rule to metric, keeping comments', () => {
    const v30 = `# Orders, owned by the sales analytics team.
apiVersion: v3.0.2
kind: DataContract
id: orders
version: 1.0.0
status: active
team: # who looks after it
  - username: ann.lee
    role: Data Owner
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
        quality:
          - rule: nullValues # no order without an id
            mustBe: 0
`;
    const result = migrateContract(v30, 'v3.1.0');
    assert.deepEqual(errors(result.text!), [], result.text);
    const out = parse(result.text!);
    assert.deepEqual(out.team, { members: [{ username: 'ann.lee', role: 'Data Owner' }] });
    assert.equal(out.schema[0].properties[0].quality[0].metric, 'nullValues');
    for (const comment of ['# Orders, owned by the sales analytics team.', '# no order without an id'])
      assert.ok(result.text!.includes(comment), comment);
    assert.equal(result.changed.length, 2);
  });

  it('says why a file cannot be migrated', () => {
    assert.match(migrateContract('a: [', 'v3.1.0').problem!, /not valid YAML/);
    assert.match(migrateContract('just: text', 'v3.1.0').problem!, /not a Data Contract Specification or ODCS/);
    assert.match(
      migrateContract('apiVersion: v3.1.0\nkind: DataContract\n', 'v3.1.0').problem!,
      /already ODCS v3\.1\.0/,
    );
    assert.match(migrateContract('apiVersion: v3.2.0\nkind: DataContract\n', 'v3.1.0').problem!, /newer than v3\.1\.0/);
  });
});
