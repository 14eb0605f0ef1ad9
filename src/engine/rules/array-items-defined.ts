// `logicalType: array` without `items` says there is a list but not of what: consumers cannot type its elements
// and generated schemas fall back to "any". The official schema allows it, so nothing else reports it.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';

/** A physical type that names its element type, e.g. `array<string>`, `ARRAY(VARCHAR)`, `text[]`, `list<int>`. */
const PHYSICAL_ELEMENT_TYPE = /^\s*(?:array|list)\s*[<(]\s*\S|\[\]\s*$/i;

export default defineRule<undefined, 'noItems' | 'noNestedItems'>({
  meta: {
    id: 'array-items-defined',
    code: 'DCL282',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'warning',
    description: "A property of logicalType array says what its elements are with 'items'.",
    messages: {
      noItems: "Add 'items' with a logicalType to {label}.",
      noNestedItems: "Add 'items' with a logicalType under {label}.",
    },
    details: {
      noItems: 'Say what the elements of the array are.',
      noNestedItems: 'Say what the elements of the inner array are.',
    },
  },
  create(context) {
    return {
      property(node) {
        const v = node.value;
        if (v.logicalType !== 'array' || v.items !== undefined) return;
        const physical = str(v.physicalType);
        if (physical !== undefined && PHYSICAL_ELEMENT_TYPE.test(physical)) return; // the element type is known
        const isItems = node.path[node.path.length - 1] === 'items';
        context.report({
          path: [...node.path, 'logicalType'],
          target: 'value',
          messageId: isItems ? 'noNestedItems' : 'noItems',
          data: { label: node.label },
        });
      },
    };
  },
});
