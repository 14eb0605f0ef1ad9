// ODCS ids are how fully-qualified references find things (schema/<id>/properties/<id>); a repeated id makes them ambiguous.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import { nameOf } from '../model/naming';

// Free-form values: a list inside them is data, not contract structure.
const FREE_FORM = new Set(['value', 'valueExt', 'examples', 'implementation', 'arguments', 'mustBe', 'mustNotBe']);

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
    const walk = (value: unknown, path: JsonPath) => {
      if (Array.isArray(value)) {
        const seen = new Map<string, JsonPath>();
        value.forEach((item, i) => {
          const itemPath = [...path, i];
          const id =
            item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).id : undefined;
          if (typeof id === 'string' && id !== '') {
            const first = seen.get(id);
            if (first) {
              context.report({
                path: [...itemPath, 'id'],
                target: 'value',
                messageId: 'duplicateId',
                data: { label: nameOf(context.contract, itemPath), id, first: nameOf(context.contract, first) },
              });
            } else seen.set(id, itemPath);
          }
          walk(item, itemPath);
        });
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) if (!FREE_FORM.has(key)) walk(child, [...path, key]);
      }
    };
    return { contract: () => walk(context.contract, []) };
  },
});
