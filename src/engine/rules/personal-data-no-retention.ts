// Storage limitation (UK GDPR Art. 5(1)(e)): personal data is kept no longer than needed, so say how long that is.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import {
  DEFAULT_PERSONAL_DATA_OPTIONS,
  personalDataIn,
  propertyNames,
  relatedProperties,
  PersonalDataOptionsSchema,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';

const RETENTION_SKELETON = 'property: retention\nvalue: TODO\nunit: d';

export default defineRule<PersonalDataOptions, 'noRetention'>({
  meta: {
    id: 'personal-data-no-retention',
    code: 'DCL141',
    group: 'personal-data',
    severity: 'warning',
    profiles: { 'uk-gov': 'error', strict: 'error' },
    description: 'A contract that holds personal data states a retention period in its SLA properties.',
    messages: {
      noRetention: 'Add a retention SLA saying how long personal data ({properties}) is kept.',
    },
    hasSuggestions: true,
    options: PersonalDataOptionsSchema,
    defaultOptions: DEFAULT_PERSONAL_DATA_OPTIONS,
  },
  create(context) {
    return {
      contract() {
        const hasRetention = context.parts.slaProperties.some(
          (s) => str(s.value.property)?.trim().toLowerCase() === 'retention',
        );
        if (hasRetention) return;
        const matches = personalDataIn(context.parts, context.options);
        if (matches.length === 0) return;
        // A finding about the whole contract: at the SLA list when there is one, else at the contract; the
        // properties that hold personal data are related places.
        context.report({
          path: Array.isArray(context.contract.slaProperties) ? ['slaProperties'] : [],
          messageId: 'noRetention',
          data: { properties: propertyNames(matches) },
          related: relatedProperties(matches),
          // A retention period is a promise: the skeleton is a suggestion the user picks, never a safe fix.
          suggest: [
            {
              title: 'Add a retention SLA property to fill in',
              fix: (fixer) => fixer.addSequenceItem([], 'slaProperties', RETENTION_SKELETON),
            },
          ],
        });
      },
    };
  },
});
