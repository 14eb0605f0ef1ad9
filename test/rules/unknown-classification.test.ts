import rule from '../../src/engine/rules/unknown-classification';
import { contract, ruleTester } from '../helpers/rule-tester';

const prop = (classification: string) =>
  contract(
    `schema:\n  - name: people\n    properties:\n      - name: email\n        classification: ${classification}\n`,
  );

ruleTester(rule, {
  valid: [
    { name: 'common ODCS values', code: prop('restricted') },
    { name: 'x-gov values, any case and separator', code: prop('OFFICIAL-SENSITIVE') },
    { name: 'TOP SECRET spelt with a space', code: prop('"Top Secret"') },
    { name: 'Find MoJ Data wording', code: prop('"Official - For public release"') },
    { name: 'no classification is left to personal-data-unclassified', code: prop('""') },
    { name: 'configured vocabulary', code: prop('tier-2'), settings: { classifications: ['tier-1', 'tier-2'] } },
    { name: 'non-string values are left to the schema check', code: prop('3') },
  ],
  invalid: [
    {
      name: 'a typo gets a suggestion',
      code: prop('confidental'),
      errors: [
        {
          messageId: 'unknown',
          line: 10,
          column: 25,
          message:
            "Use an agreed classification for property 'email' in schema 'people', not 'confidental': public, internal, restricted, confidential, ….",
        },
      ],
      suggestions: ["Change to 'confidential'"],
      output: null,
    },
    {
      name: 'far from every value',
      code: prop('pii'),
      errors: [{ messageId: 'unknown', line: 10, column: 25, message: "'pii'" }],
    },
    {
      name: 'outside the configured vocabulary',
      code: prop('restricted'),
      settings: { classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE'] },
      errors: [
        {
          messageId: 'unknown',
          line: 10,
          column: 25,
          message:
            "Use an agreed classification for property 'email' in schema 'people', not 'restricted': OFFICIAL, OFFICIAL-SENSITIVE.",
        },
      ],
    },
  ],
});
