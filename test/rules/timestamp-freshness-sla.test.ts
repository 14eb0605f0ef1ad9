import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/timestamp-freshness-sla';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';
import { applyEdits } from '../../src/engine/fix/apply-edits';

const orders = contract(
  'schema:\n  - name: orders\n    properties:\n      - name: order_id\n        logicalType: string\n      - name: updated_at\n        logicalType: timestamp\n',
);

ruleTester(rule, {
  valid: [
    {
      name: 'latency SLA on the column',
      code: `${orders}slaProperties:\n  - property: latency\n    value: 4\n    unit: h\n    element: orders.updated_at\n`,
    },
    {
      name: 'freshness SLA on the object, among several elements',
      code: `${orders}slaProperties:\n  - property: freshness\n    value: 1\n    unit: d\n    element: customers.id, orders\n`,
    },
    {
      name: 'an SLA without element when there is one object',
      code: `${orders}slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n`,
    },
    {
      name: 'no temporal properties',
      code: contract('schema:\n  - name: codes\n    properties:\n      - name: code\n        logicalType: string\n'),
    },
    {
      name: 'a date of birth is not a time the data arrives or changes: no freshness promise is asked for',
      code: contract(
        'schema:\n  - name: defendants\n    properties:\n      - name: defendant_date_of_birth\n        logicalType: date\n      - name: licence_expiry_date\n        logicalType: date\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no SLA at all',
      code: orders,
      errors: [
        {
          messageId: 'noFreshnessSla',
          line: 7,
          column: 5,
          message: "Add a latency SLA on schema 'orders' (updated_at) saying how fresh it must be.",
        },
      ],
      output: null,
      suggestions: ["Add a latency SLA on 'orders.updated_at' to fill in"],
    },
    {
      name: 'several objects and no timeliness SLA at all: one finding',
      code: contract(
        'schema:\n  - name: orders\n    properties:\n      - name: placed_on\n        logicalType: date\n  - name: refunds\n    properties:\n      - name: refunded_at\n        logicalType: timestamp\n',
      ),
      errors: [
        {
          messageId: 'noFreshnessSlaAtAll',
          line: 6,
          column: 1,
          message: 'Add a latency SLA saying how fresh the data must be: 2 schema objects change over time.',
        },
      ],
      suggestions: ["Add a latency SLA on 'orders.placed_on' to fill in"],
    },
    {
      name: 'a date of birth beside an event time: only the event time is named and suggested',
      code: contract(
        'schema:\n  - name: hearings\n    properties:\n      - name: defendant_date_of_birth\n        logicalType: date\n      - name: hearing_start\n        logicalType: timestamp\n',
      ),
      errors: [
        {
          messageId: 'noFreshnessSla',
          line: 7,
          column: 5,
          message: "Add a latency SLA on schema 'hearings' (hearing_start) saying how fresh it must be.",
        },
      ],
      suggestions: ["Add a latency SLA on 'hearings.hearing_start' to fill in"],
    },
    {
      name: 'the SLA names another object',
      code: `${orders}slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n    element: customers.updated_at\n`,
      errors: [{ messageId: 'noFreshnessSla', line: 7, column: 5 }],
    },
    {
      name: 'a retention SLA does not count',
      code: `${orders}slaProperties:\n  - property: retention\n    value: 1\n    unit: y\n    element: orders.updated_at\n`,
      errors: [{ messageId: 'noFreshnessSla', line: 7, column: 5 }],
    },
  ],
});

describe('timestamp-freshness-sla suggestion', () => {
  it('appends an SLA skeleton to an existing list, keeping comments', () => {
    const code = `${orders}# promises\nslaProperties:\n  - property: retention # keep\n    value: 1\n    unit: y\n`;
    const [finding] = lintWithRule(rule, { code });
    const fixed = applyEdits(code, finding.suggestions![0].edits);
    assert.equal(
      fixed,
      `${code}  - property: latency\n    value: 1 # TODO: agree the promise\n    unit: d\n    element: orders.updated_at\n`,
    );
    assert.deepEqual(lintWithRule(rule, { code: fixed }), []);
  });
  it('creates slaProperties when absent', () => {
    const [finding] = lintWithRule(rule, { code: orders });
    assert.equal(
      applyEdits(orders, finding.suggestions![0].edits),
      `${orders}slaProperties:\n  - property: latency\n    value: 1 # TODO: agree the promise\n    unit: d\n    element: orders.updated_at\n`,
    );
  });
});
