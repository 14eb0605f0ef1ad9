// invalidValues counts values outside an allowed set or format; without one, there is nothing to compare against.
import { defineRule } from './define-rule';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export default defineRule<undefined, 'noValidValuesOrPattern'>({
  meta: {
    id: 'invalid-values-arguments',
    code: 'DCL164',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'warning',
    description:
      "An 'invalidValues' quality rule says what is valid, with 'arguments.validValues' or 'arguments.pattern'.",
    messages: {
      noValidValuesOrPattern: "Add 'arguments.validValues' or 'arguments.pattern' to {label}.",
    },
    grouping: {
      noValidValuesOrPattern:
        "Add 'arguments.validValues' or 'arguments.pattern' to {count} quality rules of {schema}: {names}.",
    },
  },
  create(context) {
    return {
      quality(node) {
        if (node.value.metric !== 'invalidValues') return;
        const args = node.value.arguments;
        if (isMap(args) && (args.validValues !== undefined || args.pattern !== undefined)) return;
        context.report({
          path: [...node.path, isMap(args) ? 'arguments' : 'metric'],
          messageId: 'noValidValuesOrPattern',
          data: { label: node.label },
        });
      },
    };
  },
});
