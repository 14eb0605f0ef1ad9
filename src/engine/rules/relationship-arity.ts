// A composite foreign key pairs its columns in order: from[0] → to[0], from[1] → to[1], …
import { defineRule } from './define-rule';

export default defineRule<undefined, 'lengthMismatch' | 'propertyToMany'>({
  meta: {
    id: 'relationship-arity',
    code: 'DCL191',
    group: 'references',
    dimension: 'consistency',
    severity: 'error',
    description:
      "A relationship's 'from' and 'to' lists have the same length; a property-level relationship points at one target.",
    messages: {
      lengthMismatch: "Give {label} as many 'to' as 'from' entries (now {from} and {to}).",
      propertyToMany: "Point {label} at one property, or use 'from' and 'to' lists on the schema.",
    },
  },
  create(context) {
    return {
      relationship(node) {
        const { from, to } = node.value;
        const label = node.label;
        if (node.ownerKind === 'schema') {
          if (Array.isArray(from) && Array.isArray(to) && from.length !== to.length) {
            context.report({
              path: [...node.path, 'to'],
              messageId: 'lengthMismatch',
              data: { label, from: from.length, to: to.length },
            });
          }
        } else if (Array.isArray(to) && to.length > 1) {
          context.report({ path: [...node.path, 'to'], messageId: 'propertyToMany', data: { label, to: to.length } });
        }
      },
    };
  },
});
