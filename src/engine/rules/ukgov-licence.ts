// x-gov metadata: a licence is mandatory; it says what a consumer may do with the data.
import { defineRule } from './define-rule';
import type { Fixer } from '../fix/fixer';
import { isObject } from '../detect';
import { str } from '../contract-nodes';
import { customPropertiesPath, findCustomProperty, hasValue } from '../vocabulary/custom-properties';

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export default defineRule<undefined, 'missing'>({
  meta: {
    id: 'ukgov-licence',
    code: 'DCL126',
    group: 'documentation',
    dimension: 'documentation',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description:
      "The contract states its licence: a custom property 'licence' (or 'license'), or the terms of use in `description.usage`.",
    messages: {
      missing:
        "Add a custom property 'licence' (a link, or DATA_SHARE_AGREEMENT), or give the terms in description.usage.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      contract(node) {
        const existing = findCustomProperty(context.parts, ['licence', 'license']);
        if (hasValue(existing)) return;
        const description = node.value.description;
        if (isObject(description) && (str(description.usage) ?? '').trim() !== '') return;
        // A blank licence entry is filled in: a second one would leave the blank one (and this finding) in place.
        // An entry without a written value is left to the user.
        const licence = (value: string) => (fixer: Fixer) => {
          if (!existing) return fixer.addSequenceItem([], 'customProperties', `property: licence\nvalue: ${value}`);
          return typeof existing.value.value === 'string'
            ? fixer.replaceValue([...existing.path, 'value'], value)
            : null;
        };
        context.report({
          path: customPropertiesPath(node.value),
          messageId: 'missing',
          suggest: [
            { title: 'Use the Open Government Licence v3.0', fix: licence(OGL) },
            { title: 'Shared under a data share agreement', fix: licence('DATA_SHARE_AGREEMENT') },
          ],
        });
      },
    };
  },
});
