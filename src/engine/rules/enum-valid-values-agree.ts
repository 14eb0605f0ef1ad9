// A property's `enum` (ODCS v3.2.0) and an `invalidValues` check's `validValues` both say which values are allowed;
// when they disagree, the check either fails on good data or lets through values the contract forbids.
import { defineRule } from './define-rule';
import { arr, objects } from '../contract-nodes';
import { isObject } from '../detect';

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** "'a'", "'a' and 'b'", "'a', 'b' and 'c'", capped with "and N more". */
function quoteList(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((v) => `'${v}'`);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export default defineRule<undefined, 'notInValidValues' | 'notInEnum' | 'both'>({
  meta: {
    id: 'enum-valid-values-agree',
    code: 'DCL300',
    group: 'data-quality',
    dimension: 'validity',
    severity: 'warning',
    description:
      "A property's 'enum' and the 'validValues' of its 'invalidValues' quality rules allow the same values.",
    messages: {
      notInValidValues: 'Make validValues of {label} match the enum, which also allows {values}.',
      notInEnum: 'Make validValues of {label} match the enum, which does not allow {values}.',
      both: 'Align validValues of {label} with the enum.',
    },
    details: {
      both: 'Only the enum allows {enumOnly}; only validValues allows {validOnly}.',
    },
  },
  create(context) {
    return {
      property(node) {
        // Entries are `{value: …}`; a bare list of values (a schema error of its own) is compared all the same.
        const enumValues = arr(node.value.enum)
          .map((e) => (isObject(e) ? e.value : e))
          .filter(isScalar)
          .map(String);
        if (enumValues.length === 0) return;
        const inEnum = new Set(enumValues);
        for (const [q, i] of objects(node.value.quality)) {
          if (q.metric !== 'invalidValues' || !isObject(q.arguments) || !Array.isArray(q.arguments.validValues))
            continue;
          const valid = arr(q.arguments.validValues).filter(isScalar).map(String);
          const inValid = new Set(valid);
          const enumOnly = [...new Set(enumValues.filter((v) => !inValid.has(v)))];
          const validOnly = [...new Set(valid.filter((v) => !inEnum.has(v)))];
          if (enumOnly.length === 0 && validOnly.length === 0) continue;
          const name =
            typeof q.name === 'string' && q.name.trim() !== '' ? `quality rule '${q.name}'` : `quality rule #${i + 1}`;
          const data = { label: `${name} of ${node.label}` };
          const path = [...node.path, 'quality', i, 'arguments', 'validValues'];
          if (enumOnly.length > 0 && validOnly.length > 0) {
            context.report({
              path,
              messageId: 'both',
              data: { ...data, enumOnly: quoteList(enumOnly), validOnly: quoteList(validOnly) },
            });
          } else if (enumOnly.length > 0) {
            context.report({
              path,
              messageId: 'notInValidValues',
              data: { ...data, values: quoteList(enumOnly), them: enumOnly.length === 1 ? 'it' : 'them' },
            });
          } else {
            context.report({ path, messageId: 'notInEnum', data: { ...data, values: quoteList(validOnly) } });
          }
        }
      },
    };
  },
});
