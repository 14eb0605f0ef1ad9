import rule from '../../src/engine/rules/personal-data-unclassified';
import { contract, ruleTester } from '../helpers/rule-tester';

const props = (body: string) => contract(`schema:\n  - name: people\n    properties:\n${body}`);

ruleTester(rule, {
  valid: [
    {
      name: 'classified personal data',
      code: props('      - name: date_of_birth\n        classification: restricted\n'),
    },
    {
      name: 'not personal data',
      code: props('      - name: order_id\n      - name: country_code\n      - name: name\n'),
    },
    {
      name: 'a word inside another word does not count',
      code: props('      - name: hemail\n      - name: average_page_count\n'),
    },
    { name: 'health check is not health data', code: props('      - name: health_check_status\n') },
    {
      name: 'a classified parent covers its fields',
      code: props(
        '      - name: contact\n        classification: confidential\n        properties:\n          - name: email\n',
      ),
    },
    { name: 'ignored words', code: props('      - name: email_verified_flag\n'), options: { ignoreWords: ['email'] } },
    {
      name: 'ignored property name',
      code: props('      - name: email_verified_flag\n'),
      options: { ignoreWords: ['email_verified_flag'] },
    },
    {
      name: 'an amount or count is not a card number, a kind of email is not an email',
      code: props(
        '      - name: credit_card_amount\n      - name: total_credit_card_count\n      - name: card_number_total\n      - name: email_type\n',
      ),
    },
    {
      name: "a company's phone or email is not a person's",
      code: props('      - name: company_phone\n      - name: businessEmail\n      - name: supplier_bank_account\n'),
    },
    {
      name: 'a drug and health product is not health data about a person',
      code: props(
        '      - name: drugAndHealthProductName\n      - name: drugAndHealthProductCategory\n        businessName: Drug and health product category\n      - name: code_c\n        description: Mental health product sold in pharmacies\n',
      ),
    },
    {
      name: 'odd shapes do not throw',
      code: contract(
        'schema:\n  - name: people\n    properties:\n      - 42\n      - name: [email]\n      - properties: 7\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'snake case, camel case and run-together names',
      code: props(
        '      - name: email_verified_flag\n      - name: dateOfBirth\n      - name: emailaddress\n      - name: NINumber\n',
      ),
      errors: [
        {
          messageId: 'unclassified',
          line: 9,
          column: 7,
          message: "Classify property 'email_verified_flag' in schema 'people': it looks like personal data ('email').",
        },
        { messageId: 'unclassified', line: 10, column: 7, message: "('date of birth')" },
        { messageId: 'unclassified', line: 11, column: 7, message: "('email address')" },
        { messageId: 'unclassified', line: 12, column: 7, message: "('ni number')" },
      ],
      output: null,
    },
    {
      name: 'special category and criminal offence data are named as such',
      code: props('      - name: ethnicity\n      - name: offence_code\n'),
      errors: [
        {
          messageId: 'unclassified',
          line: 9,
          column: 7,
          message:
            "Classify property 'ethnicity' in schema 'people': it looks like special-category data ('ethnicity').",
        },
        {
          messageId: 'unclassified',
          line: 10,
          column: 7,
          message:
            "Classify property 'offence_code' in schema 'people': it looks like criminal-offence data ('offence').",
        },
      ],
      suggestions: ["Classify as 'restricted'", "Classify as 'confidential'"],
    },
    {
      name: 'qualifier words keep the true positives: a person between, an attribute, sensitive counts',
      code: props(
        '      - name: company_director_phone\n      - name: company_customer_name\n      - name: gender_type\n      - name: prior_offence_count\n      - name: health_condition_category\n',
      ),
      errors: [
        { messageId: 'unclassified', line: 9, column: 7, message: "('phone')" },
        { messageId: 'unclassified', line: 10, column: 7, message: "('customer name')" },
        { messageId: 'unclassified', line: 11, column: 7, message: "('gender')" },
        { messageId: 'unclassified', line: 12, column: 7, message: 'criminal-offence data' },
        { messageId: 'unclassified', line: 13, column: 7, message: 'special-category data' },
      ],
    },
    {
      name: 'an array of emails is reported once, not again for its items',
      code: props('      - name: emails\n        logicalType: array\n        items:\n          logicalType: string\n'),
      errors: [{ messageId: 'unclassified', line: 9, column: 7 }],
    },
    {
      name: 'a sensitive description gives it away',
      code: props('      - name: code_a\n        description: Religious belief the person declared at intake\n'),
      errors: [{ messageId: 'unclassified', line: 9, column: 7, message: "('religious belief')" }],
    },
    {
      name: 'extra words and the configured vocabulary for suggestions',
      code: props('      - name: staff_badge\n'),
      options: { extraWords: ['badge'] },
      settings: { classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE'] },
      errors: [{ messageId: 'unclassified', line: 9, column: 7, message: "('badge')" }],
      suggestions: ["Classify as 'OFFICIAL'", "Classify as 'OFFICIAL-SENSITIVE'"],
    },
  ],
});
