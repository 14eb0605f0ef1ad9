// Evidence from team membership and from the git history of sibling contracts, as a user sees it in suggestions.
import assert from 'node:assert/strict';
import {
  buildSnapshot,
  contractRecordFromValue,
  parseBackstageYaml,
  parsePeopleDirectory,
  rankCandidates,
  suggestOwners,
  type ParseOutput,
} from '../../src/engine/owners';

const contract = (
  id: string,
  repository: string,
  members: { username: string; role: string }[],
  teamName?: string,
) => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id,
  version: '1.0.0',
  status: 'active',
  team: { name: teamName, members },
  customProperties: [{ property: 'sourceRepository', value: repository }],
});
const people = parsePeopleDirectory(
  [
    'people:',
    '  - {id: kim.lee, name: Kim Lee, email: kim.lee@example.org, team: team-orders}',
    '  - {id: sam.roy, name: Sam Roy, email: sam.roy@example.org, team: team-orders}',
    '  - {id: old.hand, name: Old Hand, email: old.hand@example.org, team: team-orders, active: false}',
    '  - {id: ann.ray, name: Ann Ray, email: ann.ray@example.org, team: billing-data}',
  ].join('\n'),
  'people.yaml',
);
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

describe('suggestOwners: team membership and sibling history', () => {
  const snapshot = buildSnapshot([
    people,
    contractRecordFromValue(
      contract('orders-app', 'org/orders', [{ username: 'team-orders', role: 'Data Owner' }]),
      'components/orders-app.yaml',
    ),
    contractRecordFromValue(
      contract('billing-app', 'org/billing', [{ username: 'team-billing', role: 'Data Owner' }]),
      'components/billing-app.yaml',
    ),
    gitFile('components/orders-app.yaml', 'sam.roy@example.org', [
      ['sam.roy@example.org', 4],
      ['ann.ray@example.org', 1],
    ]),
  ]);
  const chart = { path: 'charts/orders.yaml', value: contract('orders-chart', 'org/orders', []) };
  const withBackstage = buildSnapshot([
    people,
    parseBackstageYaml(
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders-chart\nspec:\n  type: service\n  owner: group:team-orders\n',
      'catalog-info.yaml',
    ),
  ]);

  it('puts forward the members of the team that owns the same component in Backstage, naming the team', () => {
    const candidates = suggestOwners(withBackstage, chart, 'Data Owner', { top: 5 });
    assert.equal(candidates[0].id, 'team-orders');
    const kim = candidates.find((c) => c.id === 'kim.lee');
    assert.ok(kim, candidates.map((c) => c.id).join(', '));
    assert.match(
      kim.evidence[0],
      /^member of team 'team-orders', which is Data Owner of .*'orders-chart', which has this contract's name$/,
    );
    assert.ok(!candidates.some((c) => c.id === 'ann.ray'), 'a member of another team is not put forward');
  });

  it('never puts forward a team member who has left', () => {
    const ids = rankCandidates(withBackstage, chart, 'Data Owner').map((c) => c.id);
    assert.ok(ids.includes('kim.lee'));
    assert.ok(!ids.includes('old.hand'));
  });

  it('suggests who committed to a sibling contract as its custodian, saying which contract', () => {
    const [top] = suggestOwners(snapshot, chart, 'Data Custodian');
    assert.equal(top.id, 'sam.roy');
    assert.ok(
      top.evidence.includes(
        "made 4 of 5 commits to contract 'orders-app' in folder 'components' (and its first), which has this contract's source repository 'org/orders'",
      ),
      top.evidence.join('\n'),
    );
  });

  it('puts forward the members of the team the contract names', () => {
    const named = { path: 'charts/new.yaml', value: contract('new', 'org/new', [], 'billing-data') };
    const ann = rankCandidates(snapshot, named, 'Data Steward').find((c) => c.id === 'ann.ray');
    assert.ok(ann);
    assert.deepEqual(
      ann.votes.map((v) => v.evidence),
      ["member of team 'billing-data', the team this contract names"],
    );
  });

  it('puts forward the members of the team the contract names when other contracts list that team as a member', () => {
    // orders-app lists `username: team-orders`, so the id is also a member's; the directory knows it as a team.
    const named = { path: 'charts/new.yaml', value: contract('new', 'org/new', [], 'team-orders') };
    const ids = rankCandidates(snapshot, named, 'Data Steward')
      .filter((c) => c.votes.some((v) => v.evidence === "member of team 'team-orders', the team this contract names"))
      .map((c) => c.id)
      .sort();
    assert.deepEqual(ids, ['kim.lee', 'sam.roy']);
  });
});
