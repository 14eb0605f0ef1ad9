import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatCommand } from '../../src/cli/commands/format';
import type { CliIO } from '../../src/cli/command';

const contract = (query: string) =>
  `apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\nschema:\n  - name: orders # table\n    quality:\n      - type: sql\n        query: ${query}\n        mustBe: 0\n`;
const formattedQuery = '|\n          select\n            count(*)\n          from\n            {object}';

describe('dclens format', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  let io: CliIO;
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-format-'));
    out = [];
    err = [];
    io = { cwd: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
    write('contracts/orders.odcs.yaml', contract('select count(*) from {object}'));
    write('contracts/done.odcs.yaml', contract(formattedQuery));
    write('contracts/not-a-contract.yaml', 'query: select 1\nquality:\n  - query: select 1\n');
    write('node_modules/pkg/c.odcs.yaml', contract('select 1'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--check lists the contracts that would change, changes nothing and exits 1', async () => {
    const before = read('contracts/orders.odcs.yaml');
    assert.equal(await formatCommand(['--check'], io), 1);
    assert.deepEqual(out, ['contracts/orders.odcs.yaml\n']);
    assert.match(err.join(''), /1 contract needs formatting/);
    assert.equal(read('contracts/orders.odcs.yaml'), before);
  });

  it('rewrites contracts in place, leaves other YAML and node_modules alone, then --check passes', async () => {
    assert.equal(await formatCommand(['.'], io), 0);
    assert.deepEqual(out, ['formatted contracts/orders.odcs.yaml\n']);
    assert.equal(read('contracts/orders.odcs.yaml'), contract(formattedQuery));
    assert.equal(read('contracts/not-a-contract.yaml'), 'query: select 1\nquality:\n  - query: select 1\n');
    assert.equal(read('node_modules/pkg/c.odcs.yaml'), contract('select 1'));
    out = [];
    assert.equal(await formatCommand(['contracts', '--check'], io), 0);
    assert.deepEqual(out, []);
  });

  it('accepts explicit files and reports a missing path as a usage error', async () => {
    assert.equal(await formatCommand(['contracts/done.odcs.yaml', '--check'], io), 0);
    await assert.rejects(formatCommand(['nope.yaml'], io), /no such file/);
    await assert.rejects(formatCommand(['--bogus'], io), /unknown option/);
  });
});
