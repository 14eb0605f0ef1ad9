import assert from 'node:assert/strict';
import { applySuppressions } from '../../src/engine/suppressions';
import type { Finding } from '../../src/engine/types';

const at = (line: number, ruleId = 'no-team', code = 'DCL100'): Finding => ({
  ruleId,
  code,
  severity: 'warning',
  message: 'm',
  path: [],
  docsUrl: '',
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
});

describe('suppression comments', () => {
  it('disable-next-line silences only the next line and only the named rule', () => {
    const text = 'a: 1\n# dclens-disable-next-line no-team\nb: 2\nc: 3\n';
    const kept = applySuppressions(text, [at(2), at(3), at(2, 'other', 'DCL999')]);
    assert.deepEqual(
      kept.map((f) => `${f.range.start.line}:${f.ruleId}`),
      ['3:no-team', '2:other'],
    );
  });

  it('accepts a rule code as well as an id, and several rules', () => {
    const text = 'x: 1 # dclens-disable-next-line DCL100, other\ny: 2\n';
    assert.equal(applySuppressions(text, [at(1), at(1, 'other', 'DCL999')]).length, 0);
  });

  it('disable … enable switches a rule off for a block', () => {
    const text = 'a: 1\n# dclens-disable no-team\nb: 2\nc: 3\n# dclens-enable no-team\nd: 4\n';
    const kept = applySuppressions(text, [at(0), at(2), at(3), at(5)]);
    assert.deepEqual(
      kept.map((f) => f.range.start.line),
      [0, 5],
    );
  });

  it('a bare disable switches every rule off to the end of the file', () => {
    const text = 'a: 1\n# dclens-disable\nb: 2\n';
    assert.deepEqual(
      applySuppressions(text, [at(0), at(2, 'x', 'DCL001')]).map((f) => f.range.start.line),
      [0],
    );
  });
});
