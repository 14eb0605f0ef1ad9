import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { newContractSkeleton, newContractVersion } from '../../src/engine/services/new-contract';
import { NEW_CONTRACT_VERSIONS } from '../../src/engine/config/settings';
import { parseConfigText } from '../../src/engine/config/parse-config';
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

const lint = (text: string) =>
  lintText(text, { config: resolveConfig(undefined, { profile: 'recommended' }), today: '2026-11-27', fileName: 'new.odcs.yaml', rules: allRules });

describe('newContractSkeleton', () => {
  it('is written in ODCS v3.2.0 unless another version is asked for', () => {
    const input = { name: 'Orders', domain: 'sales', owner: 'jane' };
    assert.equal(parse(newContractSkeleton(input)).apiVersion, 'v3.2.0');
    for (const version of NEW_CONTRACT_VERSIONS) assert.equal(parse(newContractSkeleton(input, version)).apiVersion, version);
  });

  for (const version of NEW_CONTRACT_VERSIONS) {
    it(`in ${version}, lints with no error, using only what ${version} allows`, () => {
      const text = newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' }, version);
      const result = lint(text);
      assert.equal(result.kind, 'odcs');
      assert.equal(result.apiVersion, version);
      assert.deepEqual(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
      const value = parse(text);
      if (version === 'v3.0.2') assert.ok(Array.isArray(value.team), 'v3.0.2 has no team object, only the list of members');
      else assert.equal(value.team.members[0].role, 'Data Owner');
    });
  }

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

  it('takes its version from the editor setting, else .dclens.yaml, else v3.2.0', () => {
    const settings = parseConfigText('settings:\n  odcsVersion: v3.1.0\n').config?.settings;
    assert.equal(newContractVersion(settings), 'v3.1.0');
    assert.equal(newContractVersion(settings, 'v3.0.2'), 'v3.0.2');
    assert.equal(newContractVersion(settings, 'auto'), 'v3.1.0');
    assert.equal(newContractVersion(undefined, 'auto'), 'v3.2.0');
    assert.equal(newContractVersion({}), 'v3.2.0');
  });

  it('reports a version new contracts cannot use at its line in .dclens.yaml', () => {
    const { problems } = parseConfigText('extends: recommended\nsettings:\n  odcsVersion: v3.3.0\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(problems[0].message, /odcsVersion.*use v3\.0\.2, v3\.1\.0 or v3\.2\.0 for new contracts, not "v3\.3\.0"/);
  });

  it('starts with a good score in the areas it covers', () => {
    const score = scoreContract(newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: 'jane' }), { today: '2026-11-27', predictSteps: false });
    assert.ok(score);
    for (const area of ['completeness', 'uniqueness', 'validity', 'documentation'] as const) assert.equal(score.areas[area].score, 100, area);
  });
});
