// `dclens owners` through the built bundle, as users run it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildCli, runCli } from '../cli/run-cli';
import { GitRepo } from './support/git-repo';

describe('dclens owners (child process)', () => {
  let root: string;
  before(function () {
    this.timeout(60000);
    buildCli();
    root = mkdtempSync(join(tmpdir(), 'dclens-owners-process-'));
    const repo = new GitRepo(root);
    const contract = (id: string, members: object[]) =>
      stringify({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id,
        version: '1.0.0',
        status: 'active',
        domain: 'prisons',
        team: { members },
      });
    repo.write(
      'prisons/a.odcs.yaml',
      contract('a', [{ username: 'amina.khan', name: 'Amina Khan', role: 'Data Owner' }]),
    );
    repo.write(
      'prisons/b.odcs.yaml',
      contract('b', [
        { username: 'amina.khan', role: 'Data Owner' },
        { username: 'li.wei', role: 'Data Custodian' },
      ]),
    );
    repo.write('prisons/new.odcs.yaml', contract('new', []));
    repo.write('CODEOWNERS', '/prisons/ @li.wei\n');
    repo.commit({ name: 'Li Wei', email: 'li.wei@justice.gov.uk' }, '2026-01-05', ['.'], 'Add prison contracts');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('suggests from the default sources (contracts, CODEOWNERS, git) and prints the JSON shape', () => {
    const run = runCli(['owners', 'suggest', 'prisons/new.odcs.yaml', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.file, 'prisons/new.odcs.yaml');
    const [owner, , custodian] = report.suggestions;
    assert.equal(owner.candidates[0].id, 'amina.khan');
    assert.equal(owner.candidates[0].name, 'Amina Khan');
    assert.ok(
      !owner.candidates.some((c: { id: string }) => c.id === 'li.wei'),
      'git and CODEOWNERS alone do not make a Data Owner',
    );
    assert.equal(custodian.candidates[0].id, 'li.wei');
    assert.ok(
      custodian.candidates[0].evidence.includes("CODEOWNERS (line 1, '/prisons/') assigns this file to @li.wei"),
    );
  });

  it('run from a sub-folder without configuration, uses the whole git work tree', () => {
    const run = runCli(
      ['owners', 'suggest', 'new.odcs.yaml', '--role', 'Data Owner', '--format', 'json'],
      join(root, 'prisons'),
    );
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.file, 'new.odcs.yaml');
    assert.ok(
      report.suggestions[0].candidates[0].evidence.includes("Data Owner of 2 of 2 other contracts in folder 'prisons'"),
      run.stdout,
    );
  });

  it('exits 2 with one line on bad usage', () => {
    const run = runCli(['owners', 'suggest', 'prisons/new.odcs.yaml', '--top', 'many'], root);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^dclens owners: --top must be a whole number/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });
});
