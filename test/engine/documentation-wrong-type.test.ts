// A description of the wrong type is one mistake: the schema says "must be a text", and the documentation rules
// do not add "has no description" or "no purpose" for the same value.
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';

const head =
  'apiVersion: v3.1.0\nkind: DataContract\nid: seller-payments\nname: seller_payments\nversion: 1.0.0\nstatus: active\n';
const DOC_RULES = /^(contract-description|schema-description|property-description|schema-)/;

/** Documentation and schema findings under `strict`, where every documentation rule reports. */
function findings(body: string): string[] {
  const config = resolveConfig({ extends: 'strict' });
  return lintText(head + body, { config, group: false })
    .findings.filter((f) => DOC_RULES.test(f.ruleId))
    .map((f) => `${f.range.start.line + 1} ${f.ruleId}: ${f.message}`);
}

const schemaWithGoodDocs = (objectDescription: string, propertyDescription: string) =>
  `description:\n  purpose: Card payments received by sellers, one row per payment, for revenue reporting.\n` +
  `schema:\n  - name: payments\n    description:${objectDescription}\n    properties:\n      - name: payment_id\n        description:${propertyDescription}\n`;

describe('a description of the wrong type is reported once, by the schema', () => {
  it('description.purpose written as a mapping', () => {
    assert.deepEqual(
      findings('description:\n  purpose:\n    text: Card payments received by sellers, for revenue reporting.\n'),
      ["8 schema-wrong-type: Use a text for 'purpose' of the contract description, not a mapping."],
    );
  });

  it('description.purpose left empty', () => {
    assert.deepEqual(
      findings('description:\n  purpose:\n').map((f) => f.split(':')[0]),
      ['8 schema-wrong-type'],
    );
  });

  it('the description itself left empty', () => {
    assert.deepEqual(
      findings('description:\n').map((f) => f.split(':')[0]),
      ['7 schema-wrong-type'],
    );
  });

  it("a schema object's and a property's description written as a mapping", () => {
    const body = schemaWithGoodDocs(
      '\n      text: Card payments received by sellers.',
      '\n          text: The payment, as the card processor numbers it.',
    );
    assert.deepEqual(
      findings(body).map((f) => f.split(':')[0]),
      ['11 schema-wrong-type', '15 schema-wrong-type'],
    );
  });

  it('a missing purpose is still reported, once, by contract-description', () => {
    assert.deepEqual(findings('description:\n  usage: Revenue reporting.\n'), [
      '7 contract-description: Add a purpose to the description: say what the data is and what it is for.',
    ]);
  });
});

describe('a misspelt description key is reported once, by the schema, with the rename', () => {
  it('on the contract, a schema object and a property', () => {
    const body =
      'descripton:\n  purpose: Card payments received by sellers, one row per payment, for revenue reporting.\n' +
      'schema:\n  - name: payments\n    desciption: Card payments received by sellers, one row per payment.\n' +
      '    properties:\n      - name: payment_id\n        descriptoin: The payment, as the card processor numbers it.\n';
    assert.deepEqual(
      findings(body).map((f) => f.split(':')[0]),
      ['7 schema-unknown-key', '11 schema-unknown-key', '14 schema-unknown-key'],
    );
  });
});
