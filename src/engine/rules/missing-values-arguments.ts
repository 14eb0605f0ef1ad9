// missingValues differs from nullValues only by the list of values that count as missing; without it, say so.
import { defineRule } from './define-rule';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export default defineRule<undefined, 'noMissingValuesList'>({
  meta: {
    id: 'missing-values-arguments',
    code: 'DCL169',
    group: 'data-quality',
    dimension: 'completeness',
    severity: 'info',
    profiles: { strict: 'warning' },
    description: "A 'missingValues' quality rule lists what counts as missing in 'arguments.missingValues'.",
    messages: {
      noMissingValuesList: "List the missing values in 'arguments.missingValues' of {label}.",
    },
    details: {
      noMissingValuesList: 'Or use the metric nullValues, if only empty values count as missing.',
    },
    grouping: {
      noMissingValuesList:
        "List the missing values in 'arguments.missingValues' of {count} quality rules of {schema}: {names}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      quality(node) {
        if (node.value.metric !== 'missingValues') return;
        const args = node.value.arguments;
        if (isMap(args) && Array.isArray(args.missingValues)) return;
        context.report({
          path: [...node.path, 'metric'],
          target: 'value',
          messageId: 'noMissingValuesList',
          data: { label: node.label },
          // The list changes what the check counts, so it is a suggestion the user adjusts, never a safe fix; offered
          // only when there are no arguments at all, with the common placeholders as a starting list.
          suggest:
            args === undefined
              ? [
                  {
                    title: "Add 'arguments.missingValues' with null, empty text and 'N/A'",
                    fix: (fixer) => fixer.insertEntries(node.path, "arguments:\n  missingValues: [null, '', 'N/A']"),
                  },
                ]
              : [],
        });
      },
    };
  },
});
