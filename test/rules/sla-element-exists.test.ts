import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/sla-element-exists';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';

const orders =
  'schema:\n  - name: orders\n    physicalName: tbl_orders\n    properties:\n      - name: updated_at\n      - name: order_id\n';
const sla = (element: string) =>
  contract(`${orders}slaProperties:\n  - property: latency\n    value: 4\n    unit: h\n    element: ${element}\n`);

ruleTester(rule, {
  valid: [
    { name: 'object.property', code: sla('orders.updated_at') },
    { name: 'physical name and object alone, comma-separated', code: sla('tbl_orders.updated_at, orders') },
    { name: 'fully qualified by name', code: sla('schema/orders/properties/order_id') },
    {
      name: 'no schema objects at all: nothing to check against',
      code: contract('slaProperties:\n  - property: latency\n    value: 4\n    element: tab1.txn_ref_dt\n'),
    },
  ],
  invalid: [
    {
      name: 'mistyped property, with a suggestion',
      code: sla('orders.updated_ad'),
      errors: [
        {
          messageId: 'missingProperty',
          line: 16,
          column: 14,
          message:
            "Fix the SLA element 'orders.updated_ad': 'orders' has no 'updated_ad'. Did you mean 'orders.updated_at'?",
        },
      ],
      output: null,
      suggestions: ["Change to 'orders.updated_at'"],
    },
    {
      name: 'one of several elements is unknown',
      code: sla('orders.order_id, invoices.id'),
      errors: [{ messageId: 'missingObject', line: 16, column: 14, message: "no schema object 'invoices'" }],
    },
    {
      name: 'the deprecated default element',
      code: contract(`${orders}slaDefaultElement: order.updated_at\n`),
      errors: [
        {
          messageId: 'missingObject',
          line: 12,
          column: 20,
          message:
            "Fix the SLA element 'order.updated_at': there is no schema object 'order'. Did you mean 'orders.updated_at'?",
        },
      ],
    },
  ],
});

describe('sla-element-exists suggestion', () => {
  it('corrects only the mistyped element of a list', () => {
    const code = sla('orders.order_id, ordres.updated_at # both');
    const [finding] = lintWithRule(rule, { code });
    assert.equal(applyEdits(code, finding.suggestions![0].edits), sla('orders.order_id, orders.updated_at # both'));
  });
});
