import assert from 'node:assert/strict';
import {
  buildSnapshot,
  parseBackstageYaml,
  parseCodeowners,
  parseDataHubJson,
  parsePeopleDirectory,
  codeownersFor,
  patternMatcher,
  type AssetRecord,
  type PersonRecord,
} from '../../src/engine/owners';
import { fixture } from './fixtures';

const assets = (records: { kind: string }[]) => records.filter((r): r is AssetRecord => r.kind === 'asset');
const people = (records: { kind: string }[]) => records.filter((r): r is PersonRecord => r.kind === 'person');

describe('DataHub metadata files', () => {
  it('reads MCE users with their display name, email and status, and dataset owners', () => {
    const out = parseDataHubJson(fixture('bootstrap_mce.json'), 'bootstrap_mce.json');
    assert.deepEqual(out.warnings, []);
    const jdoe = people(out.records).find((p) => p.id === 'jdoe')!;
    assert.equal(jdoe.name, 'John Doe');
    assert.equal(jdoe.email, 'jdoe@linkedin.com');
    const snapshot = buildSnapshot([out]);
    const kafka = snapshot.assets.find((a) => a.label.includes('SampleKafkaDataset'))!;
    assert.deepEqual(
      kafka.owners.map((o) => `${o.id}:${o.role}`),
      ['jdoe:Data Owner', 'datahub:Data Owner'],
    );
    assert.ok(kafka.names.includes('samplekafkadataset'));
    assert.equal(snapshot.people.get('datahub')?.status, 'active');
  });

  it('maps custom ownership types such as data_custodian, corpGroup owners and domain names', () => {
    const snapshot = buildSnapshot([
      parseDataHubJson(fixture('custodian_ownership_mcp.json'), 'custodian_ownership_mcp.json'),
      parseDataHubJson(fixture('moj_ownership_types.json'), 'moj_ownership_types.json'),
    ]);
    const asset = snapshot.assets[0];
    assert.equal(asset.domain, 'Prisons');
    assert.deepEqual(
      asset.owners.map((o) => `${o.kind}:${o.id}:${o.role}`),
      ['person:amina.khan:Data Owner', 'team:prisons-data:Data Custodian', 'person:tom.reed:Data Steward'],
    );
    assert.equal(snapshot.people.get('amina.khan')?.name, 'Amina Khan');
  });

  it('reads MCP files from Find MoJ Data (domain on a container, TECHNICAL_OWNER as custodian)', () => {
    const snapshot = buildSnapshot([parseDataHubJson(fixture('moj_upsert_table_and_database.json'), 'x.json')]);
    const container = snapshot.assets.find((a) => a.key === 'urn:li:container:my_database')!;
    assert.equal(container.domain, 'LAA');
    assert.equal(container.owners[0].role, 'Data Custodian');
  });

  it('reads MoJ data product metadata: the owner is accountable, the email resolves to the person', () => {
    const snapshot = buildSnapshot([
      parseDataHubJson(fixture('moj_court_timeliness_metadata.json'), 'metadata.json'),
      parsePeopleDirectory(
        'id,name,email,active\nmatthew.laverty,Matt Laverty,matthew.laverty@justice.gov.uk,true\n',
        'people.csv',
      ),
    ]);
    const product = snapshot.assets[0];
    assert.equal(product.label, "data product 'court_timeliness'");
    assert.equal(product.domain, 'MoJ');
    assert.deepEqual(product.owners, [{ id: 'matthew.laverty', kind: 'person', role: 'Data Owner' }]);
    assert.ok(product.names.includes('civil_court_timeliness'));
  });

  it('reads the demo owners extract and the domain file', () => {
    const extract = parseDataHubJson(fixture('demo_data_datasets_owners_extract.json'), 'extract.json');
    const owned = assets(extract.records).filter((a) => a.owners.length > 0);
    assert.equal(owned.length, 46);
    const domains = buildSnapshot([parseDataHubJson(fixture('test_domains.json'), 'test_domains.json')]);
    assert.equal(domains.assets[0].domain, 'Sales');
  });

  it('gives one warning with file and line for a corrupt file', () => {
    const out = parseDataHubJson(fixture('corrupt_mcp.json'), 'corrupt_mcp.json');
    assert.equal(out.records.length, 0);
    assert.equal(out.warnings.length, 1);
    assert.equal(out.warnings[0].file, 'corrupt_mcp.json');
    assert.equal(out.warnings[0].line, 7);
    assert.match(out.warnings[0].message, /not valid JSON/);
  });
});

describe('Backstage catalog-info.yaml', () => {
  it('reads groups with parent and members, users, and entities with spec.owner', () => {
    const snapshot = buildSnapshot([parseBackstageYaml(fixture('catalog-info.yaml'), 'catalog-info.yaml')]);
    const team = snapshot.teams.get('prisons-data')!;
    assert.equal(team.name, 'Prisons Data');
    assert.equal(team.parent, 'hmpps-data');
    assert.deepEqual(team.members.sort(), ['amina.khan', 'tom.reed']);
    assert.equal(snapshot.people.get('tom.reed')?.email, 'tom.reed@justice.gov.uk');
    const component = snapshot.assets.find((a) => a.label === "Backstage component 'prison-population'")!;
    assert.deepEqual(component.owners, [{ id: 'prisons-data', kind: 'team', role: 'Data Owner' }]);
  });

  it('warns with the line of a broken document and keeps the others', () => {
    const text = `${fixture('catalog-info.yaml')}---\nkind: User\nmetadata: [unclosed\n`;
    const out = parseBackstageYaml(text, 'catalog-info.yaml');
    assert.equal(out.warnings.length, 1);
    const brokenDocStart = text.split('\n').indexOf('kind: User', 40) + 1;
    assert.ok(out.warnings[0].line >= brokenDocStart, `line ${out.warnings[0].line}`);
    assert.equal(people(out.records).length, 1);
  });
});

describe('CODEOWNERS', () => {
  const out = parseCodeowners(fixture('CODEOWNERS'), 'CODEOWNERS');
  const rules = buildSnapshot([out]).codeowners;

  it('applies the last matching pattern (GitHub semantics)', () => {
    assert.deepEqual(codeownersFor(rules, 'contracts/hmpps/prisons/a.yaml')?.owners, ['@moj/prisons-data']);
    assert.deepEqual(codeownersFor(rules, 'contracts/hmpps/probation/b.yaml')?.owners, [
      '@sam.cole',
      'probation.analysts@justice.gov.uk',
    ]);
    assert.deepEqual(codeownersFor(rules, 'contracts/laa/c.yaml')?.owners, ['@moj/data-platform']);
    assert.deepEqual(codeownersFor(rules, 'contracts/scratch/d.yaml')?.owners, []);
  });

  // Examples from GitHub's CODEOWNERS documentation.
  for (const [pattern, yes, no] of [
    ['*.js', ['a.js', 'src/deep/b.js'], ['a.ts']],
    ['/build/logs/', ['build/logs/x.log', 'build/logs/deep/y.log'], ['src/build/logs/x.log']],
    ['docs/*', ['docs/getting-started.md'], ['docs/build-app/troubleshooting.md']],
    ['apps/', ['apps/a.yaml', 'src/apps/b/c.yaml'], ['apps.yaml']],
    ['/docs/', ['docs/a.md', 'docs/x/y.md'], ['src/docs/a.md']],
    ['**/logs', ['logs/a', 'deep/logs/a', 'build/logs/b/c'], ['logsx/a']],
    ['/contracts/hmpps/', ['contracts/hmpps/a.yaml'], ['contracts/hmppsx/a.yaml']],
  ] as const) {
    it(`matches '${pattern}' as GitHub does`, () => {
      const re = patternMatcher(pattern);
      assert.ok('test' in re, `${pattern} compiles`);
      for (const p of yes) assert.ok(re.test(p), `${pattern} should match ${p}`);
      for (const p of no) assert.ok(!re.test(p), `${pattern} should not match ${p}`);
    });
  }

  it('warns about an owner that is not a user, team or email, naming the line', () => {
    assert.deepEqual(
      out.warnings.map((w) => [w.line, w.message]),
      [[10, "'not-an-owner' is not a @user, @org/team or email; ignored"]],
    );
  });

  // CODEOWNERS is untrusted input: a pull request can add any line to it.
  it('matches a pattern with many **/ in linear time', () => {
    // A backtracking matcher takes seconds here, and grows with the power of the number of '**/'.
    const hostileRules = buildSnapshot([parseCodeowners(`${'**/'.repeat(8)}x @org/x\n`)]).codeowners;
    const started = performance.now();
    assert.equal(codeownersFor(hostileRules, `${'a/'.repeat(30)}y`), undefined);
    assert.deepEqual(codeownersFor(hostileRules, `${'a/'.repeat(30)}x/c.yaml`)?.owners, ['@org/x']);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('warns about a pattern it cannot read, for that line only, and applies the other lines', () => {
    const broken = parseCodeowners('* @org/all\na/[z-a]* @org/a\nb/[x @org/b\ncontracts/ @org/contracts\n');
    assert.deepEqual(
      broken.warnings.map((w) => [w.line, w.message]),
      [[2, "'a/[z-a]*' is not a pattern CODEOWNERS can match (invalid character class range); line ignored"]],
    );
    const brokenRules = buildSnapshot([broken]).codeowners;
    assert.deepEqual(codeownersFor(brokenRules, 'a/zz.yaml')?.owners, ['@org/all']);
    assert.deepEqual(codeownersFor(brokenRules, 'b/[x')?.owners, ['@org/b']);
    assert.deepEqual(codeownersFor(brokenRules, 'contracts/c.yaml')?.owners, ['@org/contracts']);
  });
});

describe('people directory', () => {
  it('reads YAML and tells who has left', () => {
    const out = parsePeopleDirectory(fixture('people.yaml'), 'people.yaml');
    const snapshot = buildSnapshot([out]);
    assert.equal(snapshot.people.get('old.owner')?.status, 'left');
    assert.equal(snapshot.people.get('tom.reed')?.status, 'active');
    assert.equal(snapshot.people.get('amina.khan')?.title, 'Deputy Director');
    assert.deepEqual(out.warnings, [{ file: 'people.yaml', line: 26, message: 'row has no id or email; skipped' }]);
  });

  it('follows YAML anchors and aliases, and warns about an unresolved alias', () => {
    const out = parsePeopleDirectory(
      '- &amina {id: amina.khan, active: true}\n- *amina\n- {id: tom.reed, team: *nobody}\n',
      'people.yaml',
    );
    assert.deepEqual(out.records, []);
    assert.match(out.warnings[0].message, /^not valid YAML: Unresolved alias/);
    const ok = parsePeopleDirectory(
      'defaults: &d {active: false}\npeople:\n  - {id: old.owner, <<: *d}\n',
      'people.yaml',
    );
    assert.deepEqual([ok.warnings.length, ok.records.length], [0, 1]);
  });

  it('reads CSV with quoted fields and warns about a short row by line', () => {
    const out = parsePeopleDirectory(fixture('people.csv'), 'people.csv');
    assert.equal(people(out.records).find((p) => p.id === 'tom.reed')?.name, 'Reed, Tom');
    assert.equal(people(out.records).find((p) => p.id === 'old.owner')?.active, false);
    assert.deepEqual(out.warnings, [
      { file: 'people.csv', line: 5, message: 'expected 6 columns, found 2; row skipped' },
    ]);
  });
});
