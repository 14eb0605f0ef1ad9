// The language server's memory of lint results: an unchanged key answers without linting, every part of the key
// changes the answer, and the memory stays within its bounds.
import assert from 'node:assert/strict';
import { buildSnapshot, parsePeopleDirectory } from '../../src/engine/owners';
import { lintText, resolveConfig, type FileLintResult, type LintOptions } from '../../src/engine';
import { LintMemo } from '../../src/server/lint-memo';
import { contract } from '../helpers/rule-tester';

const people = (active: boolean) =>
  `people:\n  - {id: old.owner, name: Olive Older, email: olive.older@justice.gov.uk, active: ${active}}\n`;
const catalogue = (active: boolean) => buildSnapshot([parsePeopleDirectory(people(active), 'catalogue/people.yaml')]);
// Left the team at the end of March 2025: before then the directory's "left" is news, after it is recorded.
const TEXT = contract(
  'description:\n  purpose: Fines.\nteam:\n  members:\n    - username: old.owner\n      role: Data Owner\n      dateOut: 2025-03-31\n',
);

const rules = (result: FileLintResult) => result.findings.map((f) => f.ruleId).sort();

describe('server lint memory', () => {
  const base: LintOptions = {
    fileName: '/work/contracts/fines.odcs.yaml',
    config: resolveConfig(undefined, {}),
    today: '2025-01-01',
    catalogue: catalogue(false),
    catalogueSubjectPath: 'contracts/fines.odcs.yaml',
  };

  it('answers the same text under the same options without linting again, with the same findings', () => {
    const memo = new LintMemo();
    const first = memo.lintText(TEXT, base);
    assert.ok(rules(first).includes('owner-has-left'), rules(first).join(', '));
    // Equal options built afresh (as the server does for every lint) find the same key.
    const again = memo.lintText(TEXT, { ...base, config: resolveConfig(undefined, {}) });
    assert.deepEqual(rules(again), rules(first));
    assert.deepEqual(again.findings, lintText(TEXT, base).findings);
    assert.deepEqual(memo.stats().computed, 1);
    assert.deepEqual(memo.stats().reused, 1);
  });

  const changes: Array<
    [string, (o: LintOptions) => [string, LintOptions], (before: string[], after: string[]) => void]
  > = [
    [
      'the text',
      (o) => [`${TEXT}descripton: misspelt\n`, o],
      (b, a) => assert.ok(a.includes('schema-unknown-key') && !b.includes('schema-unknown-key'), a.join(', ')),
    ],
    [
      'the configuration (a rule switched off, as .dclens.yaml or a setting does)',
      (o) => [TEXT, { ...o, config: resolveConfig(undefined, { levels: { 'owner-has-left': 'off' } }) }],
      (b, a) => assert.ok(b.includes('owner-has-left') && !a.includes('owner-has-left'), a.join(', ')),
    ],
    [
      'the profile',
      (o) => [TEXT, { ...o, config: resolveConfig(undefined, { profile: 'strict' }) }],
      (b, a) => assert.notDeepEqual(a, b),
    ],
    [
      'the catalogue (the person is active again)',
      (o) => [TEXT, { ...o, catalogue: catalogue(true) }],
      (b, a) => assert.ok(b.includes('owner-has-left') && !a.includes('owner-has-left'), a.join(', ')),
    ],
    [
      'trust (an untrusted workspace: default rules, no catalogue)',
      (o) => [TEXT, { ...o, config: undefined, catalogue: undefined }],
      (b, a) => assert.ok(b.includes('owner-has-left') && !a.includes('owner-has-left'), a.join(', ')),
    ],
    [
      "today's date (after the recorded dateOut)",
      (o) => [TEXT, { ...o, today: '2026-01-01' }],
      (b, a) => assert.ok(b.includes('owner-has-left') && !a.includes('owner-has-left'), a.join(', ')),
    ],
  ];
  for (const [part, change, check] of changes) {
    it(`lints again when ${part} changes, and the findings follow`, () => {
      const memo = new LintMemo();
      const before = rules(memo.lintText(TEXT, base));
      const [text, options] = change(base);
      const after = rules(memo.lintText(text, options));
      assert.equal(memo.stats().computed, 2);
      check(before, after);
      assert.deepEqual(after, rules(lintText(text, options)));
      // Back to the first key: remembered, not linted.
      assert.deepEqual(rules(memo.lintText(TEXT, base)), before);
      assert.equal(memo.stats().computed, 2);
    });
  }

  it('keeps at most its number of results, the least recently used going first', () => {
    const memo = new LintMemo({ entries: 2, bytes: Number.MAX_SAFE_INTEGER });
    const a = TEXT;
    const b = `${TEXT}# b\n`;
    const c = `${TEXT}# c\n`;
    memo.lintText(a, base);
    memo.lintText(b, base);
    memo.lintText(a, base); // a is now the most recent
    memo.lintText(c, base); // b goes
    assert.equal(memo.stats().entries, 2);
    const computed = memo.stats().computed;
    memo.lintText(a, base);
    assert.equal(memo.stats().computed, computed);
    memo.lintText(b, base);
    assert.equal(memo.stats().computed, computed + 1);
  });

  it('keeps at most its estimate of bytes, and does not keep a result larger than that', () => {
    const memo = new LintMemo({ entries: 100, bytes: TEXT.length * 2 * 3 });
    for (let i = 0; i < 5; i++) memo.lintText(`${TEXT}# ${i}\n`, base);
    assert.ok(memo.stats().bytes <= TEXT.length * 2 * 3, String(memo.stats().bytes));
    assert.ok(memo.stats().entries < 5);
    const huge = `${TEXT}# ${'x'.repeat(TEXT.length * 4)}\n`;
    memo.lintText(huge, base);
    memo.lintText(huge, base);
    assert.equal(memo.stats().computed, 7);
  });

  it('forgets everything when cleared', () => {
    const memo = new LintMemo();
    memo.lintText(TEXT, base);
    memo.clear();
    assert.equal(memo.stats().entries, 0);
    memo.lintText(TEXT, base);
    assert.equal(memo.stats().computed, 2);
  });

  it('does not remember a lint with a rule subset (options outside the key)', () => {
    const memo = new LintMemo();
    memo.lintText(TEXT, { ...base, schema: false });
    memo.lintText(TEXT, { ...base, schema: false });
    assert.equal(memo.stats().computed, 2);
    assert.equal(memo.stats().entries, 0);
  });
});
