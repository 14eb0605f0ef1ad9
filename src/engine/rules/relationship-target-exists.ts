// A foreign key that points at nothing documents a join nobody can make.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import type { Fixer } from '../fix/fixer';
import { buildContractIndex } from '../contract-index';

export default defineRule<undefined, 'missingObject' | 'missingProperty'>({
  meta: {
    id: 'relationship-target-exists',
    code: 'DCL190',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    profiles: { strict: 'error' },
    description:
      "The ends of a relationship ('from', 'to') name schema objects and properties defined in the contract.",
    messages: {
      missingObject: "Fix '{reference}': this contract has no object '{object}'.{hint}",
      missingProperty: "Fix '{reference}': schema '{object}' has no property '{property}'.{hint}",
    },
    hasSuggestions: true,
  },
  create(context) {
    const index = buildContractIndex(context.contract);
    const check = (label: string, reference: unknown, path: JsonPath) => {
      if (typeof reference !== 'string') return;
      const found = index.resolve(reference);
      if (found.status !== 'missing-object' && found.status !== 'missing-property') return;
      const meant = index.closestName(reference);
      const hint = meant ? ` Did you mean '${meant}'?` : '';
      const suggest = meant
        ? [{ title: `Change to '${meant}'`, fix: (fixer: Fixer) => fixer.replaceValue(path, meant) }]
        : [];
      if (found.status === 'missing-object') {
        context.report({
          path,
          target: 'value',
          messageId: 'missingObject',
          data: { label, reference, object: found.objectRef, hint },
          suggest,
        });
      } else {
        const object = found.object.name ?? found.object.physicalName ?? found.object.id ?? '?';
        context.report({
          path,
          target: 'value',
          messageId: 'missingProperty',
          data: { label, reference, object, property: found.propertyRef, hint },
          suggest,
        });
      }
    };
    return {
      relationship(node) {
        const label = node.label;
        const ends = node.ownerKind === 'schema' ? (['from', 'to'] as const) : (['to'] as const);
        for (const end of ends) {
          const value = node.value[end];
          if (Array.isArray(value)) value.forEach((ref, i) => check(label, ref, [...node.path, end, i]));
          else check(label, value, [...node.path, end]);
        }
      },
    };
  },
});
