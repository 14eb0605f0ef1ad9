// Personal data without a classification is handled like any other column: copied, exported, shared.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import type { PropertyRef } from '../contract-nodes';
import {
  CATEGORY_NAMES,
  DEFAULT_PERSONAL_DATA_OPTIONS,
  personalDataIn,
  PersonalDataOptionsSchema,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';

const classified = (p: PropertyRef | undefined): boolean => {
  for (let at = p; at; at = at.parent) if ((str(at.value.classification) ?? '').trim() !== '') return true;
  return false;
};

export default defineRule<PersonalDataOptions, 'unclassified'>({
  meta: {
    id: 'personal-data-unclassified',
    code: 'DCL140',
    group: 'personal-data',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description: 'A property that looks like personal data has a classification.',
    messages: {
      unclassified: "Classify {label}: it looks like {category} ('{term}').",
    },
    grouping: {
      unclassified: 'Classify {count} properties of {schema} that look like personal data: {names}.',
    },
    hasSuggestions: true,
    options: PersonalDataOptionsSchema,
    defaultOptions: DEFAULT_PERSONAL_DATA_OPTIONS,
  },
  create(context) {
    const choices = (context.settings.classifications ?? ['restricted', 'confidential'])
      .filter((c) => c.toLowerCase() !== 'public')
      .slice(0, 4);
    return {
      // The other personal-data rules ask the same question; personalDataIn answers it once per contract.
      contract() {
        for (const match of personalDataIn(context.parts, context.options)) {
          const node = match.property;
          if (classified(node)) continue;
          context.report({
            node,
            messageId: 'unclassified',
            data: { category: CATEGORY_NAMES[match.category], term: match.term },
            suggest: choices.map((c) => ({
              title: `Classify as '${c}'`,
              fix: (fixer) =>
                fixer.insertEntries(node.path, `classification: ${/^[\w-]+$/.test(c) ? c : JSON.stringify(c)}`),
            })),
          });
        }
      },
    };
  },
});
