// `dclens owners` from the built CLI: its own bundle without the linter, the on-disk caches, and the same answers.
import assert from 'node:assert/strict';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildCli, REPO, runCli } from '../cli/run-cli';
import { cacheDirFor } from '../../src/node/catalogue';
import { GitRepo } from './support/git-repo';

describe('dclens owners bundle and caches (child process)', () => {
  let root: string;
  let cacheBase: string;
  before(function () {
    this.timeout(120000);
    buildCli();
    root = mkdtempSync(join(tmpdir(), 'dclens-owners-bundle-'));
    cacheBase = mkdtempSync(join(tmpdir(), 'dclens-owners-bundle-cache-'));
    const repo = new GitRepo(root);
    const contract = (id: string, members: object[]) =>
      stringify({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id,
        version: '1.0.0',
        status: 'active',
        domain: 'prisons',
        team: { members },
      });
    repo.write('prisons/a.odcs.yaml', contract('a', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write(
      'prisons/b.odcs.yaml',
      contract('b', [
        { username: 'amina.khan', role: 'Data Owner' },
        { username: 'li.wei', role: 'Data Custodian' },
      ]),
    );
    repo.write('prisons/new.odcs.yaml', contract('new', []));
    repo.write('CODEOWNERS', '/prisons/ @li.wei\n');
    repo.write(
      '.dclens.yaml',
      stringify({
        catalogue: { sources: [{ type: 'contracts' }, { type: 'codeowners', path: 'CODEOWNERS' }, { type: 'git' }] },
      }),
    );
    repo.commit({ name: 'Li Wei', email: 'li.wei@justice.gov.uk' }, '2026-01-05', ['.'], 'Add prison contracts');
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheBase, { recursive: true, force: true });
  });

  /** Dates the snapshot file 10 s ahead, so the stamps of files written just now count (see snapshot-cache.test.ts). */
  const trustSnapshot = (env: Record<string, string>) => {
    const file = join(cacheDirFor(realpathSync(root), env), 'snapshot.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), checkedAt: Date.now() + 10_000 }));
  };
  const suggest = (env: Record<string, string>, ...extra: string[]) => {
    const run = runCli(['owners', 'suggest', 'prisons/new.odcs.yaml', '--format', 'json', ...extra], root, env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    return run.stdout;
  };

  it('runs from a bundle without the linter, its schemas or the SQL formatter', () => {
    const bundle = readFileSync(join(REPO, 'dist', 'cli-owners.js'), 'utf8');
    for (const heavy of [
      'node_modules/sql-formatter/',
      'node_modules/zod/',
      'src/engine/rules/',
      'src/engine/lint.ts',
    ]) {
      assert.ok(!bundle.includes(heavy), `${heavy} is not in the owners bundle`);
    }
    assert.ok(
      statSync(join(REPO, 'dist', 'cli-owners.js')).size < statSync(join(REPO, 'dist', 'cli-main.js')).size / 2,
    );
  });

  it('answers from the caches without the YAML parser or the catalogue loader in its bundle', () => {
    const sourcesOf = (bundle: string): string[] =>
      (JSON.parse(readFileSync(join(REPO, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] }).sources;
    const light = sourcesOf('cli-owners.js');
    for (const heavy of [
      /node_modules\/(yaml|tinyglobby|fdir|picomatch)\//,
      /src\/node\/catalogue\/loader\.ts$/,
      /src\/engine\/parse\//,
    ])
      assert.ok(!light.some((s) => heavy.test(s)), `${heavy} is not in dist/cli-owners.js`);
    assert.ok(light.some((s) => s.endsWith('src/cli/commands/owners-cached.ts')));
    // The whole command, for the calls the caches cannot answer, is a bundle of its own.
    const whole = sourcesOf('cli-owners-whole.js');
    assert.ok(whole.some((s) => s.endsWith('src/node/catalogue/loader.ts')));
    assert.ok(whole.some((s) => /node_modules\/yaml\//.test(s)));
  });

  it('answers from its caches as it does without them, and keeps compiled code only in a private folder', () => {
    const env = { DCLENS_CACHE_DIR: join(cacheBase, 'one') };
    const fresh = suggest(env, '--no-cache');
    assert.ok(
      JSON.parse(fresh).suggestions.some((s: { candidates: unknown[] }) => s.candidates.length > 0),
      'the workspace gives suggestions',
    );
    assert.throws(() => readdirSync(env.DCLENS_CACHE_DIR), '--no-cache writes nothing');
    assert.equal(suggest(env), fresh);
    const code = join(env.DCLENS_CACHE_DIR, 'code');
    assert.deepEqual(readdirSync(code), [], 'a call that loads the catalogue keeps no compiled code');
    trustSnapshot(env);
    assert.equal(suggest(env), fresh);
    const files = readdirSync(code);
    assert.equal(files.length, 1, 'a call the snapshot answers keeps its compiled code');
    const size = statSync(join(code, files[0])).size;
    assert.equal(suggest(env), fresh);
    assert.equal(statSync(join(code, files[0])).size, size, 'kept, not written again');
    if (process.platform !== 'win32') {
      assert.equal(statSync(code).mode & 0o077, 0);
      assert.equal(statSync(join(code, files[0])).mode & 0o077, 0);
    }
    // A damaged code cache is rejected by V8 and written again.
    writeFileSync(join(code, files[0]), 'not compiled code');
    assert.equal(suggest(env), fresh);
    assert.notEqual(readFileSync(join(code, files[0]), 'utf8'), 'not compiled code');
  });

  it('never reads compiled code from a folder other users can write', function () {
    if (process.platform === 'win32') this.skip();
    const env = { DCLENS_CACHE_DIR: join(cacheBase, 'shared') };
    const code = join(env.DCLENS_CACHE_DIR, 'code');
    mkdirSync(code, { recursive: true });
    chmodSync(code, 0o777);
    const fresh = suggest(env, '--no-cache');
    assert.equal(suggest(env), fresh);
    trustSnapshot(env);
    assert.equal(suggest(env), fresh);
    assert.deepEqual(readdirSync(code), []);
  });

  it('other commands still run from the whole CLI', () => {
    const run = runCli(['--version'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^\d+\.\d+\.\d+/);
  });
});
