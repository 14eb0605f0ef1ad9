// The two DPIA rules (personal data, special-category data) ask for the same thing, a DPIA decision recorded as a
// custom property: they look for it the same way and report its absence the same way, with their own sentence.
import type { RuleContext } from './define-rule';
import {
  personalDataIn,
  propertyNames,
  relatedProperties,
  type PersonalDataMatch,
  type PersonalDataOptions,
} from '../vocabulary/personal-data';
import {
  customPropertiesPath,
  dpiaKey,
  dpiaRecorded,
  dpiaSkeleton,
  findCustomProperty,
} from '../vocabulary/custom-properties';

type DpiaContext = RuleContext<PersonalDataOptions, 'noDpia'>;

/** The personal data of a contract that records no DPIA decision; none when it records one. */
export function personalDataWithoutDpia(context: DpiaContext): PersonalDataMatch[] {
  return dpiaRecorded(context.parts, context.settings) ? [] : personalDataIn(context.parts, context.options);
}

/** Reports that the contract records no DPIA decision for `matches`; `data` fills the rule's own words. */
export function reportNoDpia(
  context: DpiaContext,
  matches: readonly PersonalDataMatch[],
  data: Record<string, string> = {},
): void {
  context.report({
    // About the whole contract: at its custom properties, else at the contract; the properties are related places.
    path: customPropertiesPath(context.contract),
    messageId: 'noDpia',
    data: { ...data, properties: propertyNames(matches), key: dpiaKey(context.settings) },
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
}
