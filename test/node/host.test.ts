import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogueSources, ConfigError, NodeHost, today } from '../../src/node/host';
import { DEFAULT_SOURCES } from '../../src/node/catalogue';

describe('NodeHost', () => {
  let dir: string;
  const write = (relative: string, text: string) => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  // The CLI names no workspace folder; the editor passes the folder it has open and the user's rule levels.
  const cli = () => new NodeHost({ cwd: dir });
  const editor = () => new NodeHost({ cwd: dir, extras: { levels: {} } });
  const editorContext = (file: string) => editor().fileContext(file, { workspaceFolder: dir });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-host-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('CLI and editor find the same .dclens.yaml for files in nested folders', () => {
    const top = write('.dclens.yaml', 'rules:\n  no-team: off\n');
    const nested = write('domains/sales/orders/contract.odcs.yaml', 'kind: DataContract\n');
    const inner = write('domains/hr/.dclens.yaml', 'rules:\n  no-team: error\n');
    const hr = write('domains/hr/people/contract.odcs.yaml', 'kind: DataContract\n');
    assert.equal(cli().fileContext(nested).loaded.file, top);
    assert.equal(editorContext(nested).loaded.file, top);
    assert.equal(cli().fileContext(hr).loaded.file, inner);
    assert.equal(editorContext(hr).loaded.file, inner);
    assert.equal(cli().fileContext(hr).config.levels.get('no-team'), 'error');
    assert.equal(editorContext(nested).config.levels.get('no-team'), 'off');
  });

  it('reads .dclens.yml when there is no .dclens.yaml, and prefers .dclens.yaml when both are there', () => {
    const yml = write('.dclens.yml', 'extends: strict\n');
    const file = write('contract.odcs.yaml', 'kind: DataContract\n');
    assert.equal(cli().fileContext(file).loaded.file, yml);
    assert.equal(editorContext(file).loaded.file, yml);
    const yaml = write('.dclens.yaml', 'extends: uk-gov\n');
    assert.equal(cli().fileContext(file).loaded.file, yaml);
    assert.equal(editorContext(file).config.profile, 'uk-gov');
  });

  it('stops at the top of the git repository: a configuration above it belongs to something else', () => {
    write('.dclens.yaml', 'extends: strict\n');
    mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
    const file = write('repo/contracts/contract.odcs.yaml', 'kind: DataContract\n');
    for (const context of [cli().fileContext(file), editorContext(file)]) {
      assert.equal(context.loaded.file, undefined);
      assert.equal(context.config.profile, 'recommended');
    }
  });

  it("with no configuration: the defaults in both, and the editor's settings on top", () => {
    const file = write('contract.odcs.yaml', 'kind: DataContract\n');
    assert.equal(cli().fileContext(file).loaded.file, undefined);
    assert.equal(editorContext(file).loaded.file, undefined);
    const strict = new NodeHost({ cwd: dir, extras: { profile: 'strict', levels: { 'no-team': 'hint' } } }).fileContext(
      file,
      { workspaceFolder: dir },
    );
    assert.equal(strict.config.profile, 'strict');
    assert.equal(strict.config.levels.get('no-team'), 'hint');
  });

  it("catalogue sources: the same defaults in CLI and editor, the configuration's when it lists some, the editor setting first", () => {
    const file = write('contract.odcs.yaml', 'kind: DataContract\n');
    write('.dclens.yaml', 'extends: recommended\n');
    assert.deepEqual(cli().fileContext(file).sources, DEFAULT_SOURCES);
    assert.deepEqual(editorContext(file).sources, DEFAULT_SOURCES);
    write('.dclens.yaml', 'catalogue:\n  sources:\n    - type: people\n      path: people.yaml\n');
    assert.deepEqual(cli().fileContext(file).sources, [{ type: 'people', path: 'people.yaml' }]);
    assert.deepEqual(editorContext(file).sources, [{ type: 'people', path: 'people.yaml' }]);
    assert.deepEqual(editor().fileContext(file, { workspaceFolder: dir, userSources: [{ type: 'git' }] }).sources, [
      { type: 'git' },
    ]);
    assert.deepEqual(catalogueSources(undefined), DEFAULT_SOURCES);
  });

  it('the catalogue root is the folder of the configuration, in both; without one only the editor has its folder', () => {
    const file = write('team/contracts/contract.odcs.yaml', 'kind: DataContract\n');
    assert.equal(cli().fileContext(file).catalogueRoot, undefined);
    assert.equal(editorContext(file).catalogueRoot, dir);
    assert.equal(editorContext(file).relativePath, 'team/contracts/contract.odcs.yaml');
    write('team/.dclens.yaml', 'extends: recommended\n');
    assert.equal(cli().fileContext(file).catalogueRoot, path.join(dir, 'team'));
    assert.equal(editorContext(file).catalogueRoot, path.join(dir, 'team'));
    assert.equal(cli().fileContext(file).relativePath, 'contracts/contract.odcs.yaml');
  });

  it("ignore: patterns are relative to the configuration's folder", () => {
    write('.dclens.yaml', 'ignore:\n  - generated/**\n');
    const ignored = write('generated/export.odcs.yaml', 'kind: DataContract\n');
    const kept = write('contracts/export.odcs.yaml', 'kind: DataContract\n');
    assert.equal(cli().fileContext(ignored).ignored, true);
    assert.equal(editorContext(ignored).ignored, true);
    assert.equal(editorContext(kept).ignored, false);
  });

  it('a bad entry is a ConfigError with the file and the range of the entry', () => {
    const config = write('.dclens.yaml', 'rules:\n  no-teem: error\n');
    const file = write('contract.odcs.yaml', 'kind: DataContract\n');
    assert.throws(
      () => editorContext(file),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.file, config);
        assert.equal(error.range?.start.line, 1);
        return true;
      },
    );
  });

  it('today: DCLENS_TODAY pins the date, a malformed one is refused', () => {
    assert.equal(today({ DCLENS_TODAY: '2026-02-03' }), '2026-02-03');
    assert.equal(
      today({}, () => new Date('2026-05-06T23:00:00Z')),
      '2026-05-06',
    );
    assert.throws(() => today({ DCLENS_TODAY: '3 Feb' }), /DCLENS_TODAY must be a date/);
  });
});
