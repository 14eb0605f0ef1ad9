import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { buildContractIndex } from '../../src/engine/contract-index';

const contract = parse(`
schema:
  - id: orders_obj
    name: orders
    physicalName: tbl_orders
    properties:
      - id: order_id_prop
        name: order_id
      - id: customer_prop
        name: customer
        physicalName: cust
        properties:
          - id: email_prop
            name: email
  - name: customers
    properties:
      - name: id
  - 42
`) as Record<string, unknown>;

describe('contract index', () => {
  const index = buildContractIndex(contract);

  it('resolves shorthand references by name or physical name, ignoring case when needed', () => {
    const found = index.resolve('orders.order_id');
    assert.equal(found.status, 'found');
    assert.equal(found.status === 'found' && found.property?.id, 'order_id_prop');
    assert.equal(index.resolve('tbl_orders.cust').status, 'found');
    assert.equal(index.resolve('ORDERS.Order_ID').status, 'found');
    assert.equal(index.resolve('orders.customer.email').status, 'found');
    assert.equal(index.resolve('customers').status, 'found');
  });

  it('resolves fully-qualified references by id (with or without a leading slash)', () => {
    const found = index.resolve('schema/orders_obj/properties/customer_prop/properties/email_prop');
    assert.equal(found.status === 'found' && found.property?.name, 'email');
    assert.equal(index.resolve('/schema/orders_obj/properties/order_id_prop').status, 'found');
  });

  it('tells a missing object from a missing property', () => {
    assert.deepEqual(index.resolve('invoices.id'), { status: 'missing-object', objectRef: 'invoices' });
    const missing = index.resolve('orders.total');
    assert.equal(missing.status, 'missing-property');
    assert.equal(missing.status === 'missing-property' && missing.propertyRef, 'total');
    assert.equal(index.resolve('schema/orders_obj/properties/nope').status, 'missing-property');
    assert.equal(index.resolve('schema/nope/properties/x').status, 'missing-object');
  });

  it('leaves references into other files and unknown forms alone', () => {
    assert.equal(index.resolve('other.yaml#/schema/x/properties/y').status, 'external');
    assert.equal(index.resolve('servers/x').status, 'unknown-form');
    assert.equal(index.resolve('  ').status, 'unknown-form');
  });

  it('proposes the one close name for a typo', () => {
    assert.equal(index.closestName('order.order_id'), 'orders.order_id');
    assert.equal(index.closestName('orders.order_idd'), 'orders.order_id');
    assert.equal(index.closestName('payments.amount'), undefined);
  });

  it('never throws on odd shapes', () => {
    const odd = buildContractIndex({ schema: 'x' });
    assert.equal(odd.objects.length, 0);
    assert.equal(odd.resolve('a.b').status, 'missing-object');
    assert.equal(buildContractIndex({ schema: [{ properties: 5 }] }).resolve('a').status, 'missing-object');
  });
});
