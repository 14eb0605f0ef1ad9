import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import rule from '../../src/engine/rules/ukgov-security-classification';
import { contract, ruleTester } from '../helpers/rule-tester';

const marked = (value: string) =>
  contract(`customProperties:\n  - property: securityClassification\n    value: ${value}\n`);

ruleTester(rule, {
  valid: [
    { name: 'OFFICIAL', code: marked('OFFICIAL') },
    { name: 'OFFICIAL-SENSITIVE is a marking of OFFICIAL', code: marked('OFFICIAL-SENSITIVE') },
    { name: 'NOT_APPLICABLE', code: marked('NOT_APPLICABLE') },
    {
      name: 'configured key',
      code: contract('customProperties:\n  - property: gsc\n    value: SECRET\n'),
      settings: { securityClassificationProperty: 'gsc' },
    },
    {
      name: 'values from the classifications setting are accepted',
      code: marked('"Official - For public release"'),
      settings: { classifications: ['Official - For public release'] },
    },
  ],
  invalid: [
    {
      name: 'missing: suggests OFFICIAL or OFFICIAL-SENSITIVE',
      code: contract('customProperties:\n  - property: domain\n    value: justice\n'),
      errors: [{ messageId: 'missing', line: 6, column: 1, message: "custom property 'securityClassification'" }],
      suggestions: ['Classify the contract as OFFICIAL', 'Classify the contract as OFFICIAL-SENSITIVE'],
      output: null,
      suggestionOutput: contract(
        'customProperties:\n  - property: domain\n    value: justice\n  - property: securityClassification\n    value: OFFICIAL\n',
      ),
    },
    {
      name: 'missing without any custom properties',
      code: contract(),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'the x-gov spelling is suggested, never rewritten by a safe fix',
      code: marked('"Official Sensitive" # agreed with the SIRO'),
      errors: [
        {
          messageId: 'spelling',
          line: 8,
          column: 12,
          message: "Write the security classification 'Official Sensitive' as 'OFFICIAL-SENSITIVE'.",
        },
      ],
      output: null,
      suggestions: ["Write 'OFFICIAL-SENSITIVE'"],
      suggestionOutput: marked('OFFICIAL-SENSITIVE # agreed with the SIRO'),
    },
    {
      name: 'top secret with a space',
      code: marked('top secret'),
      errors: [{ messageId: 'spelling', line: 8, column: 12 }],
      output: null,
      suggestionOutput: marked('TOP_SECRET'),
    },
    {
      name: 'not a classification',
      code: marked('RESTRICTED'),
      errors: [{ messageId: 'unknown', line: 8, column: 12, message: "'RESTRICTED'" }],
      output: null,
    },
    { name: 'not a string', code: marked('3'), errors: [{ messageId: 'unknown', line: 8, column: 12 }] },
  ],
});

// The ownership, documentation and personal-data rules whose levels the profiles set.
const GOVERNANCE_RULES = new Set([
  'no-team',
  'no-data-owner',
  'team-member-left',
  'no-support-channel',
  'no-data-steward',
  'ukgov-contact-point',
  'contract-description',
  'todo-placeholder',
  'ukgov-update-frequency',
  'ukgov-licence',
  'personal-data-unclassified',
  'personal-data-no-retention',
  'special-category-no-dpia',
  'personal-data-no-dpia',
  'unknown-classification',
  'ukgov-security-classification',
  'ukgov-access-rights',
]);

describe('the uk-gov profile', () => {
  const offences = contract(
    [
      'description:\n  purpose: Offences recorded by the criminal courts, one row per offence.',
      'team:\n  name: offences-data\n  members:\n    - username: asmith\n      role: Data Owner',
      'schema:\n  - name: offences\n    properties:\n      - name: offence_code\n        classification: restricted',
      'slaProperties:\n  - property: retention\n    value: 7\n    unit: y',
      'customProperties:\n  - property: dpia\n    value: DPIA-2025-042',
    ].join('\n') + '\n',
  );
  const ids = (profile: 'recommended' | 'uk-gov') =>
    lintText(offences, { config: resolveConfig({ extends: profile }), today: '2026-06-01' })
      .findings.filter((f) => f.severity === 'error' && GOVERNANCE_RULES.has(f.ruleId))
      .map((f) => f.ruleId)
      .sort();

  it('asks for the x-gov metadata and data roles that recommended leaves alone', () => {
    assert.deepEqual(ids('recommended'), []);
    assert.deepEqual(ids('uk-gov'), [
      'no-data-steward',
      'ukgov-access-rights',
      'ukgov-contact-point',
      'ukgov-licence',
      'ukgov-security-classification',
      'ukgov-update-frequency',
    ]);
  });
});
