// Which files a run reads: regular YAML files only, each real file once, and never a silent pass over a folder it
// could not read.
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoverFiles, type DiscoveryFs } from '../../src/node/fs-discover';
import { FIXTURES } from './run-cli';

const CONTRACT = path.join(FIXTURES, 'tree/clean/orders.odcs.yaml');

describe('discoverFiles', () => {
  let dir: string;
  const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-discover-'));
    mkdirSync(path.join(dir, 'contracts'));
    cpSync(CONTRACT, path.join(dir, 'contracts/orders.odcs.yaml'));
    mkdirSync(path.join(dir, 'locked'));
    cpSync(CONTRACT, path.join(dir, 'locked/secret.odcs.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a folder it cannot read, with the reason, instead of skipping it', async () => {
    const failing: DiscoveryFs = {
      readdir: (folder) => {
        if (path.basename(folder) === 'locked') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return readdirSync(folder, { withFileTypes: true });
      },
      stat: (p) => statSync(p),
      realpath: (p) => realpathSync(p),
    };
    const found = await discoverFiles(['.'], dir, failing);
    assert.deepEqual(rel(found.files), ['contracts/orders.odcs.yaml']);
    assert.deepEqual(found.unreadable, [{ path: path.join(dir, 'locked'), reason: 'EACCES' }]);
    const named = await discoverFiles(['locked'], dir, failing);
    assert.deepEqual(
      named.unreadable.map((u) => u.reason),
      ['EACCES'],
    );
  });

  if (process.platform !== 'win32') {
    it('reads only regular files and lists each real file once, in folders and globs', async () => {
      symlinkSync('/dev/zero', path.join(dir, 'contracts/zero.yaml'));
      symlinkSync('..', path.join(dir, 'contracts/loop'));
      symlinkSync('orders.odcs.yaml', path.join(dir, 'contracts/same.yaml'));
      symlinkSync('no-such-target.yaml', path.join(dir, 'contracts/dangling.yaml'));
      for (const input of ['.', 'contracts', '**/*.yaml', 'contracts/*.yaml']) {
        const found = await discoverFiles([input], dir);
        assert.deepEqual(
          rel(found.files),
          input === 'contracts' || input === 'contracts/*.yaml'
            ? ['contracts/orders.odcs.yaml']
            : ['contracts/orders.odcs.yaml', 'locked/secret.odcs.yaml'],
          input,
        );
        assert.deepEqual(found.unreadable, [], input);
      }
    });

    it('never reads a .gitignore that is not a regular file (a link to /dev/zero would read forever)', async () => {
      symlinkSync('/dev/zero', path.join(dir, 'contracts/.gitignore'));
      const found = await discoverFiles(['.'], dir);
      assert.deepEqual(rel(found.files), ['contracts/orders.odcs.yaml', 'locked/secret.odcs.yaml']);
    });

    it('refuses a device named on the command line instead of reading it', async () => {
      const found = await discoverFiles(['/dev/zero'], dir);
      assert.deepEqual(found.files, []);
      assert.deepEqual(found.unreadable, [{ path: '/dev/zero', reason: 'not a regular file' }]);
    });
  }

  it('still lists a YAML file named twice, or by two paths, once', async () => {
    writeFileSync(path.join(dir, 'contracts/other.yaml'), 'a: 1\n');
    const found = await discoverFiles(['contracts/orders.odcs.yaml', './contracts/orders.odcs.yaml', 'contracts'], dir);
    assert.deepEqual(rel(found.files), ['contracts/orders.odcs.yaml', 'contracts/other.yaml']);
  });
});
