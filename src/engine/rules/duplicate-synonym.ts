// ODCS v3.2.0 synonyms help catalogues and natural-language tools find an object by other names; the same synonym
// twice (for the same locale) adds nothing and, with different descriptions or sources, says two things at once.
import { defineRule } from './define-rule';
import { objects, type NodeRef } from '../contract-nodes';

export default defineRule<undefined, 'duplicate'>({
  meta: {
    id: 'duplicate-synonym',
    code: 'DCL304',
    group: 'naming',
    dimension: 'consistency',
    severity: 'warning',
    description: 'A schema object or property lists each synonym once per locale (ignoring case).',
    messages: {
      duplicate: "Remove the repeated synonym '{synonym}' from {label}{locale}.",
    },
  },
  create(context) {
    const check = (node: NodeRef) => {
      const seen = new Map<string, string>();
      for (const [s, i] of objects(node.value.synonyms)) {
        if (typeof s.synonym !== 'string' || s.synonym.trim() === '') continue;
        const locale = typeof s.locale === 'string' ? s.locale.trim() : '';
        const key = `${s.synonym.trim().toLowerCase()}\u0000${locale.toLowerCase()}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, s.synonym.trim());
          continue;
        }
        context.report({
          path: [...node.path, 'synonyms', i, 'synonym'],
          target: 'value',
          messageId: 'duplicate',
          data: {
            label: node.label,
            synonym: s.synonym.trim(),
            first,
            locale: locale ? ` for locale '${locale}'` : '',
          },
        });
      }
    };
    return { schemaObject: check, property: check };
  },
});
