// The .vsix users install: the client with the language server it starts, every rule page for offline docs, and
// nothing of the repository's sources, tests, fixtures or source maps.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '../../src/engine';
import { packageVsix, unwantedInVsix, vsixEntries, type VsixEntry } from '../../scripts/bench/_vsix';
import { buildCli } from '../cli/run-cli';

describe('the packaged extension (.vsix)', function () {
  this.timeout(300_000);
  let dir: string;
  let entries: VsixEntry[];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-vsix-test-'));
    buildCli();
    const vsix = path.join(dir, 'data-contract-lens.vsix');
    packageVsix(vsix, { build: false });
    entries = vsixEntries(vsix);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest, the client and the language server it starts', () => {
    const names = entries.map((e) => e.name);
    for (const file of [
      'package.json',
      'dist/extension.js',
      'dist/server.js',
      'schemas/odcs-json-schema-v3.2.0.json',
    ]) {
      assert.ok(names.includes(file), `${file} is missing from the .vsix`);
    }
  });

  it('holds the documentation page of every rule, so the links work offline', () => {
    const names = new Set(entries.map((e) => e.name));
    const missing = allRules.map((r) => `docs/rules/${r.meta.id}.md`).filter((page) => !names.has(page));
    assert.deepEqual(missing, []);
  });

  it('ships no sources, tests, fixtures, source maps or dependencies', () => {
    assert.deepEqual(unwantedInVsix(entries), []);
    assert.ok(entries.length < 200, `${entries.length} files in the .vsix`);
  });
});
