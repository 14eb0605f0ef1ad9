// An SLA promise about an element that is not in the contract cannot be checked or even understood.
import { defineRule } from './define-rule';
import type { JsonPath } from '../types';
import type { Fixer } from '../fix/fixer';
import { str } from '../contract-nodes';
import { buildContractIndex } from '../contract-index';

export default defineRule<undefined, 'missingObject' | 'missingProperty'>({
  meta: {
    id: 'sla-element-exists',
    code: 'DCL192',
    group: 'references',
    dimension: 'consistency',
    severity: 'warning',
    profiles: { strict: 'error' },
    description:
      "Each element an SLA property names ('object' or 'object.property', comma-separated) exists in the contract.",
    messages: {
      missingObject: "Fix the SLA element '{element}': there is no schema object '{object}'.{hint}",
      missingProperty: "Fix the SLA element '{element}': '{object}' has no '{property}'.{hint}",
    },
    hasSuggestions: true,
  },
  create(context) {
    const index = buildContractIndex(context.contract);
    const check = (label: string, value: unknown, path: JsonPath) => {
      const text = str(value);
      // Without schema objects there is nothing to resolve against (the SLA may describe a contract defined elsewhere).
      if (text === undefined || index.objects.length === 0) return;
      const elements = text.split(',');
      for (const raw of elements) {
        const element = raw.trim();
        const found = index.resolve(element);
        if (found.status !== 'missing-object' && found.status !== 'missing-property') continue;
        const meant = index.closestName(element);
        const hint = meant ? ` Did you mean '${meant}'?` : '';
        const corrected = elements.map((e) => (e === raw ? e.replace(element, meant ?? element) : e)).join(',');
        const suggest = meant
          ? [{ title: `Change to '${meant}'`, fix: (fixer: Fixer) => fixer.replaceValue(path, corrected) }]
          : [];
        const data: Record<string, string> =
          found.status === 'missing-object'
            ? { label, element, object: found.objectRef, hint }
            : {
                label,
                element,
                object: found.object.name ?? found.object.physicalName ?? '?',
                property: found.propertyRef,
                hint,
              };
        context.report({
          path,
          target: 'value',
          messageId: found.status === 'missing-object' ? 'missingObject' : 'missingProperty',
          data,
          suggest,
        });
      }
    };
    return {
      contract() {
        check("The contract's 'slaDefaultElement'", context.contract.slaDefaultElement, ['slaDefaultElement']);
      },
      slaProperty(node) {
        check(node.label, node.value.element, [...node.path, 'element']);
      },
    };
  },
});
