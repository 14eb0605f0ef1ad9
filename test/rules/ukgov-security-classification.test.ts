import rule from '../../src/engine/rules/ukgov-security-classification';
import { contract, ruleTester } from '../helpers/rule-tester';

const marked = (value: string) => contract(`customProperties:\n  - property: securityClassification\n    value: ${value}\n`);

ruleTester(rule, {
  valid: [
    { name: 'OFFICIAL', code: marked('OFFICIAL') },
    { name: 'OFFICIAL-SENSITIVE is a marking of OFFICIAL', code: marked('OFFICIAL-SENSITIVE') },
    { name: 'NOT_APPLICABLE', code: marked('NOT_APPLICABLE') },
    { name: 'configured key', code: contract('customProperties:\n  - property: gsc\n    value: SECRET\n'), settings: { securityClassificationProperty: 'gsc' } },
    { name: 'values from the classifications setting are accepted', code: marked('"Official - For public release"'), settings: { classifications: ['Official - For public release'] } },
  ],
  invalid: [
    {
      name: 'missing: suggests OFFICIAL or OFFICIAL-SENSITIVE',
      code: contract('customProperties:\n  - property: domain\n    value: justice\n'),
      errors: [{ messageId: 'missing', line: 6, message: "custom property 'securityClassification'" }],
      suggestions: ['Classify the contract as OFFICIAL', 'Classify the contract as OFFICIAL-SENSITIVE'],
      output: null,
    },
    { name: 'missing without any custom properties', code: contract(), errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 'spelling fixed to the x-gov form',
      code: marked('"Official Sensitive" # agreed with the SIRO'),
      errors: [{ messageId: 'spelling', line: 8, message: "'Official Sensitive' should be written 'OFFICIAL-SENSITIVE'" }],
      output: marked('OFFICIAL-SENSITIVE # agreed with the SIRO'),
    },
    { name: 'top secret with a space', code: marked('top secret'), errors: [{ messageId: 'spelling' }], output: marked('TOP_SECRET') },
    { name: 'not a classification', code: marked('RESTRICTED'), errors: [{ messageId: 'unknown', message: "'RESTRICTED'" }], output: null },
    { name: 'not a string', code: marked('3'), errors: [{ messageId: 'unknown' }] },
  ],
});
