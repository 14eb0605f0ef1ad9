// Adding a rule is one file: the registry is generated from the rule files and this test fails while it is stale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules } from '../../src/engine/rules';
import { REGISTRY_FILE, readRuleSources, registeredRules, renderRuleRegistry } from '../../scripts/rule-registry';

const rule = (id: string, code: string) => ({
  id,
  text: `export default defineRule({\n  meta: {\n    id: '${id}',\n    code: '${code}',\n    group: 'naming',\n  },\n});\n`,
});

function retiredCodes(): string[] {
  const page = readFileSync('docs/rules/retired.md', 'utf8');
  return [...page.matchAll(/^\| (DCL\d{3}) \|/gm)].map((m) => m[1]);
}

describe('rule registry', () => {
  it('src/engine/rules/index.ts is generated from the rule files (run `npm run gen:rules` after adding a rule)', () => {
    assert.equal(readFileSync(REGISTRY_FILE, 'utf8'), renderRuleRegistry());
  });

  it('lists every rule file once, under its own id, sorted by the code in its meta', () => {
    const fromFiles = registeredRules(readRuleSources());
    assert.deepEqual(
      allRules.map((r) => ({ id: r.meta.id, code: r.meta.code })),
      fromFiles,
    );
    assert.ok(allRules.length > 50);
  });

  it('never gives a retired code to a rule (docs/rules/retired.md)', () => {
    const retired = new Set(retiredCodes());
    assert.deepEqual(
      allRules.filter((r) => retired.has(r.meta.code)).map((r) => `${r.meta.id} ${r.meta.code}`),
      [],
    );
  });

  describe('the generator', () => {
    it('orders rules by code, whatever their file names', () => {
      const text = renderRuleRegistry([rule('b-rule', 'DCL002'), rule('a-rule', 'DCL010'), rule('c-rule', 'DCL001')]);
      assert.match(
        text,
        /allRules: readonly AnyRule\[\] = \[\n {2}cRule, \/\/ DCL001\n {2}bRule, \/\/ DCL002\n {2}aRule, \/\/ DCL010\n\];/,
      );
      assert.match(text, /^import cRule from '\.\/c-rule';$/m);
    });

    it('refuses two rules with one code, naming both', () => {
      assert.throws(
        () => registeredRules([rule('first', 'DCL120'), rule('second', 'DCL120')]),
        /second\.ts: code DCL120 is already used by first/,
      );
    });

    it('refuses a rule whose id is not its file name, and a code that is not DCL and three digits', () => {
      assert.throws(
        () => registeredRules([{ id: 'file-name', text: rule('other-id', 'DCL1234').text }]),
        (error: Error) =>
          /file-name\.ts: its meta id must be 'file-name'/.test(error.message) &&
          /code 'DCL1234' is not DCL and three digits/.test(error.message),
      );
    });

    it('refuses a rule file without a code', () => {
      assert.throws(
        () => registeredRules([{ id: 'no-code', text: "export default defineRule({ meta: { id: 'no-code' } });" }]),
        /no-code\.ts: expected one "code: 'DCLnnn'" in its meta, found 0/,
      );
    });
  });
});
