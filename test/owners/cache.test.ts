// The CLI's on-disk catalogue cache: it saves work and never changes a suggestion.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CatalogueDiskCache, cacheDirFor, loadCatalogue } from '../../src/node/catalogue';
import { prisonsContract, runOwners } from './support/owners-cli';
import { fixture } from './fixtures';
import { GitRepo } from './support/git-repo';

const LI = { name: 'Li Wei', email: 'li.wei@justice.gov.uk' };
const AMINA = { name: 'Amina Khan', email: 'amina.khan@justice.gov.uk' };
const SUBJECT = 'contracts/prisons/new.odcs.yaml';

describe('on-disk catalogue cache', () => {
  let root: string;
  let cacheBase: string;
  let repo: GitRepo;
  const saved = process.env.DCLENS_CACHE_DIR;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dclens-cache-ws-'));
    cacheBase = mkdtempSync(join(tmpdir(), 'dclens-cache-dir-'));
    process.env.DCLENS_CACHE_DIR = cacheBase;
    repo = new GitRepo(root);
    repo.write('contracts/prisons/a.odcs.yaml', prisonsContract('a', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write('contracts/prisons/b.odcs.yaml', prisonsContract('b', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write('contracts/prisons/c.odcs.yaml', prisonsContract('c', [{ username: 'li.wei', role: 'Data Steward' }]));
    repo.write(SUBJECT, prisonsContract('new', []));
    repo.write('people.yaml', fixture('people.yaml'));
    repo.write('.dclens.yaml', stringify({ catalogue: { sources: [{ type: 'contracts', path: 'contracts' }, { type: 'people', path: 'people.yaml' }, { type: 'git' }] } }));
    repo.commit(LI, '2025-01-01', ['.'], 'init');
    repo.write('contracts/prisons/a.odcs.yaml', prisonsContract('a', [{ username: 'amina.khan', role: 'Data Owner' }, { username: 'li.wei', role: 'Data Steward' }]));
    repo.commit(AMINA, '2025-02-01', ['contracts/prisons/a.odcs.yaml'], 'a: steward');
  });
  after(() => {
    if (saved === undefined) delete process.env.DCLENS_CACHE_DIR;
    else process.env.DCLENS_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheBase, { recursive: true, force: true });
  });

  const suggest = async (...extra: string[]): Promise<string> => {
    const { code, stdout, stderr } = await runOwners(['suggest', SUBJECT, '--format', 'json', ...extra], root);
    assert.equal(code, 0, stderr);
    return stdout;
  };
  const cacheFile = (): string => join(cacheDirFor(root), 'catalogue.json');
  /** Loads with a cache and says what was reused. */
  const load = async (): Promise<CatalogueDiskCache> => {
    const cache = CatalogueDiskCache.open(root, { today: '2026-01-01' });
    const sources = [{ type: 'contracts' as const, path: 'contracts' }, { type: 'people' as const, path: 'people.yaml' }, { type: 'git' as const }];
    await loadCatalogue({ root, sources, today: '2026-01-01', diskCache: cache });
    return cache;
  };

  it('lives under DCLENS_CACHE_DIR, gives the same suggestions as --no-cache, and is reused on the next call', async () => {
    const fresh = await suggest('--no-cache');
    assert.equal(existsSync(cacheFile()), false, '--no-cache writes no cache');
    assert.equal(await suggest(), fresh);
    assert.ok(cacheFile().startsWith(cacheBase));
    assert.ok(existsSync(cacheFile()));
    assert.equal(await suggest(), fresh);
    assert.ok(JSON.parse(fresh).suggestions.some((s: { candidates: unknown[] }) => s.candidates.length > 0), 'the workspace gives suggestions');

    await load();
    const second = await load();
    assert.equal(second.misses, 0, 'nothing parsed again');
    assert.ok(second.hits >= 5);
    assert.equal(second.gitReused, true, 'no git log while HEAD stays');
  });

  it('after a file edit: only that file is parsed again, suggestions as without the cache', async () => {
    await suggest();
    repo.write('contracts/prisons/c.odcs.yaml', prisonsContract('c', [{ username: 'amina.khan', role: 'Data Steward' }]));
    assert.equal(await suggest(), await suggest('--no-cache'));
    await load();
    repo.write('contracts/prisons/b.odcs.yaml', prisonsContract('b', [{ username: 'li.wei', role: 'Data Owner' }]));
    const after = await load();
    assert.equal(after.misses, 1);
    assert.equal(after.gitReused, true);
    assert.equal(await suggest(), await suggest('--no-cache'));
  });

  it('after a new commit: git is read again, suggestions as without the cache', async () => {
    await suggest();
    repo.commit(AMINA, '2025-03-01', ['contracts/prisons/b.odcs.yaml', 'contracts/prisons/c.odcs.yaml'], 'b and c');
    assert.equal((await load()).gitReused, false);
    assert.equal((await load()).gitReused, true);
    repo.write('contracts/prisons/d.odcs.yaml', prisonsContract('d', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.commit(AMINA, '2025-04-01', ['contracts/prisons/d.odcs.yaml'], 'd');
    assert.equal(await suggest(), await suggest('--no-cache'));
  });

  it('ignores a corrupt or foreign-version cache and rebuilds it', async () => {
    const expected = await suggest('--no-cache');
    writeFileSync(cacheFile(), '{"format": 1, "files": ');
    assert.equal(await suggest(), expected);
    assert.doesNotThrow(() => JSON.parse(readFileSync(cacheFile(), 'utf8')), 'rewritten whole');
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    // A cache from another version, with a poisoned output, is not used.
    for (const id of Object.keys(stored.files)) stored.files[id].output = { records: [], warnings: [] };
    stored.version = '0.0.0-other';
    writeFileSync(cacheFile(), JSON.stringify(stored));
    assert.equal((await load()).hits, 0);
    assert.equal(await suggest(), expected);
    writeFileSync(cacheFile(), 'null');
    assert.equal(await suggest(), expected);
  });

  it('is stored in node_modules/.cache when the workspace has node_modules, else under XDG_CACHE_HOME by root', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dclens-cache-where-'));
    try {
      const env = { XDG_CACHE_HOME: '/xdg' };
      const outside = cacheDirFor(ws, env);
      assert.ok(outside.startsWith(join('/xdg', 'dclens')));
      assert.notEqual(cacheDirFor(`${ws}-other`, env), outside);
      mkdirSync(join(ws, 'node_modules'));
      assert.equal(cacheDirFor(ws, env), join(ws, 'node_modules', '.cache', 'dclens'));
      assert.ok(cacheDirFor(ws, { ...env, DCLENS_CACHE_DIR: '/c' }).startsWith('/c'));
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
