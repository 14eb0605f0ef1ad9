// The report's record of a contract: who holds each role as the ownership rules read the team, and what counts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contractRecords, figuresOf, groupFigures, lintText, parseConfigText, resolveConfig } from '../../src/engine';

const TODAY = '2026-06-01';
const UNKNOWN_VERSION_FIXTURE = path.join(
  __dirname,
  '../fixtures/realworld/eddiethedean__odcs__tests__fixtures__unsupported-version.yaml',
);
const head = (id: string, extra: string[] = []) =>
  ['apiVersion: v3.1.0', 'kind: DataContract', `id: ${id}`, 'version: 1.0.0', 'status: active', ...extra].join('\n');
const records = (text: string, config = resolveConfig()) =>
  contractRecords(text, { relativePath: 'contracts/orders.odcs.yaml', config, today: TODAY, nextSteps: false });

describe('report records', () => {
  it('reads role-holders from the v3.1 team object and the v3.0 team list alike', () => {
    const object = records(
      head('orders', [
        'team:',
        '  name: sales-data',
        '  members:',
        '    - username: ada',
        '      role: Data Owner',
        '    - username: bo',
        '      role: data steward',
        '    - username: cy',
        '      role: Data Custodian',
        '    - username: di',
        '      role: Data Owner',
        '      dateOut: 2026-01-31',
        '',
      ]),
    );
    assert.equal(object.length, 1);
    assert.deepEqual(
      [object[0].dataOwners, object[0].stewards, object[0].custodians, object[0].team],
      [['ada'], ['bo'], ['cy'], 'sales-data'],
      'di left on 2026-01-31 and no longer counts',
    );
    const list = records(
      head('orders', ['team:', '  - username: ada', '    role: owner', '  - username: eve', '    role: Analyst', '']),
    );
    assert.deepEqual([list[0].dataOwners, list[0].stewards, list[0].team], [['ada'], [], undefined]);
  });

  it('counts a Data Owner exactly when no-data-owner and no-team have nothing to say', () => {
    const cases = [
      head('a', ['']),
      head('b', ['team:', '  name: t', '  members: []', '']),
      head('c', ['team:', '  - username: x', '    role: Data Owner', '    dateOut: 2026-05-01', '']),
      head('d', ['team:', '  - name: Ada Lovelace', '    role: Data Owner', '']),
      head('e', ['team:', '  - username: cy', '    role: Data Custodian', '']),
    ];
    for (const text of cases) {
      const lint = lintText(text, { today: TODAY });
      const silent = !lint.findings.some((f) => f.ruleId === 'no-data-owner' || f.ruleId === 'no-team');
      assert.equal(records(text)[0].dataOwners.length > 0, silent, text);
    }
  });

  it('uses the role names .dclens.yaml configures', () => {
    const { config } = parseConfigText('settings:\n  ownerRoles: [Information Asset Owner]\n');
    const text = head('orders', ['team:', '  - username: ada', '    role: information asset owner', '']);
    assert.deepEqual(records(text, resolveConfig(config))[0].dataOwners, ['ada']);
  });

  it('gives each document of a file its own record, and none to other YAML', () => {
    const two = `${head('one', ['domain: sales'])}\n---\n${head('two', ['domain: finance'])}\n`;
    assert.deepEqual(
      records(two).map((r) => [r.name, r.domain, r.folder]),
      [
        ['one', 'sales', 'contracts'],
        ['two', 'finance', 'contracts'],
      ],
    );
    assert.deepEqual(records('apiVersion: apps/v1\nkind: Deployment\n'), []);
    assert.deepEqual(records('dataContractSpecification: 1.1.0\nid: x\ninfo:\n  title: X\n  version: 1.0.0\n'), []);
  });

  it('says what to do about an apiVersion it cannot score, as lint does, and names the version', () => {
    const reason = (text: string) => {
      const [record] = records(text);
      assert.ok(record.unscored !== undefined, text);
      return record.unscored;
    };
    const future = readFileSync(UNKNOWN_VERSION_FIXTURE, 'utf8');
    const suggested = lintText(future).findings.find((f) => f.ruleId === 'odcs-version-unknown')?.suggestions?.[0];
    assert.equal(suggested?.title, 'Set apiVersion to v3.2.0');
    const unknown = reason(future);
    assert.match(unknown, /^Set apiVersion to a released ODCS version such as v3\.2\.0 /);
    assert.match(unknown, /'v9\.9\.9'/);
    assert.doesNotMatch(unknown, /migrate/, 'dclens migrate cannot read a version it does not know');
    assert.match(reason(future.replace('v9.9.9', 'v4.0.0')), /such as v3\.2\.0 .*'v4\.0\.0'/);

    const v2 = 'apiVersion: v2.2.2\nkind: DataContract\nuuid: d\ndatasetName: x\nversion: 1.0.0\n';
    assert.match(reason(v2), /^Migrate it to ODCS v3 with dclens migrate: .*v2\.2\.2/);
    assert.match(reason(v2.replace('v2.2.2', 'v2.9.0')), /^Migrate it to ODCS v3 with dclens migrate: .*'v2\.9\.0'/);
    assert.match(reason(head('x').replace('v3.1.0', 'V3.1.0')), /^Write apiVersion 'V3\.1\.0' as 'v3\.1\.0'/);
    for (const text of [head('x').replace('apiVersion: v3.1.0\n', ''), head('x').replace('v3.1.0', '3.1')]) {
      const none = reason(text);
      assert.match(none, /^Set apiVersion to an ODCS version such as v3\.2\.0/, text);
      assert.doesNotMatch(none, /migrate/, text);
    }
  });

  it('means leave out contracts without a score; owners who left are counted once per person', () => {
    const [scored] = records(head('orders', ['domain: sales', '']));
    const [broken] = records('apiVersion: v3.0.2\nkind: DataContract\n  id: x\n : : ]]\n\t- a\n');
    assert.ok(broken.unscored !== undefined && scored.unscored === undefined);
    assert.ok(broken.errors > 0);
    const figures = figuresOf([scored, broken]);
    assert.equal(figures.contracts, 2);
    assert.equal(figures.unscored, 1);
    assert.equal(figures.meanScore, scored.score);
    assert.equal(figures.errors, scored.errors + broken.errors);
    const left = (file: string, who: string[]) => ({ ...scored, file, ownersWhoLeft: who });
    assert.equal(figuresOf([left('a', ['Ada']), left('b', ['ada', 'bo'])]).ownersWhoLeft, 2);
    assert.deepEqual(
      groupFigures([broken, scored], 'domain').map((g) => [g.group, g.contracts]),
      [
        ['sales', 1],
        ['(none)', 1],
      ],
    );
  });
});
