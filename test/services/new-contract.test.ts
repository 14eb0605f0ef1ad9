import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { newContractSkeleton, newContractSnippet, newContractVersion } from '../../src/engine/services/new-contract';
import { NEW_CONTRACT_VERSIONS } from '../../src/engine/config/settings';
import { parseConfigText } from '../../src/engine/config/parse-config';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { allRules } from '../../src/engine/rules';
import { scoreContract } from '../../src/engine/services/score/score-contract';
import type { Finding } from '../../src/engine/types';
import { expandSnippet } from './expand-snippet';

const inputs = [
  { name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' },
  { name: '2024 Court cases: daily!', domain: 'HMCTS courts', owner: 'sam' },
  { name: 'Categories', domain: 'Legal Aid Agency', owner: 'true' },
  { name: '', domain: '', owner: '' },
];

const lint = (text: string) =>
  lintText(text, {
    config: resolveConfig(undefined, { profile: 'recommended' }),
    today: '2026-11-27',
    fileName: 'new.odcs.yaml',
    rules: allRules,
  });

describe('newContractSkeleton', () => {
  it('is written in ODCS v3.2.0 unless another version is asked for', () => {
    const input = { name: 'Orders', domain: 'sales', owner: 'jane' };
    assert.equal(parse(newContractSkeleton(input)).apiVersion, 'v3.2.0');
    for (const version of NEW_CONTRACT_VERSIONS)
      assert.equal(parse(newContractSkeleton(input, version)).apiVersion, version);
  });

  /** Lines (1-based) a finding covers, at each of its places when it stands for several. */
  const linesOf = (f: Finding) =>
    f.related && f.related.length > 0 ? f.related.map((r) => r.range.start.line + 1) : [f.range.start.line + 1];
  const todoLines = (text: string) => text.split('\n').flatMap((l, i) => (/: ['"]?TODO/.test(l) ? [i + 1] : []));

  for (const version of NEW_CONTRACT_VERSIONS) {
    for (const input of inputs) {
      it(`in ${version}, lints with exactly the placeholder findings, one at each placeholder (${JSON.stringify(input)})`, () => {
        const text = newContractSkeleton(input, version);
        const result = lint(text);
        assert.equal(result.kind, 'odcs');
        assert.equal(result.apiVersion, version);
        assert.deepEqual(
          result.findings.filter((f) => f.ruleId !== 'todo-placeholder').map((f) => `${f.ruleId}: ${f.message}`),
          [],
          text,
        );
        const flagged = new Set(result.findings.flatMap(linesOf));
        // a table's name stands for the table: the grouped finding names the part once, at its first line
        const unflagged = todoLines(text).filter(
          (line) =>
            !flagged.has(line) && !/^\s+(description|dataGranularityDescription): /.test(text.split('\n')[line - 1]),
        );
        assert.deepEqual(unflagged, [], text);
        const value = parse(text);
        if (version === 'v3.0.2')
          assert.ok(Array.isArray(value.team), 'v3.0.2 has no team object, only the list of members');
        else assert.equal(value.team.members[0].role, 'Data Owner');
      });
    }
  }

  it('invents nothing: every value comes from the inputs, is fixed by the standard, or is a placeholder', () => {
    const input = { name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' };
    const text = newContractSkeleton(input);
    assert.doesNotMatch(text, /mailto:|example\.(org|com)|slaProperties|latency|quality:/);
    const fixed = new Set([
      'v3.2.0',
      'DataContract',
      '0.1.0',
      'draft',
      'table',
      'Data Owner',
      'prison-population',
      ...Object.values(input),
    ]);
    const leaves = (node: unknown): string[] =>
      node !== null && typeof node === 'object' ? Object.values(node).flatMap(leaves) : [String(node)];
    const invented = leaves(parse(text)).filter((v) => !fixed.has(v) && !/^TODO/.test(v));
    assert.deepEqual(invented, []);
  });

  it('marks an owner left empty as a placeholder rather than a made-up name', () => {
    const text = newContractSkeleton({ name: 'Orders', domain: 'sales', owner: '  ' });
    assert.equal(parse(text).team.members[0].username, 'TODO-data-owner');
    assert.ok(
      lint(text).findings.some(
        (f) =>
          f.ruleId === 'todo-placeholder' &&
          f.range.start.line === text.split('\n').findIndex((l) => l.includes('username:')),
      ),
    );
  });

  for (const version of NEW_CONTRACT_VERSIONS) {
    it(`as a snippet in ${version}, has a tab stop at every placeholder and expands to the saved text`, () => {
      const input = { name: 'Prison population', domain: 'prisons', owner: '' };
      const snippet = newContractSnippet(input, version);
      const text = newContractSkeleton(input, version);
      assert.equal(expandSnippet(snippet), text);
      const stops = [...snippet.matchAll(/\$\{(\d+):TODO/g)].map((m) => Number(m[1]));
      assert.equal(stops.length, (text.match(/: TODO/g) ?? []).length, 'one tab stop per placeholder');
      assert.deepEqual(
        stops,
        stops.map((_, i) => i + 1),
        'tab stops follow the text from top to bottom',
      );
      assert.match(snippet, /\$0$/);
    });
  }

  it('writes snippet characters of the inputs as text, not as tab stops', () => {
    const input = { name: 'Costs in $ {gross}', domain: 'finance\\ops', owner: 'a$1' };
    const snippet = newContractSnippet(input);
    assert.equal(expandSnippet(snippet), newContractSkeleton(input));
    const value = parse(expandSnippet(snippet));
    assert.equal(value.name, 'Costs in $ {gross}');
    assert.equal(value.team.members[0].username, 'a$1');
  });

  it('fills in the inputs: name, domain and the owner as Data Owner', () => {
    const value = parse(
      newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: 'jane.doe@justice.gov.uk' }),
    );
    assert.equal(value.name, 'Prison population');
    assert.equal(value.domain, 'prisons');
    assert.equal(value.id, 'prison-population');
    assert.deepEqual(value.team.members, [{ username: 'jane.doe@justice.gov.uk', role: 'Data Owner' }]);
    assert.equal(
      parse(newContractSkeleton({ name: 'x', domain: 'y', owner: 'true' })).team.members[0].username,
      'true',
      'an owner that looks like a boolean stays text',
    );
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
    assert.match(
      problems[0].message,
      /odcsVersion.*use v3\.0\.2, v3\.1\.0 or v3\.2\.0 for new contracts, not "v3\.3\.0"/,
    );
  });

  it('scores low until its placeholders are filled in, and says what to fill in', () => {
    const text = newContractSkeleton({ name: 'Prison population', domain: 'prisons', owner: '' });
    const score = scoreContract(text, { today: '2026-11-27', predictSteps: false });
    assert.ok(score);
    assert.ok(score.overall <= 25, `overall ${score.overall}`);
    assert.ok(
      score.areas.ownership.reasons.includes(
        "✗ a Data Owner is named (accountable for the data); not yet: replace 'TODO-data-owner' with a real person",
      ),
      score.areas.ownership.reasons.join('\n'),
    );
    assert.ok(
      score.areas.ownership.reasons.includes(
        "✗ the team has a name; not yet: replace 'TODO-team-name' with the team's name",
      ),
      score.areas.ownership.reasons.join('\n'),
    );
    assert.ok(
      score.areas.documentation.reasons.some((r) => r.startsWith('✗ the contract says what the data is for')),
      score.areas.documentation.reasons.join('\n'),
    );
    const filled = text
      .replace('TODO-data-owner', 'jane.doe')
      .replace('TODO-team-name', 'prisons-data')
      .replace('TODO - what the data is for and who uses it', 'Counts of people in prison, for monthly reporting.');
    const after = scoreContract(filled, { today: '2026-11-27', predictSteps: false });
    assert.ok(after && after.areas.ownership.score > score.areas.ownership.score, 'a real owner and team name count');
    assert.ok(
      after.areas.documentation.reasons.includes('✓ the contract says what the data is for'),
      'a real purpose counts',
    );
  });
});
