// `recommended` is quiet on real contracts by grouping repeats and leaving some advice to `strict`; `strict` must
// still report everything: every place `recommended` names (grouped or not) is its own finding under `strict`.
import assert from 'node:assert/strict';
import { lintText, resolveConfig, type Finding } from '../../src/engine';
import { ruleById } from '../../src/engine/rules';
import { corpusFiles } from './realworld-corpus';

const TODAY = '2026-11-27';
const MOVED_TO_STRICT = ['no-granularity-description', 'no-support-channel', 'primary-key-quality-checks'];

/** A finding that stands for a rule's repeats (other rules may use `related` for their own ends). */
const isGrouped = (f: Finding): boolean =>
  f.related !== undefined &&
  f.messageId !== undefined &&
  (ruleById.get(f.ruleId)?.meta.grouping as Record<string, string> | undefined)?.[f.messageId] !== undefined;

/** Each place a finding stands for, as "rule at path". */
const places = (findings: readonly Finding[]): string[] =>
  findings.flatMap((f) => (isGrouped(f) ? f.related! : [f]).map((p) => `${f.ruleId} at ${JSON.stringify(p.path)}`));

describe('quiet by default, thorough under strict (real-world corpus)', function () {
  this.timeout(120_000);
  const accepted = corpusFiles().filter((f) => f.official.verdict === 'valid');
  const recommended = resolveConfig(undefined, { profile: 'recommended' });
  const strict = resolveConfig(undefined, { profile: 'strict' });
  const lint = (text: string, name: string, config = recommended) =>
    lintText(text, { fileName: name, today: TODAY, config }).findings;

  it('strict reports every place recommended names, each as its own finding', () => {
    for (const file of accepted) {
      const strictPlaces = new Set(places(lint(file.text, file.name, strict)));
      const missing = places(lint(file.text, file.name)).filter((p) => !strictPlaces.has(p));
      assert.deepEqual(missing, [], file.name);
    }
  });

  it('strict groups nothing; recommended groups somewhere in the corpus', () => {
    assert.deepEqual(
      accepted.flatMap((f) => lint(f.text, f.name, strict).filter(isGrouped)).map((x) => x.message),
      [],
    );
    assert.ok(accepted.some((f) => lint(f.text, f.name).some(isGrouped)));
  });

  it('the advice moved to strict is still given there, and not under recommended', () => {
    const fired = (config: typeof strict) =>
      new Set(accepted.flatMap((f) => lint(f.text, f.name, config).map((x) => x.ruleId)));
    const underStrict = fired(strict);
    const underRecommended = fired(recommended);
    for (const id of MOVED_TO_STRICT) {
      assert.ok(underStrict.has(id), `${id} fires under strict`);
      assert.ok(!underRecommended.has(id), `${id} is quiet under recommended`);
    }
  });
});
