// Lint time grows with the size of a contract, not with its square: one schema object with tens of thousands of
// properties (a wide table export) is linted as fast per megabyte as a small one.
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine';
import { generateWideContract } from '../../scripts/gen/wide';

const lintSeconds = (text: string): number => {
  const started = performance.now();
  const result = lintText(text, { fileName: 'wide.odcs.yaml', today: '2026-06-01' });
  assert.deepEqual(result.internalErrors ?? [], []);
  return (performance.now() - started) / 1000;
};

describe('lint time on wide contracts', function () {
  this.timeout(180_000);

  it('lints one schema object with 40,000 properties (4.5 MB) in time linear in its size', () => {
    lintSeconds(generateWideContract({ properties: 500 }));
    const small = lintSeconds(generateWideContract({ properties: 10_000 }));
    const large = lintSeconds(generateWideContract({ properties: 40_000 }));
    // Four times the properties: about four times the time. A step that compares every property with every other
    // takes sixteen times as long.
    assert.ok(large < 60, `40,000 properties took ${large.toFixed(1)} s`);
    assert.ok(large / small < 9, `4× the properties took ${(large / small).toFixed(1)}× the time (${small.toFixed(1)} s, then ${large.toFixed(1)} s)`);
  });
});
