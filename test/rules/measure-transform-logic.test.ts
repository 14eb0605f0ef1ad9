import rule from '../../src/engine/rules/measure-transform-logic';
import { contract32, ruleTester } from '../helpers/rule-tester';

const property = (lines: string) =>
  contract32(`schema:
  - name: turnover
    properties:
      - name: total_turnover
        logicalType: number
${lines}`);

ruleTester(rule, {
  valid: [
    {
      name: 'a measure that says how it aggregates',
      code: property('        semanticType: measure\n        transformLogic: SUM(turnover_euros)\n'),
    },
    { name: 'a dimension needs no aggregation', code: property('        semanticType: dimension\n') },
    { name: 'a plain column', code: property('        semanticType: column\n') },
    { name: 'no semanticType', code: property('        description: Turnover in euros.\n') },
  ],
  invalid: [
    {
      name: 'a measure without transformLogic',
      code: property('        semanticType: measure\n'),
      errors: [
        {
          messageId: 'noTransformLogic',
          line: 11,
          column: 23,
          message:
            "Add transformLogic to property 'total_turnover' in schema 'turnover': the expression for the measure, e.g. SUM(amount).",
        },
      ],
      output: null,
    },
    {
      name: 'an empty transformLogic is pointed at',
      code: property("        semanticType: measure\n        transformLogic: ''\n"),
      errors: [{ messageId: 'noTransformLogic', line: 12, column: 25 }],
    },
    {
      name: 'a nested measure',
      code: property(
        '        logicalType: object\n        properties:\n          - name: net\n            semanticType: measure\n',
      ),
      errors: [
        {
          messageId: 'noTransformLogic',
          line: 14,
          column: 27,
          message:
            "Add transformLogic to property 'net' of 'total_turnover' in schema 'turnover': the expression for the measure, e.g. SUM(amount).",
        },
      ],
    },
  ],
});
