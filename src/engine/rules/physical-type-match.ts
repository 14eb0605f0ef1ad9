// `logicalType: string` over an `int` column, or `integer` over `varchar(20)`: one of the two is wrong, and checks,
// generated schemas and readers each believe a different one. Only clear contradictions are reported; physical
// type names that are unknown or mean different things in different systems never are.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { FAMILY_PHRASE, LOGICAL_TYPE_FOR, contradictingFamily } from '../vocabulary/physical-types';

// logicalTypes that arrived in v3.1.0: not offered to a v3.0.x contract.
const SINCE_V31 = new Set(['timestamp', 'time']);

export default defineRule<undefined, 'mismatch'>({
  meta: {
    id: 'physical-type-match',
    code: 'DCL284',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    description:
      'The physicalType of a property does not contradict its logicalType (no `int` column described as a string).',
    messages: {
      mismatch: "Make logicalType {logical} and physicalType '{physical}' of {label} agree.",
    },
    hasSuggestions: true,
  },
  create(context) {
    const v30 = /^v?3\.0(\.|$)/.test(context.apiVersion.trim());
    return {
      property(node) {
        const logical = str(node.value.logicalType);
        const physical = str(node.value.physicalType);
        if (logical === undefined || physical === undefined) return;
        const family = contradictingFamily(logical, physical);
        if (!family) return;
        const target = LOGICAL_TYPE_FOR[family];
        // Changing the logicalType is a promise the user makes: offered only where nothing else depends on it.
        const offer =
          target !== undefined &&
          !(v30 && SINCE_V31.has(target)) &&
          node.value.logicalTypeOptions === undefined &&
          node.value.items === undefined &&
          node.value.properties === undefined;
        context.report({
          path: [...node.path, 'physicalType'],
          target: 'value',
          messageId: 'mismatch',
          data: { label: node.label, logical, physical: physical.trim(), phrase: FAMILY_PHRASE[family] },
          suggest: offer
            ? [
                {
                  title: `Change logicalType to ${target}`,
                  fix: (fixer) => fixer.replaceValue([...node.path, 'logicalType'], target),
                },
              ]
            : undefined,
        });
      },
    };
  },
});
