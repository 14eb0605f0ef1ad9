// The comparison reads meaning, not text: form alone is no change, a rename by id is one change, and each change
// points at its line in the new file.
import assert from 'node:assert/strict';
import { diffContracts } from '../../src/engine';
import { contract } from './contract-template';

const BASE = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
team:
  name: sales
  members:
    - username: alice
      role: owner
schema:
  - name: orders
    id: orders-object
    properties:
      - name: order_id
        id: order-id
        logicalType: string
        required: true
        tags: [key, sales]
      - name: customer
        logicalType: object
        properties:
          - name: street
            id: street-prop
            logicalType: string
          - name: city
            logicalType: string
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
`;

const REFORMATTED = `# the same contract, written differently
kind: "DataContract"
apiVersion: 'v3.1.0'
version: "1.0.0"
id: orders
status: active
schema:
  - properties:
      - name: customer   # nested properties swapped too
        logicalType: object
        properties:
          - { name: city, logicalType: string }
          - name: street
            logicalType: "string"
            id: street-prop
      - required: true
        tags: [sales, key]
        logicalType: string
        id: order-id
        name: "order_id"
    quality: [{ mustBeGreaterThan: 0, metric: rowCount }]
    name: orders
    id: orders-object
team:
  members:
    - role: owner
      username: alice
  name: sales
`;

describe('dclens diff: meaning, not text', () => {
  it('finds no change when only key order, quoting, comments and the order of properties differ', () => {
    const diff = diffContracts(BASE, REFORMATTED);
    assert.deepEqual(diff.changes, []);
    assert.deepEqual(diff.version, { base: '1.0.0', head: '1.0.0', required: 'none', ok: true });
  });

  it('finds no change between the v3.0 and v3.1 spellings of the same promises', () => {
    const v30 = `apiVersion: v3.0.0
kind: DataContract
id: orders
version: 1.0.0
status: active
team:
  - username: alice
    role: owner
schema:
  - name: orders
    properties:
      - name: amount
        logicalType: number
        logicalTypeOptions:
          minimum: 0
          exclusiveMinimum: true
      - name: method
        logicalType: string
        quality:
          - rule: validValues
            validValues: [card, cash]
            mustBe: 0
    quality:
      - rule: rowCount
        mustBeGreaterThan: 0
`;
    const v31 = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
team:
  members:
    - username: alice
      role: owner
schema:
  - name: orders
    properties:
      - name: amount
        logicalType: number
        logicalTypeOptions:
          exclusiveMinimum: 0
      - name: method
        logicalType: string
        quality:
          - metric: invalidValues
            arguments:
              validValues: [cash, card]
            mustBe: 0
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
`;
    assert.deepEqual(
      diffContracts(v30, v31).changes.map((c) => c.message),
      [],
    );
  });

  it('reads a renamed property with the same id as one rename, and keeps comparing it', () => {
    const after = BASE.replace('- name: order_id', '- name: order_number').replace('required: true', 'required: false');
    const diff = diffContracts(BASE, after);
    assert.deepEqual(
      diff.changes.map((c) => [c.type, c.property, c.line]),
      [
        ['property-renamed', 'order_number', 15],
        ['required-relaxed', 'order_number', 18],
      ],
    );
    assert.deepEqual(diff.changes[0].before, { name: 'order_id' });
    assert.deepEqual(diff.changes[0].after, { name: 'order_number' });
  });

  it('reads a renamed schema object with the same id as one rename', () => {
    const diff = diffContracts(BASE, BASE.replace('- name: orders', '- name: sales_orders'));
    assert.deepEqual(
      diff.changes.map((c) => [c.type, c.schema, c.property]),
      [['object-renamed', 'sales_orders', null]],
    );
  });

  it('without an id, a new name is a removal and an addition', () => {
    const diff = diffContracts(BASE, BASE.replace('- name: city', '- name: town'));
    assert.deepEqual(diff.changes.map((c) => [c.type, c.property]).sort(), [
      ['property-added', 'customer.town'],
      ['property-removed', 'customer.city'],
    ]);
  });

  it('names nested properties with dots and points a removal at the nearest surviving parent', () => {
    const after = BASE.replace('          - name: city\n            logicalType: string\n', '');
    const diff = diffContracts(BASE, after);
    assert.equal(diff.changes.length, 1);
    const [removed] = diff.changes;
    assert.equal(removed.property, 'customer.city');
    assert.equal(removed.line, after.split('\n').indexOf('      - name: customer') + 1);
    assert.deepEqual(removed.before, { name: 'city', logicalType: 'string' });
    assert.equal(removed.after, null);
  });

  it('points a changed field at its line in the new file', () => {
    const after = contract({ amount: 'logicalType: integer' });
    const [change] = diffContracts(contract(), after).changes;
    assert.equal(after.split('\n')[change.line - 1].trim(), 'logicalType: integer');
  });

  it('says which file cannot be read instead of inventing changes', () => {
    const diff = diffContracts('just: [unclosed', contract());
    assert.match(diff.problem ?? '', /base/);
    assert.deepEqual(diff.changes, []);
    const dcs = diffContracts(contract(), 'dataContractSpecification: 1.1.0\nid: x\nmodels: {}\n');
    assert.equal(
      dcs.problem,
      'the new file uses the Data Contract Specification; dclens diff compares ODCS v3 contracts',
    );
  });

  it('names long objects and properties in full, never shortened', () => {
    const schema = 'establishment_inspection_outcomes_by_local_authority';
    const property = 'establishment_hygiene_rating_before_appeal_in_pounds';
    const named = BASE.replace('- name: orders', `- name: ${schema}`).replace('- name: city', `- name: ${property}`);
    const after = named.replace(`          - name: ${property}\n            logicalType: string\n`, '');
    const [removed] = diffContracts(named, after).changes;
    assert.equal(removed.type, 'property-removed');
    assert.ok(
      removed.message.includes(`'customer.${property}'`) || removed.message.includes(`'${property}'`),
      removed.message,
    );
    assert.ok(removed.message.includes(`'${schema}'`), removed.message);
    assert.doesNotMatch(removed.message, /…/);
  });
});
