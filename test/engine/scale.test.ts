// Lint time grows with the size of a contract, not with its square, whatever its shape: one schema object with
// thousands of properties (a wide table export), or schema objects nested close to the nesting limit, repeated.
// Small sizes keep this quick; `npm run bench` measures 1 to 10 MB.
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine';
import { generateDeepContract } from '../../scripts/gen/deep';
import { generateWideContract } from '../../scripts/gen/wide';

/** CPU time of this process: other processes on a busy machine stretch wall-clock time, not this. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU milliseconds of the fastest of `runs` lints of the text, which must be checked in full. */
function lintMs(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    const result = lintText(text, { fileName: 'scale.odcs.yaml', today: '2026-06-01' });
    best = Math.min(best, cpuMs() - start);
    assert.deepEqual(result.internalErrors ?? [], []);
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message),
      [],
      'the contract was not checked in full',
    );
  }
  return best;
}

/**
 * Ten times the size must take less than 25 times the time: linear is about 10, a step that compares every
 * property with every other about 100. The margin absorbs a busy machine and the compiler still warming up.
 */
function assertLinear(small: string, large: string): void {
  lintMs(small, 3); // warm-up
  const smallMs = lintMs(small, 3);
  const largeMs = lintMs(large, 1);
  const sizeRatio = large.length / small.length;
  const timeRatio = largeMs / smallMs;
  assert.ok(sizeRatio > 9 && sizeRatio < 11, `size ratio ${sizeRatio.toFixed(1)}`);
  assert.ok(
    timeRatio < 2.5 * sizeRatio,
    `${sizeRatio.toFixed(1)}× the size took ${timeRatio.toFixed(1)}× the time (${smallMs.toFixed(0)} ms, then ${largeMs.toFixed(0)} ms)`,
  );
}

describe('lint time on wide and deep contracts', function () {
  this.timeout(120_000);

  it('lints one schema object with 30,000 properties (3.3 MB) in time linear in its size', () => {
    // Grouping sibling properties by copying the group on every insert took 44× the time here (12× now); below
    // about 20,000 properties that copying still hid behind the rest of the work.
    assertLinear(generateWideContract({ properties: 3_000 }), generateWideContract({ properties: 30_000 }));
  });

  it('lints ten schema objects nested close to the nesting limit (0.6 MB) in time linear in their size', () => {
    assertLinear(generateDeepContract({ tables: 1 }), generateDeepContract({ tables: 10 }));
  });

  it('checks the deep contract in full: its deepest collections are just inside the nesting limit', () => {
    // Three more levels of lists take it over the limit: the contract would then be measured without being checked.
    const tooDeep = lintText(generateDeepContract({ tables: 1, listLevels: 93 }), {
      fileName: 'deep.odcs.yaml',
      today: '2026-06-01',
    });
    assert.match(tooDeep.findings.find((f) => f.ruleId === 'yaml-syntax')?.message ?? '', /too deep to check/);
    lintMs(generateDeepContract({ tables: 1 }), 1);
  });
});
