// `dclens migrate` through the built CLI: the contract on stdout, the summary of what moved on stderr, --output and
// --write, and a clear line with exit 2 for what cannot be migrated.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildCli, REPO, runCli } from './run-cli';

describe('dclens migrate (child process)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    buildCli();
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-migrate-'));
    copyFileSync(
      path.join(REPO, 'test/fixtures/dcs/orders-latest.datacontract.yaml'),
      path.join(dir, 'orders.datacontract.yaml'),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the ODCS contract and lists on stderr what went under customProperties', () => {
    const run = runCli(['migrate', 'orders.datacontract.yaml', '--to', 'v3.1.0'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(parse(run.stdout).apiVersion, 'v3.1.0');
    assert.match(
      run.stderr,
      /^Migrated orders\.datacontract\.yaml from Data Contract Specification 1\.2\.0 to ODCS v3\.1\.0\.\n/,
    );
    assert.match(
      run.stderr,
      /Kept under customProperties.*\n(  - .*\n)*  - terms\.billing → customProperties 'billing'\n/,
    );
    assert.doesNotMatch(run.stderr, /errors? to fix by hand/);
  });

  it('writes to --output, keeps an existing file unless --force, and --write replaces the original', () => {
    assert.equal(runCli(['migrate', 'orders.datacontract.yaml', '-o', 'orders.odcs.yaml'], dir).code, 0);
    assert.equal(parse(readFileSync(path.join(dir, 'orders.odcs.yaml'), 'utf8')).apiVersion, 'v3.2.0');
    const again = runCli(['migrate', 'orders.datacontract.yaml', '-o', 'orders.odcs.yaml'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /orders\.odcs\.yaml already exists: .*--force/);
    assert.equal(runCli(['migrate', 'orders.datacontract.yaml', '-o', 'orders.odcs.yaml', '--force'], dir).code, 0);

    writeFileSync(
      path.join(dir, 'old.yaml'),
      'apiVersion: v3.0.2\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: draft\n# kept\n',
    );
    assert.equal(runCli(['migrate', 'old.yaml', '--write', '--to', 'v3.1.0'], dir).code, 0);
    assert.equal(
      readFileSync(path.join(dir, 'old.yaml'), 'utf8'),
      'apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: draft\n# kept\n',
    );
  });

  it('says in one line why a file cannot be migrated, with exit 2', () => {
    writeFileSync(path.join(dir, 'plain.yaml'), 'name: not a contract\n');
    const plain = runCli(['migrate', 'plain.yaml'], dir);
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /plain\.yaml: the file is not a Data Contract Specification or ODCS contract/);
    const version = runCli(['migrate', 'orders.datacontract.yaml', '--to', 'v4'], dir);
    assert.equal(version.code, 2);
    assert.match(version.stderr, /--to must be v3\.1\.0 or v3\.2\.0/);
    const both = runCli(['migrate', 'orders.datacontract.yaml', '-o', 'x.yaml', '--write'], dir);
    assert.equal(both.code, 2);
    assert.ok(!existsSync(path.join(dir, 'x.yaml')));
  });
});
