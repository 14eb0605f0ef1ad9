import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { suggestOwners } from '../../src/engine/owners';
import { loadCatalogue } from '../../src/node/catalogue';
import { fixture } from './fixtures';
import { GitRepo } from './support/git-repo';

const amina = { name: 'Amina Khan', email: 'amina.khan@justice.gov.uk' };
const li = { name: 'Li Wei', email: 'li.wei@justice.gov.uk' };

function contractText(id: string, domain: string, members: object[]): string {
  return stringify({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '1.0.0',
    status: 'active',
    domain,
    team: { name: 'prisons-data', members },
  });
}

describe('loadCatalogue (file system and git)', () => {
  let root: string;
  let repo: GitRepo;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dclens-catalogue-'));
    repo = new GitRepo(root);
    repo.write(
      'contracts/prisons/a.odcs.yaml',
      contractText('a', 'prisons', [{ username: 'amina.khan', role: 'Data Owner' }]),
    );
    repo.write(
      'contracts/prisons/b.odcs.yaml',
      contractText('b', 'prisons', [{ username: 'amina.khan', role: 'Data Owner' }]),
    );
    repo.write('contracts/prisons/new.odcs.yaml', contractText('new', 'prisons', []));
    repo.write('contracts/prisons/notes.yaml', 'just: a yaml file\n');
    repo.write('.github/CODEOWNERS', '/contracts/prisons/ @moj/prisons-data\n');
    repo.write('catalogue/people.yaml', fixture('people.yaml'));
    repo.write('catalogue/datahub/owners.json', fixture('custodian_ownership_mcp.json'));
    repo.write('catalogue/datahub/broken.json', fixture('corrupt_mcp.json'));
    repo.commit(amina, '2025-03-01', ['contracts', '.github', 'catalogue'], 'Add contracts');
    repo.write('contracts/prisons/new.odcs.yaml', contractText('new', 'prisons', []) + '# edited\n');
    repo.commit(li, '2025-06-01', ['contracts/prisons/new.odcs.yaml'], 'Edit new');
    repo.write('contracts/prisons/new.odcs.yaml', contractText('new', 'prisons', []) + '# edited twice\n');
    repo.commit(li, '2025-07-01', ['contracts/prisons/new.odcs.yaml'], 'Edit new again');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('loads the default sources: contracts, CODEOWNERS and git history', async () => {
    const catalogue = await loadCatalogue({ root });
    const snapshot = catalogue.snapshot();
    assert.deepEqual(snapshot.assets.map((a) => a.path).sort(), [
      'contracts/prisons/a.odcs.yaml',
      'contracts/prisons/b.odcs.yaml',
      'contracts/prisons/new.odcs.yaml',
    ]);
    assert.equal(snapshot.codeowners.length, 1);
    const stats = snapshot.git.get('contracts/prisons/new.odcs.yaml')!;
    assert.equal(stats.totalCommits, 3);
    assert.deepEqual(
      stats.authors.map((a) => [a.id, a.commits, a.lastCommit]),
      [
        ['li.wei@justice.gov.uk', 2, '2025-07-01'],
        ['amina.khan', 1, '2025-03-01'],
      ],
    );
    const subject = { path: 'contracts/prisons/new.odcs.yaml', value: { domain: 'prisons' } };
    assert.equal(suggestOwners(snapshot, subject, 'Data Owner')[0].id, 'amina.khan');
    const custodian = suggestOwners(snapshot, subject, 'Data Custodian').find((c) => c.id === 'li.wei@justice.gov.uk')!;
    assert.ok(custodian.evidence.includes('made 2 of 3 commits to this file (last on 2025-07-01)'));
    assert.equal(stats.createdBy, 'amina.khan');
    const creator = suggestOwners(snapshot, subject, 'Data Custodian').find((c) => c.id === 'amina.khan')!;
    assert.ok(creator.evidence.includes('made the first commit of this file'), creator.evidence.join('\n'));
  });

  it('reads configured sources, and a corrupt or missing one gives one warning while the rest work', async () => {
    const catalogue = await loadCatalogue({
      root,
      sources: [
        { type: 'contracts', path: 'contracts' },
        { type: 'people', path: 'catalogue/people.yaml' },
        { type: 'datahub', path: 'catalogue/datahub' },
        { type: 'backstage', path: 'catalogue/missing.yaml' },
      ],
    });
    const snapshot = catalogue.snapshot();
    assert.equal(snapshot.people.get('li.wei')?.status, 'active');
    assert.ok(snapshot.assets.some((a) => a.label === "DataHub dataset 'prisons.prison_population'"));
    const warnings = snapshot.sourceWarnings.map((w) => `${w.file}:${w.line}: ${w.message}`).sort();
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.match(warnings[0], /^catalogue\/datahub\/broken\.json:7: not valid JSON/);
    assert.equal(warnings[1], 'catalogue/missing.yaml:0: backstage source not found or not readable');
    assert.match(warnings[2], /^catalogue\/people\.yaml:26: row has no id/);
    assert.equal(snapshot.git.size, 0);
  });

  it('updates one changed, created or deleted file without reading the others again', async () => {
    const catalogue = await loadCatalogue({ root, sources: [{ type: 'contracts', path: 'contracts' }] });
    const filesRead = catalogue.fileCount;
    const before = catalogue.snapshot();
    repo.write(
      'contracts/prisons/c.odcs.yaml',
      contractText('c', 'prisons', [{ username: 'tom.reed', role: 'Data Steward' }]),
    );
    assert.equal(await catalogue.updateFile(join(root, 'contracts/prisons/c.odcs.yaml')), true);
    assert.equal(catalogue.fileCount, filesRead + 1);
    const after = catalogue.snapshot();
    assert.notEqual(after, before);
    assert.equal(after.assets.length, before.assets.length + 1);
    assert.equal(catalogue.snapshot(), after, 'no rebuild without a change');

    repo.remove('contracts/prisons/c.odcs.yaml');
    await catalogue.updateFile('contracts/prisons/c.odcs.yaml');
    assert.equal(catalogue.snapshot().assets.length, before.assets.length);
    assert.equal(await catalogue.updateFile('README.md'), false);
  });
});
