import rule from '../../src/engine/rules/contract-description';
import { ruleTester } from '../helpers/rule-tester';

const head =
  'apiVersion: v3.1.0\nkind: DataContract\nid: seller-payments\nname: seller_payments\nversion: 1.0.0\nstatus: active\n';

ruleTester(rule, {
  valid: [
    {
      name: 'a useful purpose',
      code: `${head}description:\n  purpose: Card payments received by sellers, one row per payment, for revenue reporting.\n`,
    },
    {
      name: 'a plain string description is left to the schema check',
      code: `${head}description: Card payments received by sellers\n`,
    },
    // A value of the wrong type is the schema's finding ("must be a text"); saying "no purpose" as well would be a second one.
    {
      name: 'a purpose written as a mapping is left to the schema check',
      code: `${head}description:\n  purpose:\n    text: Card payments received by sellers, for revenue reporting.\n`,
    },
    {
      name: 'a purpose as a nested block or a number is left to the schema check',
      code: `${head}description:\n  purpose:\n    - Card payments\n    - Revenue reporting\n  limitations: 42\n`,
    },
    { name: 'an empty purpose is left to the schema check', code: `${head}description:\n  purpose:\n` },
    { name: 'an empty description is left to the schema check', code: `${head}description:\n` },
    {
      name: 'shorter minimum',
      code: `${head}description:\n  purpose: Seller card payments.\n`,
      options: { minLength: 10 },
    },
  ],
  invalid: [
    { name: 'no description', code: head, errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'a description without a purpose',
      code: `${head}description:\n  usage: Revenue reporting.\n`,
      errors: [{ messageId: 'noPurpose', line: 7, column: 1 }],
    },
    {
      name: 'an empty text purpose',
      code: `${head}description:\n  purpose: ""\n`,
      errors: [{ messageId: 'noPurpose', line: 7, column: 1 }],
    },
    {
      name: 'empty description object',
      code: `${head}description: {}\n`,
      errors: [{ messageId: 'noPurpose', line: 7, column: 1 }],
    },
    {
      name: 'purpose repeats the id',
      code: `${head}description:\n  purpose: Seller payments\n`,
      errors: [
        {
          messageId: 'repeatsName',
          line: 8,
          column: 12,
          message:
            'Rewrite the purpose "Seller payments" to say what the data is for: it only repeats the contract\'s name.',
        },
      ],
    },
    {
      name: 'purpose repeats the name',
      code: `${head}description:\n  purpose: The seller_payments data\n`,
      errors: [{ messageId: 'repeatsName', line: 8, column: 12 }],
    },
    {
      name: 'purpose too short',
      code: `${head}description:\n  purpose: Payments.\n`,
      errors: [
        {
          messageId: 'tooShort',
          line: 8,
          column: 12,
          message: 'Expand the purpose "Payments." to say what the data is and what it is for (20+ characters).',
        },
      ],
    },
    {
      name: 'longer minimum',
      code: `${head}description:\n  purpose: Card payments received by sellers.\n`,
      options: { minLength: 60 },
      errors: [
        {
          messageId: 'tooShort',
          line: 8,
          column: 12,
          message:
            'Expand the purpose "Card payments received by sellers." to say what the data is and what it is for (60+ characters).',
        },
      ],
    },
  ],
});
