// [100, 0] reads as "between 100 and 0": most engines treat it as an empty range, so the check always fails (or passes).
import { defineRule } from './define-rule';

const RANGE_OPERATORS = ['mustBeBetween', 'mustNotBeBetween'] as const;

export default defineRule<undefined, 'reversed'>({
  meta: {
    id: 'between-bounds-order',
    code: 'DCL166',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'error',
    description: "The bounds of 'mustBeBetween' and 'mustNotBeBetween' are written low first, high second.",
    messages: {
      reversed: 'Swap the bounds of {operator} in {label} to [{second}, {first}].',
    },
    fixable: true,
  },
  create(context) {
    return {
      quality(node) {
        for (const operator of RANGE_OPERATORS) {
          const pair = node.value[operator];
          if (!Array.isArray(pair) || pair.length !== 2) continue;
          const [first, second] = pair;
          if (typeof first !== 'number' || typeof second !== 'number' || !(first > second)) continue;
          const at = [...node.path, operator];
          const [low, high] = [yamlNumber(second), yamlNumber(first)];
          context.report({
            path: at,
            messageId: 'reversed',
            data: { label: node.label, operator, first: high, second: low },
            fixTitle: `Swap the bounds to [${low}, ${high}]`,
            // The bounds keep their source text: `.inf` stays `.inf`, a long integer keeps every digit.
            fix: (fixer) => fixer.swapScalars([...at, 0], [...at, 1]),
          });
        }
      },
    };
  },
});

/** A number as YAML writes it: infinity is `.inf`, not JavaScript's `Infinity`. */
function yamlNumber(n: number): string {
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  return String(n);
}
