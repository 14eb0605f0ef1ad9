// invalidValues counts values outside an allowed set or format; without one, there is nothing to compare against.
import { defineRule } from './define-rule';
import { capitalize } from '../model/naming';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export default defineRule<undefined, 'noValidValuesOrPattern'>({
  meta: {
    id: 'invalid-values-arguments',
    code: 'DCL164',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'warning',
    description: "An 'invalidValues' quality rule says what is valid, with 'arguments.validValues' or 'arguments.pattern'.",
    messages: {
      noValidValuesOrPattern: "{label} measures 'invalidValues' but gives neither 'arguments.validValues' (a list of allowed values) nor 'arguments.pattern' (a regular expression), so it cannot tell valid from invalid values.",
    },
    grouping: {
      noValidValuesOrPattern: "{count} quality rules of {schema} measure 'invalidValues' but give neither 'arguments.validValues' nor 'arguments.pattern': {names}.",
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
          data: { label: capitalize(node.label) },
        });
      },
    };
  },
});
