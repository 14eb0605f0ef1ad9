// A lower bound above the upper bound describes values that cannot exist: every record would be invalid.
import { defineRule } from './define-rule';

/** [lower, upper, whether equal bounds are already empty] */
const PAIRS: Array<[string, string, boolean]> = [
  ['minLength', 'maxLength', false],
  ['minimum', 'maximum', false],
  ['minItems', 'maxItems', false],
  ['minProperties', 'maxProperties', false],
  ['exclusiveMinimum', 'exclusiveMaximum', true],
  ['minimum', 'exclusiveMaximum', true],
  ['exclusiveMinimum', 'maximum', true],
];

/** A comparable number: numbers as they are, dates and timestamps (text) as instants. */
function comparable(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

export default defineRule<undefined, 'reversed' | 'empty'>({
  meta: {
    id: 'min-max-order',
    code: 'DCL197',
    group: 'references',
    dimension: 'validity',
    severity: 'error',
    description:
      'Lower bounds in logicalTypeOptions do not exceed upper bounds (minLength ≤ maxLength, minimum ≤ maximum, …).',
    messages: {
      reversed: 'Check the bounds of {label}: {low} ({lowValue}) is greater than {high} ({highValue}).',
      empty: 'Check the bounds of {label}: {low} ({lowValue}) and {high} ({highValue}) leave no room.',
    },
  },
  create(context) {
    return {
      property(node) {
        const options = node.value.logicalTypeOptions;
        if (!options || typeof options !== 'object' || Array.isArray(options)) return;
        const o = options as Record<string, unknown>;
        for (const [low, high, equalIsEmpty] of PAIRS) {
          const a = comparable(o[low]);
          const b = comparable(o[high]);
          if (a === undefined || b === undefined || typeof o[low] !== typeof o[high]) continue;
          if (a > b || (equalIsEmpty && a === b)) {
            context.report({
              path: [...node.path, 'logicalTypeOptions', low],
              target: 'value',
              messageId: a > b ? 'reversed' : 'empty',
              data: { label: node.label, low, high, lowValue: String(o[low]), highValue: String(o[high]) },
            });
          }
        }
      },
    };
  },
});
