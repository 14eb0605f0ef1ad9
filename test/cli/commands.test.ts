import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../src/engine';
import { buildCli, REPO, runCli } from './run-cli';

describe('dclens rules, --version and --help (child process)', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('--version prints the package version', () => {
    const run = runCli(['--version'], REPO);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  it('--help and lint --help explain the commands and options', () => {
    const main = runCli(['--help'], REPO);
    assert.equal(main.code, 0);
    assert.match(main.stdout, /dclens lint \[paths…\]/);
    const lint = runCli(['lint', '--help'], REPO);
    assert.equal(lint.code, 0);
    for (const option of ['--format', '--output', '--max-warnings', '--quiet', '--config', '--fix', '--profile']) {
      assert.ok(lint.stdout.includes(option), option);
    }
  });

  it('rules --format json lists every rule with its severity under each profile', () => {
    const run = runCli(['rules', '--format', 'json'], REPO);
    assert.equal(run.code, 0);
    const { rules } = JSON.parse(run.stdout);
    assert.deepEqual(
      rules.map((r: { id: string }) => r.id),
      allRules.map((r) => r.meta.id),
    );
    const noTeam = rules.find((r: { id: string }) => r.id === 'no-team');
    assert.deepEqual(Object.keys(noTeam.severity), ['recommended', 'strict', 'uk-gov']);
    assert.equal(noTeam.code, 'DCL100');
    assert.match(noTeam.docsUrl, /docs\/rules\/no-team\.md$/);
  });

  it('rules prints a readable table by default', () => {
    const run = runCli(['rules'], REPO);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^DCL011 +schema-invalid-enum +schema +error/m);
  });
});
