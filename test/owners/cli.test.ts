import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prisonsContract, runOwners } from './support/owners-cli';
import { fixture } from './fixtures';
import { GitRepo } from './support/git-repo';

const run = runOwners;
const contract = prisonsContract;

describe('dclens owners suggest', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dclens-owners-cli-'));
    const repo = new GitRepo(root);
    for (const id of ['a', 'b', 'c'])
      repo.write(`contracts/prisons/${id}.odcs.yaml`, contract(id, [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write('contracts/prisons/new.odcs.yaml', contract('new', []));
    repo.write('people.yaml', fixture('people.yaml'));
    repo.write(
      '.dclens.yaml',
      stringify({
        catalogue: {
          sources: [
            { type: 'contracts', path: 'contracts' },
            { type: 'people', path: 'people.yaml' },
          ],
        },
      }),
    );
    repo.write('not-a-contract.yaml', 'hello: world\n');
    repo.commit({ name: 'Li Wei', email: 'li.wei@justice.gov.uk' }, '2025-01-01', ['.'], 'init');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints the JSON shape for every role, with ids, names, scores and evidence', async () => {
    const { code, stdout, stderr } = await run(
      ['suggest', 'contracts/prisons/new.odcs.yaml', '--format', 'json'],
      root,
    );
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.file, 'contracts/prisons/new.odcs.yaml');
    assert.deepEqual(
      report.suggestions.map((s: { role: string }) => s.role),
      ['Data Owner', 'Data Steward', 'Data Custodian'],
    );
    const top = report.suggestions[0].candidates[0];
    assert.deepEqual(Object.keys(top), ['id', 'name', 'score', 'evidence']);
    assert.equal(top.id, 'amina.khan');
    assert.equal(top.name, 'Amina Khan');
    assert.ok(top.evidence.includes("Data Owner of 3 of 3 other contracts in domain 'prisons'"));
    assert.match(stderr, /people\.yaml:26: row has no id or email/);
  });

  it('limits to one role and N candidates, and prints readable text by default', async () => {
    const { code, stdout } = await run(
      ['suggest', join(root, 'contracts/prisons/new.odcs.yaml'), '--role', 'owner', '--top', '1'],
      join(root, 'contracts'),
    );
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^prisons\/new\.odcs\.yaml\n {2}Data Owner\n {4}1\. Amina Khan \(amina\.khan\) {2}score 0\.\d\d\n/,
    );
    assert.doesNotMatch(stdout, /Data Steward/);
  });

  for (const [args, reason] of [
    [['suggest'], /missing FILE/],
    [['suggest', 'contracts/prisons/new.odcs.yaml', '--role', 'boss'], /--role must be one of/],
    [['suggest', 'contracts/prisons/new.odcs.yaml', '--top', '0'], /--top must be/],
    [['suggest', 'contracts/prisons/new.odcs.yaml', '--format', 'xml'], /--format must be one of/],
    [['suggest', 'not-a-contract.yaml'], /not an ODCS data contract/],
    [['suggest', 'nope.yaml'], /cannot read nope\.yaml/],
    [['list'], /unknown owners sub-command 'list'/],
  ] as const) {
    it(`exits 2 with one line for: ${args.join(' ')}`, async () => {
      const { code, stdout, stderr } = await run([...args], root);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, reason);
      assert.equal(stderr.trim().split('\n').length, 1);
    });
  }
});
