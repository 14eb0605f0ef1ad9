// Processing special-category or criminal-offence data is high risk: UK GDPR Art. 35 expects a DPIA.
import { defineRule } from './define-rule';
import { personalDataWithoutDpia, reportNoDpia } from './helpers-dpia';
import {
  CATEGORY_NAMES,
  DEFAULT_PERSONAL_DATA_OPTIONS,
  PersonalDataOptionsSchema,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';

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
        const sensitive = personalDataWithoutDpia(context).filter((m) => m.category !== 'personal');
        if (sensitive.length === 0) return;
        reportNoDpia(context, sensitive, { category: CATEGORY_NAMES[sensitive[0].category] });
      },
    };
  },
});
