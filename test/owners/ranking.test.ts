import assert from 'node:assert/strict';
import {
  buildSnapshot,
  contractRecordFromValue,
  describePerson,
  isKnownPerson,
  parseCodeowners,
  parseDataHubJson,
  parsePeopleDirectory,
  personStatus,
  FEATURES,
  OWNER_ROLES,
  rankCandidates,
  scoreCandidates,
  suggestOwners,
  suggestTeams,
  type ParseOutput,
} from '../../src/engine/owners';
import { fixture } from './fixtures';

function contract(
  domain: string | undefined,
  members: { username: string; role: string; dateOut?: string }[],
  teamName?: string,
) {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'x',
    version: '1.0.0',
    status: 'active',
    domain,
    team: { name: teamName, members },
  };
}

const owner = (username: string) => ({ username, role: 'Data Owner' });
const custodian = (username: string) => ({ username, role: 'Data Custodian' });

function git(path: string, authors: [string, number, string][]): ParseOutput {
  return {
    records: [
      {
        kind: 'git',
        path,
        authors: authors.map(([email, commits, lastCommit]) => ({ email, name: email, commits, lastCommit })),
        source: 'git',
      },
    ],
    warnings: [],
  };
}

const workspace: ParseOutput[] = [
  contractRecordFromValue(
    contract('prisons', [owner('amina.khan'), custodian('li.wei')], 'prisons-data'),
    'contracts/hmpps/prisons/a.yaml',
  ),
  contractRecordFromValue(contract('prisons', [owner('amina.khan')]), 'contracts/hmpps/prisons/b.yaml'),
  contractRecordFromValue(contract('prisons', [owner('old.owner')]), 'contracts/hmpps/prisons/c.yaml'),
  contractRecordFromValue(contract('prisons', [owner('ben.ode')]), 'contracts/hmpps/other/d.yaml'),
  contractRecordFromValue(contract('probation', [owner('sam.cole')]), 'contracts/hmpps/probation/e.yaml'),
  parsePeopleDirectory(fixture('people.yaml'), 'people.yaml'),
  parseCodeowners('/contracts/hmpps/ @moj/prisons-data\n', 'CODEOWNERS'),
  git('contracts/hmpps/prisons/new.yaml', [
    ['li.wei@justice.gov.uk', 3, '2026-01-10'],
    ['tom.reed@justice.gov.uk', 1, '2025-12-01'],
  ]),
  git('contracts/hmpps/probation/e.yaml', [['dev.only@justice.gov.uk', 9, '2026-01-10']]),
];
const snapshot = buildSnapshot(workspace);
const subject = { path: 'contracts/hmpps/prisons/new.yaml', value: contract('prisons', []) };

describe('suggestOwners', () => {
  it('ranks the folder and domain majority first for Data Owner, with checkable evidence', () => {
    const [top] = suggestOwners(snapshot, subject, 'Data Owner');
    assert.equal(top.id, 'amina.khan');
    assert.equal(top.name, 'Amina Khan');
    assert.equal(top.kind, 'person');
    assert.ok(top.score > 0.5 && top.score <= 1, String(top.score));
    assert.ok(
      top.evidence.includes("Data Owner of 2 of 3 other contracts in folder 'contracts/hmpps/prisons'"),
      top.evidence.join('\n'),
    );
    assert.ok(top.evidence.includes("Data Owner of 2 of 4 other contracts in domain 'prisons'"));
  });

  it('never suggests someone who has left', () => {
    const ids = suggestOwners(snapshot, subject, 'Data Owner').map((c) => c.id);
    assert.ok(!ids.includes('old.owner'));
    assert.ok(ids.includes('ben.ode'));
  });

  it('suggests custodians from git and CODEOWNERS', () => {
    const custodians = suggestOwners(snapshot, subject, 'Data Custodian');
    assert.equal(custodians[0].id, 'li.wei');
    assert.ok(
      custodians[0].evidence.includes('made 3 of 4 commits to this file (last on 2026-01-10)'),
      custodians[0].evidence.join('\n'),
    );
    const team = custodians.find((c) => c.kind === 'team')!;
    assert.equal(team.id, 'prisons-data');
    assert.deepEqual(team.evidence, [
      "CODEOWNERS (line 1, '/contracts/hmpps/') assigns this file to @moj/prisons-data",
    ]);
  });

  it('does not make a Data Owner out of git or CODEOWNERS evidence alone', () => {
    // Its own id: sharing the id of the other contracts would make them the same dataset (siblings).
    const lonely = {
      path: 'contracts/hmpps/probation/e.yaml',
      value: { ...contract('unknown-domain', []), id: 'lonely' },
    };
    const owners = suggestOwners(snapshot, { ...lonely, path: 'elsewhere/e.yaml' }, 'Data Owner');
    assert.deepEqual(owners, []);
    const custodians = suggestOwners(snapshot, lonely, 'Data Custodian');
    assert.equal(custodians[0].id, 'dev.only@justice.gov.uk');
    assert.deepEqual(
      suggestOwners(snapshot, lonely, 'Data Owner')
        .map((c) => c.id)
        .includes('dev.only@justice.gov.uk'),
      false,
    );
  });

  it("ignores the subject contract's own record (leave-one-out)", () => {
    const alone = buildSnapshot([contractRecordFromValue(contract('solo', [owner('x.y')]), 'solo/only.yaml')]);
    assert.deepEqual(suggestOwners(alone, { path: 'solo/only.yaml', value: contract('solo', []) }, 'Data Owner'), []);
    assert.equal(
      suggestOwners(alone, { path: 'solo/second.yaml', value: contract('solo', []) }, 'Data Owner')[0].id,
      'x.y',
    );
  });

  it('abstains below the confidence threshold and honours top', () => {
    assert.deepEqual(suggestOwners(snapshot, subject, 'Data Owner', { minScore: 0.99 }), []);
    assert.equal(suggestOwners(snapshot, subject, 'Data Owner', { top: 1 }).length, 1);
  });

  it('uses the same dataset in DataHub as strong evidence', () => {
    const withDataHub = buildSnapshot([
      ...workspace,
      parseDataHubJson(fixture('custodian_ownership_mcp.json'), 'dh.json'),
    ]);
    const value = {
      ...contract(undefined, []),
      schema: [{ name: 'prison_population', physicalName: 'prisons.prison_population' }],
    };
    const [top] = suggestOwners(withDataHub, { path: 'new/x.yaml', value }, 'Data Owner');
    assert.equal(top.id, 'amina.khan');
    assert.match(top.evidence[0], /^Data Owner of DataHub dataset 'prisons\.prison_population'/);
  });

  it('weighs the same dataset in DataHub as a sibling contract: the model has no separate weight for it', () => {
    const withDataHub = buildSnapshot([
      ...workspace,
      parseDataHubJson(fixture('custodian_ownership_mcp.json'), 'dh.json'),
    ]);
    const value = {
      ...contract(undefined, []),
      schema: [{ name: 'prison_population', physicalName: 'prisons.prison_population' }],
    };
    // A model that believes sibling evidence only.
    const weights = FEATURES.map((f) => (f === 'sibling' ? 8 : 0));
    const model = {
      roles: Object.fromEntries(OWNER_ROLES.map((role) => [role, { weights, none: 0 }])) as never,
      fittedOn: [],
    };
    const ranked = rankCandidates(withDataHub, { path: 'new/x.yaml', value }, 'Data Owner');
    const [top] = scoreCandidates(ranked, model);
    assert.equal(top.id, 'amina.khan');
    assert.ok(top.score > 0.9, `score ${top.score}`);
  });
});

describe('suggestOwners: related contracts', () => {
  const repo = (r: string) => [{ property: 'sourceRepository', value: r }];
  const withRepo = (id: string, r: string, members: { username: string; role: string }[]) => ({
    ...contract(undefined, members),
    id,
    customProperties: repo(r),
  });
  const gitFile = (path: string, createdBy: string, authors: [string, number][]): ParseOutput => ({
    records: [
      {
        kind: 'git',
        path,
        createdBy,
        authors: authors.map(([email, commits]) => ({ email, name: email, commits, lastCommit: '2026-01-10' })),
        source: `git:${path}`,
      },
    ],
    warnings: [],
  });
  const related = buildSnapshot([
    contractRecordFromValue(withRepo('app', 'org/orders', [owner('team-orders')]), 'components/orders-app.yaml'),
    contractRecordFromValue(withRepo('other', 'org/other', [owner('team-big')]), 'charts/other.yaml'),
    contractRecordFromValue(withRepo('other2', 'org/other2', [owner('team-big')]), 'charts/other2.yaml'),
    contractRecordFromValue({ ...contract(undefined, [owner('kim@example.org')]), id: 'p1' }, 'pipelines/one.yaml'),
    contractRecordFromValue({ ...contract(undefined, [owner('kim@example.org')]), id: 'p2' }, 'pipelines/two.yaml'),
    contractRecordFromValue({ ...contract(undefined, [owner('lee@example.org')]), id: 'p3' }, 'pipelines/three.yaml'),
    gitFile('pipelines/one.yaml', 'dev@git.example', [['dev@git.example', 3]]),
    gitFile('pipelines/two.yaml', 'dev@git.example', [['dev@git.example', 2]]),
    gitFile('pipelines/three.yaml', 'other@git.example', [['other@git.example', 2]]),
    gitFile('pipelines/new.yaml', 'dev@git.example', [['dev@git.example', 1]]),
  ]);

  it('takes the owner of a sibling: the same source repository in another folder', () => {
    const [top] = suggestOwners(
      related,
      { path: 'charts/orders.yaml', value: withRepo('chart', 'org/orders', []) },
      'Data Owner',
    );
    assert.equal(top.id, 'team-orders');
    assert.match(
      top.evidence[0],
      /^Data Owner of contract 'app' in folder 'components', which has this contract's source repository 'org\/orders'$/,
    );
  });

  it('takes who owns contracts whose names share a word', () => {
    const named = buildSnapshot([
      contractRecordFromValue(
        { ...contract(undefined, [owner('team-atlas')]), id: 'node-exporter' },
        'components/node-exporter.yaml',
      ),
      contractRecordFromValue(
        { ...contract(undefined, [owner('team-atlas')]), id: 'cert-exporter' },
        'components/cert-exporter.yaml',
      ),
      contractRecordFromValue(
        { ...contract(undefined, [owner('team-phoenix')]), id: 'aws-operator' },
        'components/aws-operator.yaml',
      ),
      contractRecordFromValue(
        { ...contract(undefined, [owner('team-phoenix')]), id: 'azure-operator' },
        'components/azure-operator.yaml',
      ),
      contractRecordFromValue(
        { ...contract(undefined, [owner('team-phoenix')]), id: 'dns-operator' },
        'components/dns-operator.yaml',
      ),
    ]);
    const [top] = suggestOwners(
      named,
      { path: 'components/kafka-exporter.yaml', value: { ...contract(undefined, []), id: 'kafka-exporter' } },
      'Data Owner',
    );
    assert.equal(top.id, 'team-atlas');
    assert.ok(
      top.evidence.includes("Data Owner of 2 of 2 other contracts whose name has the word 'exporter'"),
      top.evidence.join('\n'),
    );
  });

  it('takes who owns the other contracts the same committers maintain', () => {
    const [top] = suggestOwners(
      related,
      { path: 'pipelines/new.yaml', value: { ...contract(undefined, []), id: 'p4' } },
      'Data Owner',
    );
    assert.equal(top.id, 'kim@example.org');
    assert.ok(
      top.evidence.some((e) => /^Data Owner of 2 of 2 other contracts that dev@git\.example also changed/.test(e)),
      top.evidence.join('\n'),
    );
  });
});

describe('suggestTeams', () => {
  it('suggests the team.name other contracts in the folder use, and the CODEOWNERS team', () => {
    const teams = suggestTeams(snapshot, subject);
    assert.deepEqual(
      teams.map((t) => t.id),
      ['prisons-data'],
    );
    assert.deepEqual(teams[0].evidence, [
      "named by 1 of 1 other contracts in folder 'contracts/hmpps/prisons'",
      "named by 1 of 1 other contracts in domain 'prisons'",
      'CODEOWNERS (line 1) assigns this file to @moj/prisons-data',
    ]);
  });
});

describe('people in the catalogue', () => {
  it('reports who has left and who is unknown', () => {
    assert.equal(personStatus(snapshot, 'old.owner'), 'left');
    assert.equal(personStatus(snapshot, 'olive.older@justice.gov.uk'), 'left');
    assert.equal(personStatus(snapshot, 'amina.khan'), 'active');
    assert.equal(personStatus(snapshot, 'ben.ode'), 'unknown');
    assert.equal(isKnownPerson(snapshot, 'ben.ode'), true);
    assert.equal(isKnownPerson(snapshot, 'nobody.here'), false);
  });

  it('describes a person for the hover: title, team, status and what they own', () => {
    const text = describePerson(snapshot, 'amina.khan')!;
    assert.match(text, /\*\*Amina Khan\*\* — Deputy Director/);
    assert.match(text, /team 'prisons-data'/);
    assert.match(text, /Data Owner of 2 assets: contract 'x', contract 'x'/);
    assert.match(describePerson(snapshot, 'old.owner')!, /has left/);
    assert.equal(describePerson(snapshot, 'nobody.here'), undefined);
  });
});
