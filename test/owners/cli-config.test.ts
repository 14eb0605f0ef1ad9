// `owners suggest` finds its configuration and reads contracts exactly as `lint` does.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prisonsContract, runOwners } from './support/owners-cli';

const run = runOwners;
const contract = prisonsContract;

describe('dclens owners suggest: configuration and documents as lint reads them', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dclens-owners-config-'));
    mkdirSync(join(root, 'contracts/prisons'), { recursive: true });
    // Outside git, the evidence comes only from the catalogue sources the configuration lists.
    for (const id of ['a', 'b'])
      write(`contracts/prisons/${id}.odcs.yaml`, contract(id, [{ username: 'amina.khan', role: 'Data Owner' }]));
    write('contracts/prisons/new.odcs.yaml', contract('new', []));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => writeFileSync(join(root, rel), text);

  const sources = { catalogue: { sources: [{ type: 'contracts', path: 'contracts' }] } };

  it('uses a .dclens.yml as lint does', async () => {
    // Run from another folder: only the configuration says where the other contracts are.
    mkdirSync(join(root, 'work'));
    write('.dclens.yml', stringify(sources));
    const { code, stdout } = await run(
      ['suggest', '../contracts/prisons/new.odcs.yaml', '--role', 'owner', '--format', 'json'],
      join(root, 'work'),
    );
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).suggestions[0].candidates[0]?.id, 'amina.khan');
  });

  it('exits 2 on an invalid configuration, naming the line, as lint does', async () => {
    write('.dclens.yaml', `${stringify(sources)}rules:\n  no-teem: off\n`);
    const { code, stdout, stderr } = await run(['suggest', 'contracts/prisons/new.odcs.yaml'], root);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /\.dclens\.yaml:\d+:\d+: Unknown rule 'no-teem'/);
  });

  it('reads a contract that is one of several YAML documents in its file', async () => {
    write('.dclens.yaml', stringify(sources));
    write('contracts/prisons/new.odcs.yaml', `# generated\n---\n${contract('new', [])}---\nnote: a second document\n`);
    const { code, stdout, stderr } = await run(
      ['suggest', 'contracts/prisons/new.odcs.yaml', '--role', 'owner', '--format', 'json'],
      root,
    );
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).suggestions[0].candidates[0]?.id, 'amina.khan');
  });
});
