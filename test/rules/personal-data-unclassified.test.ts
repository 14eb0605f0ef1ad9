import rule from '../../src/engine/rules/personal-data-unclassified';
import { contract, ruleTester } from '../helpers/rule-tester';

const props = (body: string) => contract(`schema:\n  - name: people\n    properties:\n${body}`);

ruleTester(rule, {
  valid: [
    { name: 'classified personal data', code: props('      - name: date_of_birth\n        classification: restricted\n') },
    { name: 'not personal data', code: props('      - name: order_id\n      - name: country_code\n      - name: name\n') },
    { name: 'a word inside another word does not count', code: props('      - name: hemail\n      - name: average_page_count\n') },
    { name: 'health check is not health data', code: props('      - name: health_check_status\n') },
    { name: 'a classified parent covers its fields', code: props('      - name: contact\n        classification: confidential\n        properties:\n          - name: email\n') },
    { name: 'ignored words', code: props('      - name: email_verified_flag\n'), options: { ignoreWords: ['email'] } },
    { name: 'ignored property name', code: props('      - name: email_verified_flag\n'), options: { ignoreWords: ['email_verified_flag'] } },
    { name: 'odd shapes do not throw', code: contract('schema:\n  - name: people\n    properties:\n      - 42\n      - name: [email]\n      - properties: 7\n') },
  ],
  invalid: [
    {
      name: 'snake case, camel case and run-together names',
      code: props('      - name: email_verified_flag\n      - name: dateOfBirth\n      - name: emailaddress\n      - name: NINumber\n'),
      errors: [
        { messageId: 'unclassified', line: 9, message: "'email_verified_flag' in schema 'people' looks like personal data ('email')" },
        { messageId: 'unclassified', line: 10, message: "('date of birth')" },
        { messageId: 'unclassified', line: 11, message: "('email address')" },
        { messageId: 'unclassified', line: 12, message: "('ni number')" },
      ],
      output: null,
    },
    {
      name: 'special category and criminal offence data are named as such',
      code: props('      - name: ethnicity\n      - name: offence_code\n'),
      errors: [
        { messageId: 'unclassified', message: 'special-category data (UK GDPR Article 9)' },
        { messageId: 'unclassified', message: 'criminal-offence data (UK GDPR Article 10)' },
      ],
      suggestions: ["Classify as 'restricted'", "Classify as 'confidential'"],
    },
    {
      name: 'an array of emails is reported once, not again for its items',
      code: props('      - name: emails\n        logicalType: array\n        items:\n          logicalType: string\n'),
      errors: [{ messageId: 'unclassified', line: 9 }],
    },
    {
      name: 'a sensitive description gives it away',
      code: props('      - name: code_a\n        description: Religious belief the person declared at intake\n'),
      errors: [{ messageId: 'unclassified', message: "('religious belief')" }],
    },
    {
      name: 'extra words and the configured vocabulary for suggestions',
      code: props('      - name: staff_badge\n'),
      options: { extraWords: ['badge'] },
      settings: { classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE'] },
      errors: [{ messageId: 'unclassified', message: "('badge')" }],
      suggestions: ["Classify as 'OFFICIAL'", "Classify as 'OFFICIAL-SENSITIVE'"],
    },
  ],
});
