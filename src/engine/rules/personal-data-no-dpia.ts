// Government practice (and the uk-gov profile) records a DPIA decision for every contract with personal data.
import { defineRule } from './define-rule';
import {
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
    id: 'personal-data-no-dpia',
    code: 'DCL143',
    group: 'personal-data',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description: 'A contract with personal data records a DPIA decision (a link to the DPIA, or why none is needed).',
    messages: {
      noDpia: "Record the DPIA decision in a custom property '{key}': the contract holds personal data ({properties}).",
    },
    hasSuggestions: true,
    options: PersonalDataOptionsSchema,
    defaultOptions: DEFAULT_PERSONAL_DATA_OPTIONS,
  },
  create(context) {
    return {
      contract() {
        if (dpiaRecorded(context.parts, context.settings)) return;
        const matches = personalDataIn(context.parts, context.options);
        // special-category-no-dpia speaks for contracts with special-category or criminal-offence data.
        if (matches.length === 0 || matches.some((m) => m.category !== 'personal')) return;
        context.report({
          // About the whole contract: at its custom properties, else at the contract; the properties are related places.
          path: customPropertiesPath(context.contract),
          messageId: 'noDpia',
          data: { properties: propertyNames(matches), key: dpiaKey(context.settings) },
          related: relatedProperties(matches),
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
