// A long name is cut in the middle, only as much as the message needs; a rule's own keys and snippets stay whole.
import assert from 'node:assert/strict';
import { fitFinding, fitMessage, middleEllipsis, quotedInTemplates } from '../../src/engine/rules/helpers-message';
import type { Finding } from '../../src/engine';

const LONG = 'starburst_uat01_sep_ice_views_zone_ff_dap_ff_ngxdbo_customsbrokerage_cal_v_fact_commercialinvoice_v001';

describe('fitting a message to 120 characters', () => {
  it('keeps the start and the end of a name cut in the middle', () => {
    assert.equal(middleEllipsis('abcdefghij', 5), 'ab…ij');
    assert.equal(middleEllipsis('abc', 5), 'abc');
  });

  it('leaves a message that fits as it is', () => {
    const message = `Describe schema 'orders': what it holds.`;
    assert.deepEqual(fitMessage(message), { message, shortened: [] });
  });

  it('cuts the longest names only as much as needed and reports them whole', () => {
    const { message, shortened } = fitMessage(
      `Describe property 'order_id' in schema '${LONG}': what the value means.`,
    );
    assert.equal(message.length, 120);
    assert.match(
      message,
      /^Describe property 'order_id' in schema 'starburst_uat01_.*….*_v001': what the value means\.$/,
    );
    assert.deepEqual(shortened, [LONG]);
  });

  it('never cuts a YAML snippet or a key the template quotes itself', () => {
    const text = `List the missing values in 'arguments.missingValues' of quality rule 'rule_with_a_fairly_long_name' of property '${LONG}'.`;
    const keep = quotedInTemplates(["List the missing values in 'arguments.missingValues' of {label}."]);
    const { message } = fitMessage(text, 120, keep);
    assert.ok(message.includes("'arguments.missingValues'"), message);
    assert.ok(message.length <= 120, message);
    const snippet = fitMessage(`Replace deprecated 'rule' with 'metric: ${'x'.repeat(120)}' here.`);
    assert.equal(snippet.shortened.length, 0);
  });

  it("a finding's detail gains the names in full, after what it said", () => {
    const finding = {
      ruleId: 'schema-description',
      code: 'DCL121',
      severity: 'info',
      message: `Describe schema '${LONG}': what it holds, where it comes from, and what one row is, in plain words.`,
      detail: 'Say what it holds.',
      path: ['schema', 0],
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      docsUrl: '',
    } satisfies Finding;
    const fitted = fitFinding(finding);
    assert.ok(fitted.message.length <= 120);
    assert.equal(fitted.detail, `Say what it holds.\n\nIn full: \`${LONG}\`.`);
  });
});
