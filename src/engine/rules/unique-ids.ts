// ODCS ids are how fully-qualified references find things (schema/<id>/properties/<id>); a repeated id makes them ambiguous.
import { defineRule } from './define-rule';
import { isObject } from '../detect';
import type { ValueNode } from '../contract-values';
import { nameOf } from '../model/naming';

export default defineRule<undefined, 'duplicateId'>({
  meta: {
    id: 'unique-ids',
    code: 'DCL193',
    group: 'references',
    dimension: 'consistency',
    severity: 'error',
    description:
      "Every 'id' is unique within its list (schema objects, properties, quality rules, servers, SLA properties, …).",
    messages: {
      duplicateId: "Give {label} another id: {first} already uses '{id}'.",
    },
  },
  create(context) {
    return {
      contract() {
        // Every list of the contract's structure, at any depth, from the shared walk; free-form values are data.
        const firstIn = new Map<ValueNode | undefined, Map<string, ValueNode>>();
        for (const item of context.parts.values.items) {
          const id = isObject(item.value) ? item.value.id : undefined;
          if (typeof id !== 'string' || id === '') continue;
          let firstById = firstIn.get(item.parent);
          if (!firstById) firstIn.set(item.parent, (firstById = new Map()));
          const first = firstById.get(id);
          if (!first) {
            firstById.set(id, item);
            continue;
          }
          context.report({
            path: [...item.path, 'id'],
            target: 'value',
            messageId: 'duplicateId',
            data: { label: nameOf(context.contract, item.path), id, first: nameOf(context.contract, first.path) },
          });
        }
      },
    };
  },
});
