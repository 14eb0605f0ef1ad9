// x-gov metadata: securityClassification is mandatory (Government Security Classifications).
import { defineRule } from './define-rule';
import { canonicalValue, SECURITY_CLASSIFICATIONS } from '../vocabulary/classifications';
import { customPropertiesPath, findCustomProperty, reportVocabularyValue } from '../vocabulary/custom-properties';

export default defineRule<undefined, 'missing' | 'unknown' | 'spelling'>({
  meta: {
    id: 'ukgov-security-classification',
    code: 'DCL145',
    group: 'personal-data',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description:
      "The contract records its Government Security Classification in the custom property 'securityClassification'.",
    messages: {
      missing: "Add a custom property '{key}': OFFICIAL, SECRET, TOP_SECRET or NOT_APPLICABLE.",
      unknown: "Use OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP_SECRET or NOT_APPLICABLE, not '{value}'.",
      spelling: "Write the security classification '{value}' as '{canonical}'.",
    },
    hasSuggestions: true,
  },
  create(context) {
    const key = context.settings.securityClassificationProperty?.trim() || 'securityClassification';
    const vocabulary = [...SECURITY_CLASSIFICATIONS, ...(context.settings.classifications ?? [])];
    return {
      contract(node) {
        const entry = findCustomProperty(context.parts, [key]);
        if (!entry) {
          context.report({
            path: customPropertiesPath(node.value),
            messageId: 'missing',
            data: { key },
            suggest: ['OFFICIAL', 'OFFICIAL-SENSITIVE'].map((c) => ({
              title: `Classify the contract as ${c}`,
              fix: (fixer) => fixer.addSequenceItem([], 'customProperties', `property: ${key}\nvalue: ${c}`),
            })),
          });
          return;
        }
        reportVocabularyValue(
          (r) => context.report(r),
          entry,
          (v) => canonicalValue(v, vocabulary),
        );
      },
    };
  },
});
