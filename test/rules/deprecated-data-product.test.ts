import assert from 'node:assert/strict';
import rule from '../../src/engine/rules/deprecated-data-product';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { contract, lintWithRule, ruleTester } from '../helpers/rule-tester';

const declaring = (apiVersion: string) => (body: string) =>
  `apiVersion: ${apiVersion}\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
const v302 = declaring('v3.0.2');

ruleTester(rule, {
  valid: [
    { name: 'no dataProduct', code: contract('domain: sales\n') },
    { name: 'dataProduct is a current field in v3.0.2', code: v302('dataProduct: payments\n') },
    {
      name: "'3.0.0' written without the v is v3.0.0, where dataProduct is current",
      code: declaring('3.0.0')('dataProduct: payments\n'),
    },
  ],
  invalid: [
    {
      name: 'dataProduct in v3.1.0: suggestions only, never an automatic fix',
      code: contract('dataProduct: payments\n'),
      errors: [
        {
          messageId: 'dataProduct',
          line: 6,
          column: 1,
          message:
            "Remove 'dataProduct', or keep it as a custom property: ODCS v3.1.0 deprecated it with no replacement.",
        },
      ],
      output: null,
      suggestions: ["Move 'dataProduct' to a custom property", "Remove 'dataProduct'"],
    },
  ],
});

describe('deprecated-data-product suggestions', () => {
  const apply = (code: string, title: string) => {
    const [finding] = lintWithRule(rule, { code });
    const suggestion = finding?.suggestions?.find((s) => s.title === title);
    assert.ok(suggestion, `expected the suggestion "${title}"`);
    return applyEdits(code, suggestion.edits);
  };

  it('moves the name into a new customProperties block in place, keeping the comment on its line', () => {
    const code = contract('# product\ndataProduct: payments # legacy\ndomain: sales\n');
    assert.equal(
      apply(code, "Move 'dataProduct' to a custom property"),
      contract(
        '# product\n# legacy\ncustomProperties:\n  - property: dataProduct\n    value: payments\ndomain: sales\n',
      ),
    );
  });

  it('appends to existing custom properties and quotes values YAML would misread', () => {
    const code = contract('dataProduct: "1.0"\ncustomProperties:\n  - property: tier\n    value: gold\n');
    assert.equal(
      apply(code, "Move 'dataProduct' to a custom property"),
      contract('customProperties:\n  - property: tier\n    value: gold\n  - property: dataProduct\n    value: "1.0"\n'),
    );
  });

  it('removes the field', () => {
    assert.equal(
      apply(contract('dataProduct: payments\ndomain: sales\n'), "Remove 'dataProduct'"),
      contract('domain: sales\n'),
    );
  });
});
