import rule from '../../src/engine/rules/deprecated-sla-default-element';
import { contract, ruleTester } from '../helpers/rule-tester';

const declaring = (apiVersion: string) => (body: string) =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
const v302 = declaring('v3.0.2');
const sla =
  'slaProperties:\n  - property: latency # how late\n    value: 4\n    unit: d\n  - property: retention\n    value: 3\n    unit: y\n    element: orders.created_at\n';

ruleTester(rule, {
  valid: [
    {
      name: 'each SLA property names its element',
      code: contract('slaProperties:\n  - property: latency\n    value: 4\n    element: orders.created_at\n'),
    },
    { name: 'a current field in v3.0.2', code: v302(`slaDefaultElement: orders.order_ts\n${sla}`) },
    {
      name: "'3.0.1' written without the v is v3.0.1, where it is current",
      code: declaring('3.0.1')(`slaDefaultElement: orders.order_ts\n${sla}`),
    },
  ],
  invalid: [
    {
      name: 'copied into the SLA properties without an element, then removed',
      code: contract(`# SLA\nslaDefaultElement: orders.order_ts\n${sla}`),
      errors: [{ messageId: 'slaDefaultElement', line: 7, column: 1 }],
      output: contract(
        '# SLA\nslaProperties:\n  - property: latency # how late\n    value: 4\n    unit: d\n    element: orders.order_ts\n  - property: retention\n    value: 3\n    unit: y\n    element: orders.created_at\n',
      ),
    },
    {
      name: 'no SLA properties: only a suggestion to remove it',
      code: contract('slaDefaultElement: orders.order_ts\n'),
      errors: [{ messageId: 'slaDefaultElement', line: 6, column: 1 }],
      output: null,
      suggestions: ["Remove 'slaDefaultElement'"],
    },
  ],
});
