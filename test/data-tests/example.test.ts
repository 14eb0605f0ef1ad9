// The runnable example of the README: the prisons contract's `sample` server points at a small CSV in examples/data
// with three deliberate mistakes; `dclens test` finds exactly those (and the old extract's staleness).
import assert from 'node:assert/strict';
import { buildCli, REPO, runCli } from '../cli/run-cli';

interface JsonCheck {
  id: string;
  status: string;
  actual?: number;
  line: number;
  sample?: Array<Record<string, unknown>>;
}

describe('the example contract tested against its sample data', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('finds the three seeded mistakes and the stale extract, and nothing else', () => {
    const run = runCli(
      ['test', 'examples/contracts/prisons/prison-population.odcs.yaml', '--server', 'sample', '--format', 'json'],
      REPO,
      { DCLENS_NOW: '2026-06-01T06:00:00Z' },
    );
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { checks: JsonCheck[]; summary: Record<string, number> };
    const failed = Object.fromEntries(report.checks.filter((c) => c.status === 'failed').map((c) => [c.id, c.actual]));
    assert.deepEqual(failed, {
      'establishment_population.primaryKey': 1,
      'establishment_population.establishment_code.logicalTypeOptions.pattern': 1,
      'establishment_population.establishment_code.quality[0]': 1,
      'establishment_population.population.required': 1,
      'establishment_population.population.quality[0]': 1,
      'establishment_population.quality[0]': 1,
      'establishment_population.quality[1]': 0,
      'slaProperties[1]': 30,
    });
    assert.deepEqual(report.summary, { passed: 12, failed: 8, errors: 0, skipped: 2 });
    const pattern = report.checks.find((c) => c.id.endsWith('establishment_code.logicalTypeOptions.pattern'));
    assert.deepEqual(pattern?.sample, [{ snapshot_date: '2026-05-31', establishment_code: 'hmi', population: 1010 }]);
  });
});
