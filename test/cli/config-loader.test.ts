import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, ConfigLoader } from '../../src/node/config-loader';
import { copyFixture } from './run-cli';

describe('ConfigLoader (.dclens.yaml discovery)', () => {
  let tree: ReturnType<typeof copyFixture>;
  beforeEach(() => {
    tree = copyFixture('tree');
  });
  afterEach(() => tree.dispose());
  const at = (...parts: string[]) => path.join(tree.dir, ...parts);

  it('uses the nearest .dclens.yaml above a file, and the defaults when there is none', () => {
    const loader = new ConfigLoader({ cwd: tree.dir });
    const nested = loader.forFile(at('team-rules/inventory.odcs.yaml'));
    assert.equal(nested.file, at('team-rules/.dclens.yaml'));
    assert.equal(nested.resolved.levels.get('no-team'), 'off');
    const plain = loader.forFile(at('clean/orders.odcs.yaml'));
    assert.equal(plain.file, undefined);
    assert.equal(plain.resolved.levels.get('no-team'), 'warning');
  });

  it('applies a config to every folder below it, reading each folder once', () => {
    mkdirSync(at('team-rules/deep/deeper'), { recursive: true });
    const loader = new ConfigLoader({ cwd: tree.dir });
    const deep = loader.forFile(at('team-rules/deep/deeper/x.odcs.yaml'));
    assert.equal(deep.file, at('team-rules/.dclens.yaml'));
    assert.equal(loader.forFile(at('team-rules/deep/y.odcs.yaml')), deep, 'cached, not re-read');
  });

  it('--config wins over discovery, and --profile over the file', () => {
    writeFileSync(at('strict.yaml'), 'extends: strict\n');
    const loader = new ConfigLoader({ cwd: tree.dir, explicitFile: 'strict.yaml' });
    const loaded = loader.forFile(at('team-rules/inventory.odcs.yaml'));
    assert.equal(loaded.resolved.profile, 'strict');
    const overridden = new ConfigLoader({ cwd: tree.dir, profile: 'uk-gov' }).forFile(
      at('team-rules/inventory.odcs.yaml'),
    );
    assert.equal(overridden.resolved.profile, 'uk-gov');
    assert.equal(overridden.resolved.levels.get('no-team'), 'off', 'the file still sets its rules');
  });

  it('reports a bad entry as file:line:col with the reason', () => {
    const bad = copyFixture('bad-config');
    try {
      const loader = new ConfigLoader({ cwd: bad.dir });
      assert.throws(
        () => loader.forFile(path.join(bad.dir, 'orders.odcs.yaml')),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.equal(error.message, ".dclens.yaml:6:3: Unknown rule 'no-teem'. Did you mean 'no-team'?");
          return true;
        },
      );
    } finally {
      bad.dispose();
    }
  });

  it('honours ignore: patterns relative to the config folder', () => {
    writeFileSync(at('team-rules/.dclens.yaml'), 'ignore:\n  - "drafts/**"\n');
    const loader = new ConfigLoader({ cwd: tree.dir });
    assert.equal(
      loader.forFile(at('team-rules/drafts/a.odcs.yaml')).isIgnored(at('team-rules/drafts/a.odcs.yaml')),
      true,
    );
    assert.equal(
      loader.forFile(at('team-rules/inventory.odcs.yaml')).isIgnored(at('team-rules/inventory.odcs.yaml')),
      false,
    );
  });
});
