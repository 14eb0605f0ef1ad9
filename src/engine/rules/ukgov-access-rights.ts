// x-gov metadata: accessRights (INTERNAL, OPEN, COMMERCIAL) is mandatory for every catalogued resource.
import { defineRule } from './define-rule';
import { ACCESS_RIGHTS, canonicalValue } from '../vocabulary/classifications';
import { customPropertiesPath, findCustomProperty, reportVocabularyValue } from '../vocabulary/custom-properties';

export default defineRule<undefined, 'missing' | 'unknown' | 'spelling'>({
  meta: {
    id: 'ukgov-access-rights',
    code: 'DCL146',
    group: 'personal-data',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description:
      "The contract says who may access the data in the custom property 'accessRights' (INTERNAL, OPEN or COMMERCIAL).",
    messages: {
      missing: "Add a custom property 'accessRights': INTERNAL (government only), OPEN (anyone) or COMMERCIAL.",
      unknown: "Use INTERNAL, OPEN or COMMERCIAL for the access rights, not '{value}'.",
      spelling: "Write the access rights '{value}' as '{canonical}'.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      contract(node) {
        const entry = findCustomProperty(context.parts, ['accessRights']);
        if (!entry) {
          context.report({
            path: customPropertiesPath(node.value),
            messageId: 'missing',
            suggest: ACCESS_RIGHTS.map((a) => ({
              title: `Set access rights to ${a}`,
              fix: (fixer) => fixer.addSequenceItem([], 'customProperties', `property: accessRights\nvalue: ${a}`),
            })),
          });
          return;
        }
        reportVocabularyValue(
          (r) => context.report(r),
          entry,
          (v) => canonicalValue(v, ACCESS_RIGHTS),
        );
      },
    };
  },
});
