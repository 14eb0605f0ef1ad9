// The 18 official ODCS examples are good contracts: under `recommended` they get no errors beyond the three
// apiVersion findings, and every warning they do get is listed here with the reason it is right.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { lintText } from '../../src/engine/lint';
import { EXPECTED_WARNINGS, WHY } from './no-noise.expected';

const DIR = 'test/fixtures/odcs';
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.odcs.yaml'))
  .sort();
const DECLARE_V302_USE_V31 = [
  'data-types__all-data-types.odcs.yaml',
  'quality__column-completeness.odcs.yaml',
  'stakeholders__basic-four-dpo.odcs.yaml',
];

describe('no noise on the official examples (recommended profile)', () => {
  it('has all 18 examples', () => assert.equal(examples.length, 18));

  for (const name of examples) {
    describe(name, () => {
      const result = lintText(readFileSync(`${DIR}/${name}`, 'utf8'), { fileName: name, today: '2026-11-27' });

      it('has no errors beyond the apiVersion finding of the three v3.0.2 examples', () => {
        const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
        assert.deepEqual(errors, DECLARE_V302_USE_V31.includes(name) ? ['api-version-feature'] : []);
      });

      it('gets exactly the warnings listed, each with a reason', () => {
        const counts: Record<string, number> = {};
        for (const f of result.findings.filter((x) => x.severity === 'warning'))
          counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
        assert.deepEqual(counts, EXPECTED_WARNINGS[name] ?? {});
        for (const ruleId of Object.keys(counts)) assert.ok(WHY[ruleId], `no justification for ${ruleId}`);
      });
    });
  }
});
