// "New data contract from data…" through the language server over stdio, as the VS Code command asks it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../cli/run-cli';
import { LspClient, uriOf } from './lsp-client';
import {
  NEW_CONTRACT_FROM_DATA,
  type NewContractFromDataParams,
  type NewContractFromDataResult,
} from '../../src/server/protocol';

const FIXTURE = path.join(REPO, 'test/fixtures/data');

describe('new contract from data in the language server', function () {
  this.timeout(120_000);
  let dir: string;
  let client: LspClient | undefined;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-new-from-data-'));
    mkdirSync(path.join(dir, 'data'));
    mkdirSync(path.join(dir, 'contracts'));
    copyFileSync(path.join(FIXTURE, 'fines.csv'), path.join(dir, 'data/fines.csv'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  const ask = (params: NewContractFromDataParams) =>
    client!.request<NewContractFromDataResult>(NEW_CONTRACT_FROM_DATA, params);

  it('answers with the inferred contract, its path relative to where it will be saved, and the notes', async () => {
    client = await LspClient.start({ root: dir });
    const result = await ask({
      uri: uriOf(path.join(dir, 'contracts/fines.odcs.yaml')),
      source: { kind: 'file', path: path.join(dir, 'data/fines.csv') },
    });
    assert.equal(result.problem, undefined);
    const contract = parse(result.text!);
    assert.equal(contract.apiVersion, 'v3.1.0');
    assert.deepEqual(contract.servers, [{ server: 'local', type: 'local', path: '../data/fines.csv', format: 'csv' }]);
    assert.equal(contract.schema[0].properties.length, 9);
    assert.match(result.notes.join('\n'), /Fill in what the data cannot tell/);
  });

  it('writes the version the settings ask for', async () => {
    writeFileSync(path.join(dir, '.dclens.yaml'), 'settings:\n  odcsVersion: v3.2.0\n');
    try {
      client = await LspClient.start({ root: dir });
      const configured = await ask({
        uri: uriOf(path.join(dir, 'fines.odcs.yaml')),
        source: { kind: 'file', path: path.join(dir, 'data/fines.csv') },
      });
      assert.equal(parse(configured.text!).apiVersion, 'v3.2.0');
      client.kill();
      client = await LspClient.start({ root: dir, settings: { newContract: { odcsVersion: 'v3.0.2' } } });
      const edited = await ask({
        uri: uriOf(path.join(dir, 'fines.odcs.yaml')),
        source: { kind: 'file', path: path.join(dir, 'data/fines.csv') },
      });
      assert.equal(parse(edited.text!).apiVersion, 'v3.0.2');
    } finally {
      rmSync(path.join(dir, '.dclens.yaml'));
    }
  });

  it('says in one sentence why data cannot be read: outside the workspace, missing, refused connection', async () => {
    client = await LspClient.start({ root: dir });
    const uri = uriOf(path.join(dir, 'new.odcs.yaml'));
    const outside = await ask({ uri, source: { kind: 'file', path: path.join(FIXTURE, 'fines.csv') } });
    assert.equal(outside.text, undefined);
    assert.match(outside.problem!, /leads outside the workspace/);
    const missing = await ask({ uri, source: { kind: 'file', path: path.join(dir, 'data/none.csv') } });
    assert.match(missing.problem!, /^The file .*none\.csv' does not exist\.$/);
    const refused = await ask({
      uri,
      source: { kind: 'postgres', host: '127.0.0.1', port: 1, schema: 'public', table: 't' },
      credentials: { user: 'u', password: 'secret' },
    });
    assert.match(refused.problem!, /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
    assert.doesNotMatch(refused.problem!, /secret/);
  });

  it('reads no data in an untrusted workspace and says so', async () => {
    client = await LspClient.start({ root: dir, initializationOptions: { trusted: false } });
    const result = await ask({
      uri: uriOf(path.join(dir, 'new.odcs.yaml')),
      source: { kind: 'file', path: path.join(dir, 'data/fines.csv') },
    });
    assert.equal(result.text, undefined);
    assert.match(result.problem!, /^Trust this workspace/);
  });
});
