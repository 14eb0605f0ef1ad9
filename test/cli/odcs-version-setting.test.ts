// `settings.odcsVersion` in .dclens.yaml: the version new contracts are written in, read by the CLI's config
// loader like every other setting, and a bad value stops the run with its line.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, ConfigLoader } from '../../src/node/config-loader';
import { newContractVersion } from '../../src/engine/services/new-contract';
import { buildCli, copyFixture, runCli } from './run-cli';

describe('settings.odcsVersion', () => {
  let tree: ReturnType<typeof copyFixture>;
  beforeEach(() => {
    tree = copyFixture('tree');
  });
  afterEach(() => tree.dispose());
  const contract = () => path.join(tree.dir, 'clean/orders.odcs.yaml');

  it('is read from .dclens.yaml and decides the version of new contracts', () => {
    writeFileSync(path.join(tree.dir, 'clean/.dclens.yaml'), 'settings:\n  odcsVersion: v3.1.0\n');
    const loaded = new ConfigLoader({ cwd: tree.dir }).forFile(contract());
    assert.equal(loaded.resolved.settings.odcsVersion, 'v3.1.0');
    assert.equal(newContractVersion(loaded.resolved.settings), 'v3.1.0');
    assert.equal(
      newContractVersion(
        new ConfigLoader({ cwd: tree.dir }).forFile(path.join(tree.dir, 'mistakes/x.odcs.yaml')).resolved.settings,
      ),
      'v3.2.0',
    );
  });

  it('a version new contracts cannot use is reported at its line, and dclens lint stops with exit code 2', () => {
    writeFileSync(
      path.join(tree.dir, 'clean/.dclens.yaml'),
      'extends: recommended\nsettings:\n  odcsVersion: v3.3.0\n',
    );
    assert.throws(
      () => new ConfigLoader({ cwd: tree.dir }).forFile(contract()),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(
          error.message,
          /\.dclens\.yaml:3:16: Configuration entry 'settings\.odcsVersion': use v3\.0\.2, v3\.1\.0 or v3\.2\.0 for new contracts, not "v3\.3\.0"\./,
        );
        return true;
      },
    );
    buildCli();
    const run = runCli(['lint', 'clean'], tree.dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^dclens: .*\.dclens\.yaml:3:16: Configuration entry 'settings\.odcsVersion'/m);
  });
});
