// Processing special-category or criminal-offence data is high risk: UK GDPR Art. 35 expects a DPIA.
import { defineRule } from './define-rule';
import {
  CATEGORY_NAMES,
  DEFAULT_PERSONAL_DATA_OPTIONS,
  personalDataIn,
  propertyNames,
  relatedProperties,
  PersonalDataOptionsSchema,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';
import {
  customPropertiesPath,
  dpiaKey,
  dpiaRecorded,
  dpiaSkeleton,
  findCustomProperty,
} from '../vocabulary/custom-properties';

export default defineRule<PersonalDataOptions, 'noDpia'>({
  meta: {
    id: 'special-category-no-dpia',
    code: 'DCL142',
    group: 'personal-data',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description:
      'A contract with special-category or criminal-offence data records its data protection impact assessment (DPIA).',
    messages: {
      noDpia: "Add the DPIA as custom property '{key}': the contract holds {category} ({properties}).",
    },
    hasSuggestions: true,
    options: PersonalDataOptionsSchema,
    defaultOptions: DEFAULT_PERSONAL_DATA_OPTIONS,
  },
  create(context) {
    return {
      contract() {
        if (dpiaRecorded(context.parts, context.settings)) return;
        const sensitive = personalDataIn(context.parts, context.options).filter((m) => m.category !== 'personal');
        if (sensitive.length === 0) return;
        context.report({
          // About the whole contract: at its custom properties, else at the contract; the properties are related places.
          path: customPropertiesPath(context.contract),
          messageId: 'noDpia',
          data: {
            category: CATEGORY_NAMES[sensitive[0].category],
            properties: propertyNames(sensitive),
            key: dpiaKey(context.settings),
          },
          related: relatedProperties(sensitive),
          // A DPIA entry records a decision only the user can make: a suggestion, never a safe fix. An entry that is
          // there but empty is the user's to fill in; adding a second one would only confuse.
          suggest: [
            {
              title: 'Add a DPIA custom property to fill in',
              fix: (fixer) =>
                findCustomProperty(context.parts, [dpiaKey(context.settings)])
                  ? null
                  : fixer.addSequenceItem([], 'customProperties', dpiaSkeleton(context.settings)),
            },
          ],
        });
      },
    };
  },
});
