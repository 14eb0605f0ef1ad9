// Government practice (and the uk-gov profile) records a DPIA decision for every contract with personal data.
import { defineRule } from './define-rule';
import { personalDataWithoutDpia, reportNoDpia } from './helpers-dpia';
import {
  DEFAULT_PERSONAL_DATA_OPTIONS,
  PersonalDataOptionsSchema,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';

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
        const matches = personalDataWithoutDpia(context);
        // special-category-no-dpia speaks for contracts with special-category or criminal-offence data.
        if (matches.length === 0 || matches.some((m) => m.category !== 'personal')) return;
        reportNoDpia(context, matches);
      },
    };
  },
});
