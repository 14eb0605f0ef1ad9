import rule from '../../src/engine/rules/duplicate-synonym';
import { contract32, ruleTester } from '../helpers/rule-tester';

const objectWith = (synonyms: string) =>
  contract32(`schema:
  - name: turnover
    synonyms:
${synonyms}    properties:
      - name: total
        logicalType: number
`);

ruleTester(rule, {
  valid: [
    { name: 'different synonyms', code: objectWith('      - synonym: Sales metrics\n      - synonym: Revenue\n') },
    {
      name: 'the same word in two locales',
      code: objectWith(
        "      - synonym: Chiffre d'affaires\n        locale: fr-FR\n      - synonym: Chiffre d'affaires\n        locale: fr-CA\n",
      ),
    },
    {
      name: "a property may repeat its object's synonym",
      code: contract32(
        'schema:\n  - name: sales\n    synonyms:\n      - synonym: Revenue\n    properties:\n      - name: revenue\n        synonyms:\n          - synonym: Revenue\n',
      ),
    },
    {
      name: "entries without text are the schema's concern",
      code: objectWith('      - locale: en-GB\n      - locale: en-GB\n'),
    },
  ],
  invalid: [
    {
      name: 'the same synonym in another case, reported on the second',
      code: objectWith('      - synonym: Sales\n      - synonym: Revenue\n      - synonym: sales\n'),
      errors: [
        {
          messageId: 'duplicate',
          line: 11,
          column: 18,
          message: "Remove the repeated synonym 'sales' from schema 'turnover'.",
        },
      ],
      output: null,
    },
    {
      name: 'the same synonym and locale on a property, with the locale named',
      code: contract32(`schema:
  - name: turnover
    properties:
      - name: total
        synonyms:
          - synonym: TO
            locale: en-GB
          - synonym: to
            locale: EN-gb
            source: finance-team
          - synonym: TO
`),
      errors: [
        {
          messageId: 'duplicate',
          line: 13,
          column: 22,
          message: "Remove the repeated synonym 'to' from property 'total' in schema 'turnover' for locale 'EN-gb'.",
        },
      ],
    },
    {
      name: 'three times: the second and the third',
      code: objectWith('      - synonym: TO\n      - synonym: TO\n      - synonym: " to "\n'),
      errors: [
        { messageId: 'duplicate', line: 10, column: 18 },
        { messageId: 'duplicate', line: 11, column: 18 },
      ],
    },
  ],
});
