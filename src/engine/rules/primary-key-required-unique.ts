// A primary key identifies each record: it must always be present and, on its own, never repeat.
import { defineRule } from './define-rule';
import type { TextEdit } from '../types';
import type { PropertyRef } from '../contract-nodes';
import { objects } from '../contract-nodes';

type Missing = 'required' | 'unique';

/** How many top-level properties of the property's object are primary-key parts. */
function keySize(node: PropertyRef): number {
  return objects(node.schemaObject.value.properties).filter(([p]) => p.primaryKey === true).length;
}

export default defineRule<undefined, 'notRequired' | 'notUnique' | 'notRequiredNorUnique'>({
  meta: {
    id: 'primary-key-required-unique',
    code: 'DCL160',
    group: 'data-quality',
    dimension: 'uniqueness',
    severity: 'warning',
    profiles: { strict: 'error' },
    description: "A primary-key property is marked 'required: true' and, when it is the whole key, 'unique: true'.",
    messages: {
      notRequired: "Mark {label} 'required: true': it is part of the primary key.",
      notUnique: "Mark {label} 'unique: true': it is the primary key.",
      notRequiredNorUnique: "Mark {label} 'required: true' and 'unique: true': it is the primary key.",
    },
    grouping: {
      notRequired: "Mark {count} primary-key properties of {schema} 'required: true': {names}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      property(node) {
        if (node.parent || node.value.primaryKey !== true) return;
        const composite = keySize(node) > 1; // a column of a composite key repeats on its own, so only `required` applies
        const missing: Missing[] = [];
        if (node.value.required !== true) missing.push('required');
        if (!composite && node.value.unique !== true) missing.push('unique');
        if (missing.length === 0) return;
        // Only `false` or an absent key is changed; another value is the schema check's to report.
        const changeable = missing.every((key) => node.value[key] === undefined || node.value[key] === false);
        // `required` and `unique` are promises consumers rely on (a `false` may be deliberate): a suggestion, never a safe fix.
        context.report({
          path: [...node.path, 'primaryKey'],
          data: { label: node.label },
          messageId:
            missing.length === 2 ? 'notRequiredNorUnique' : missing[0] === 'required' ? 'notRequired' : 'notUnique',
          suggest: changeable
            ? [
                {
                  title: `Mark it ${missing.map((k) => `'${k}: true'`).join(' and ')}`,
                  fix: (fixer) => {
                    const edits: Array<TextEdit | null> = missing
                      .filter((k) => node.value[k] === false)
                      .map((k) => fixer.replaceValue([...node.path, k], 'true'));
                    const absent = missing.filter((k) => node.value[k] === undefined);
                    if (absent.length > 0)
                      edits.push(fixer.insertEntries(node.path, absent.map((k) => `${k}: true`).join('\n')));
                    return edits.some((e) => e === null) ? null : (edits as TextEdit[]);
                  },
                },
              ]
            : [],
        });
      },
    };
  },
});
