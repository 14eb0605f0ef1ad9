// ODCS lets a quality rule compare its measurement with exactly one operator (a JSON Schema oneOf), which the raw
// schema error explains poorly; this rule says it once and points to mustBeBetween for ranges.
import { defineRule } from './define-rule';
import { OPERATORS } from '../model/model-quality';

const LOWER = ['mustBeGreaterThan', 'mustBeGreaterOrEqualTo'];
const UPPER = ['mustBeLessThan', 'mustBeLessOrEqualTo'];

export default defineRule<undefined, 'tooMany' | 'tooManyRange'>({
  meta: {
    id: 'quality-single-operator',
    code: 'DCL165',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'error',
    description: 'A quality rule uses exactly one comparison operator (mustBe, mustBeGreaterThan, mustBeBetween, …).',
    messages: {
      tooMany: 'Keep one of {operators} in {label}, or split the rule.',
      tooManyRange: "Use one 'mustBeBetween: [low, high]' in {label} instead of {count} operators.",
    },
    details: {
      tooManyRange: 'It has {operators}; a quality rule takes exactly one.',
      tooMany: 'A quality rule takes exactly one operator: split it into one rule per operator to keep every check.',
    },
    hasSuggestions: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      quality(node) {
        const present = OPERATORS.filter((op) => op in node.value);
        if (present.length < 2) return;
        const isRange = present.some((op) => LOWER.includes(op)) && present.some((op) => UPPER.includes(op));
        const low = node.value.mustBeGreaterOrEqualTo;
        const high = node.value.mustBeLessOrEqualTo;
        // Only the inclusive pair maps exactly onto mustBeBetween (both ends included).
        const inclusivePair = present.length === 2 && typeof low === 'number' && typeof high === 'number' && low < high;
        context.report({
          path: [...node.path, present[1]], // where the schema check reports it, so that finding is replaced
          messageId: isRange ? 'tooManyRange' : 'tooMany',
          data: { label: node.label, count: present.length, operators: present.join(', ') },
          suggest: inclusivePair
            ? [
                {
                  title: `Replace with 'mustBeBetween: [${low}, ${high}]'`,
                  fix: (fixer) => {
                    const edits = [
                      fixer.renameKey([...node.path, 'mustBeGreaterOrEqualTo'], 'mustBeBetween'),
                      fixer.replaceValue([...node.path, 'mustBeGreaterOrEqualTo'], `[${low}, ${high}]`),
                      fixer.removeEntry([...node.path, 'mustBeLessOrEqualTo']),
                    ];
                    return edits.every((e) => e !== null) ? edits.filter((e) => e !== null) : null;
                  },
                },
              ]
            : [],
        });
      },
    };
  },
});
