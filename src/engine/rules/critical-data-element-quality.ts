// Step 1 of a data quality action plan is to identify critical data; step 2 is to check it.
import { defineRule } from './define-rule';
import { arr, objects, type Obj } from '../contract-nodes';

/** True when an object-level rule names the property in `arguments.properties`. */
function namedByObjectRule(q: Obj, name: string): boolean {
  const args = q.arguments;
  return !!args && typeof args === 'object' && !Array.isArray(args) && arr((args as Obj).properties).includes(name);
}

export default defineRule<undefined, 'noQualityRule'>({
  meta: {
    id: 'critical-data-element-quality',
    code: 'DCL162',
    group: 'data-quality',
    dimension: 'accuracy',
    severity: 'warning',
    profiles: { strict: 'error', 'uk-gov': 'error' },
    description: "A property marked 'criticalDataElement: true' has at least one quality rule.",
    messages: {
      noQualityRule: 'Add a quality rule to {label}: it is marked as a critical data element.',
    },
    grouping: {
      noQualityRule: 'Add quality rules to {count} critical data elements of {schema}: {names}.',
    },
  },
  create(context) {
    return {
      property(node) {
        if (node.value.criticalDataElement !== true) return;
        if (objects(node.value.quality).length > 0) return;
        const name = node.name;
        if (name !== undefined && objects(node.schemaObject.value.quality).some(([q]) => namedByObjectRule(q, name)))
          return;
        context.report({
          path: [...node.path, 'criticalDataElement'],
          messageId: 'noQualityRule',
          data: { label: node.label },
        });
      },
    };
  },
});
