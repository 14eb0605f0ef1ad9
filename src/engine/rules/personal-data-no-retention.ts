// Storage limitation (UK GDPR Art. 5(1)(e)): personal data is kept no longer than needed, so say how long that is.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { DEFAULT_PERSONAL_DATA_OPTIONS, describeProperties, personalDataIn, PersonalDataOptionsSchema, type PersonalDataOptions } from '../vocabulary/personal-data';

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
      noRetention: 'The contract holds personal data ({properties}) but states no retention period. Add an SLA property `retention` saying how long the data is kept (UK GDPR Article 5(1)(e), storage limitation).',
    },
    hasSuggestions: true,
    options: PersonalDataOptionsSchema,
    defaultOptions: DEFAULT_PERSONAL_DATA_OPTIONS,
  },
  create(context) {
    return {
      contract() {
        const hasRetention = context.parts.slaProperties.some((s) => str(s.value.property)?.trim().toLowerCase() === 'retention');
        if (hasRetention) return;
        const matches = personalDataIn(context.parts, context.options);
        if (matches.length === 0) return;
        context.report({
          path: matches[0].property.path,
          messageId: 'noRetention',
          data: { properties: describeProperties(matches) },
          // A retention period is a promise: the skeleton is a suggestion the user picks, never a safe fix.
          suggest: [{ title: 'Add a retention SLA property to fill in', fix: (fixer) => fixer.addSequenceItem([], 'slaProperties', RETENTION_SKELETON) }],
        });
      },
    };
  },
});
