// The report's record of a contract: who holds each role as the ownership rules read the team, and what counts.
import assert from 'node:assert/strict';
import { contractRecords, figuresOf, groupFigures, lintText, parseConfigText, resolveConfig } from '../../src/engine';

const TODAY = '2026-06-01';
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
