// The ODCS documentation lists short codes for the dimensions (cp, uq, …), but the schema only accepts the full
// lower-case words; name the right value and fix it, instead of a bare "not one of" schema error.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';

const DIMENSIONS = ['accuracy', 'completeness', 'conformity', 'consistency', 'coverage', 'timeliness', 'uniqueness'];
const SYNONYMS: Record<string, string> = {
  ac: 'accuracy',
  cp: 'completeness',
  cf: 'conformity',
  cs: 'consistency',
  cv: 'coverage',
  tm: 'timeliness',
  uq: 'uniqueness',
  // The Government Data Quality Framework says validity where ODCS says conformity.
  validity: 'conformity',
};

/** The dimension a non-standard value stands for, if it clearly stands for one. */
export function canonicalDimension(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (DIMENSIONS.includes(lower)) return lower;
  return SYNONYMS[lower];
}

export default defineRule<undefined, 'synonym'>({
  meta: {
    id: 'quality-dimension-synonym',
    code: 'DCL168',
    group: 'data-quality',
    severity: 'error',
    description:
      "A quality rule's dimension is written as one of the seven words the schema accepts (accuracy, completeness, …).",
    messages: {
      synonym: "Write dimension '{meant}' instead of '{found}' in {label}.",
    },
    fixable: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    return {
      quality(node) {
        const found = str(node.value.dimension);
        if (found === undefined || DIMENSIONS.includes(found)) return;
        const meant = canonicalDimension(found);
        if (!meant) return; // an unrelated word stays with the schema check, which lists the allowed values
        const path = [...node.path, 'dimension'];
        context.report({
          path,
          target: 'value',
          messageId: 'synonym',
          data: { label: node.label, found, meant },
          fixTitle: `Change the dimension to '${meant}'`,
          fix: (fixer) => fixer.replaceValue(path, meant),
        });
      },
    };
  },
});
