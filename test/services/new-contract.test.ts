import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { newContractSkeleton } from '../../src/engine/services/new-contract';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { allRules } from '../../src/engine/rules';
import { scoreContract } from '../../src/engine/services/score/score-contract';

const inputs = [
  { name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' },
  { name: '2024 Court cases: daily!', domain: 'HMCTS courts', owner: 'sam' },
  { name: 'Categories', domain: 'Legal Aid Agency', owner: 'true' },
  { name: '', domain: '', owner: '' },
];

describe('newContractSkeleton', () => {
  for (const input of inputs) {
    it(`lints with no findings under recommended, with every registered rule (${JSON.stringify(input)})`, () => {
      const text = newContractSkeleton(input);
      const result = lintText(text, { config: resolveConfig(undefined, { profile: 'recommended' }), today: '2026-11-27', fileName: 'new.odcs.yaml', rules: allRules });
      assert.equal(result.kind, 'odcs');
      assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
      assert.doesNotMatch(text, /TODO|TBC|FIXME|lorem/i);
    });
  }

  it('fills in the inputs: name, domain and the owner as Data Owner', () => {
    const value = parse(newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' }));
    assert.equal(value.name, 'Prison population');
    assert.equal(value.domain, 'prisons');
    assert.equal(value.id, 'prison-population');
    assert.deepEqual(value.team.members, [{ username: 'jane.doe@justice.gov.uk', role: 'Data Owner' }]);
    assert.equal(value.schema[0].name, 'prison_population');
    assert.equal(value.slaProperties[0].element, 'prison_population.updated_at');
    assert.equal(parse(newContractSkeleton({ name: 'x', domain: 'y', owner: 'true' })).team.members[0].username, 'true', 'an owner that looks like a boolean stays text');
  });

  it('starts with a good score in the areas it covers', () => {
    const score = scoreContract(newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: 'jane' }), { today: '2026-11-27', predictSteps: false });
    assert.ok(score);
    for (const area of ['completeness', 'uniqueness', 'validity', 'documentation'] as const) assert.equal(score.areas[area].score, 100, area);
  });
});
