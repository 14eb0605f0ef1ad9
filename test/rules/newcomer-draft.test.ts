// A 47-line first draft, as a newcomer writes it: the findings sit where the problem is, each whole-contract concern
// is said once, and where the message knows the answer there is a fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import type { Finding } from '../../src/engine/types';

const file = join(__dirname, '..', 'fixtures', 'newcomer', 'draft.odcs.yaml');
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const lint = (source: string, profile: 'recommended' | 'strict' | 'uk-gov') =>
  lintText(source, { fileName: file, config: resolveConfig({ extends: profile }), today: '2026-11-30' }).findings;
const lineOf = (f: Finding) => lines[f.range.start.line];

describe("a newcomer's first draft", () => {
  for (const profile of ['recommended', 'strict', 'uk-gov'] as const) {
    it(`${profile}: nothing about the whole contract underlines a member, and each concern is said once`, () => {
      const findings = lint(text, profile);
      const onMember = findings.filter(
        (f) => /^\s*- username:|^\s*(name|role): /.test(lineOf(f)) && f.path[0] === 'team',
      );
      assert.deepEqual(
        onMember.map((f) => `${f.ruleId}: ${lineOf(f)}`),
        [],
      );
      const owner = findings.filter((f) => f.ruleId === 'no-data-owner');
      assert.equal(owner.length, 1);
      assert.equal(lineOf(owner[0]), 'team:', 'no Data Owner sits at the team');
      assert.ok(
        owner[0].related?.some((r) => lines[r.range.start.line].includes('dev.patel')),
        'the custodian is a related place',
      );
      const perRule = new Map<string, number>();
      for (const f of findings.filter((x) => x.path.length <= 1))
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      assert.deepEqual(
        [...perRule].filter(([, n]) => n > 1),
        [],
        'one whole-contract finding per rule',
      );
    });
  }

  it('the DPIA finding sits at the contract, not on the property that also needs a classification', () => {
    const findings = lint(text, 'strict');
    const dpia = findings.find((f) => f.ruleId === 'special-category-no-dpia');
    assert.ok(dpia);
    assert.equal(dpia.range.start.line, 1, 'at apiVersion, the first line after the comment');
    const onProperty = findings.filter((f) => lineOf(f).includes('defendant_date_of_birth'));
    assert.deepEqual(
      onProperty.map((f) => f.ruleId),
      ['personal-data-unclassified'],
    );
  });

  it("'datetime' and 'drafty' come with safe fixes, and fixing them clears both", () => {
    const findings = lint(text, 'recommended');
    const datetime = findings.find((f) => f.message.includes("'datetime'"));
    const drafty = findings.find((f) => f.ruleId === 'status-value');
    assert.ok(datetime?.fix, 'datetime has a fix');
    assert.ok(drafty?.fix, 'drafty has a fix');
    const fixed = applyEdits(
      applyEdits(text, datetime.fix.edits),
      lint(applyEdits(text, datetime.fix.edits), 'recommended').find((f) => f.ruleId === 'status-value')!.fix!.edits,
    );
    assert.match(fixed, /logicalType: timestamp/);
    assert.match(fixed, /status: draft\n/);
    const after = lint(fixed, 'recommended');
    assert.deepEqual(
      after.filter((f) => f.ruleId === 'status-value' || f.message.includes('datetime')),
      [],
    );
  });

  it('no latency SLA is suggested on the date of birth', () => {
    const withoutSla = text.slice(0, text.indexOf('slaProperties:'));
    const findings = lint(withoutSla, 'strict');
    const offered = findings.flatMap((f) => [f.message, ...(f.suggestions ?? []).map((s) => s.title)]);
    assert.ok(
      offered.some((m) => /latency/i.test(m)),
      'a latency SLA is suggested',
    );
    assert.deepEqual(
      offered.filter((m) => /latency/i.test(m) && /birth/.test(m)),
      [],
    );
  });
});
