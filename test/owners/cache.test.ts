// The CLI's on-disk catalogue cache: it saves work and never changes a suggestion.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CatalogueDiskCache, cacheDirFor, loadCatalogue } from '../../src/node/catalogue';
import { today } from '../../src/cli/commands/owners';
import { findConfigFile } from '../../src/node/config-location';
import { ConfigLoader } from '../../src/node/config-loader';
import { today as hostToday } from '../../src/node/host';
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
    repo.write(
      '.dclens.yaml',
      stringify({
        catalogue: {
          sources: [{ type: 'contracts', path: 'contracts' }, { type: 'people', path: 'people.yaml' }, { type: 'git' }],
        },
      }),
    );
    repo.commit(LI, '2025-01-01', ['.'], 'init');
    repo.write(
      'contracts/prisons/a.odcs.yaml',
      prisonsContract('a', [
        { username: 'amina.khan', role: 'Data Owner' },
        { username: 'li.wei', role: 'Data Steward' },
      ]),
    );
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
  /** Loads with a cache (stamps trusted at once, as they are two seconds after a write) and says what was reused. */
  const load = async (options: { build?: string } = {}): Promise<CatalogueDiskCache> => {
    const cache = CatalogueDiskCache.open(root, { today: '2026-01-01', racyMs: 0, ...options });
    const sources = [
      { type: 'contracts' as const, path: 'contracts' },
      { type: 'people' as const, path: 'people.yaml' },
      { type: 'git' as const },
    ];
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
    assert.ok(
      JSON.parse(fresh).suggestions.some((s: { candidates: unknown[] }) => s.candidates.length > 0),
      'the workspace gives suggestions',
    );

    await load();
    const second = await load();
    assert.equal(second.misses, 0, 'nothing parsed again');
    assert.equal(second.reads, 0, 'nothing read again: unchanged stamps');
    assert.ok(second.hits >= 5);
    assert.equal(second.gitReused, true, 'no git log while HEAD stays');
  });

  it('after a file edit: only that file is parsed again, suggestions as without the cache', async () => {
    await suggest();
    repo.write(
      'contracts/prisons/c.odcs.yaml',
      prisonsContract('c', [{ username: 'amina.khan', role: 'Data Steward' }]),
    );
    assert.equal(await suggest(), await suggest('--no-cache'));
    await load();
    repo.write('contracts/prisons/b.odcs.yaml', prisonsContract('b', [{ username: 'li.wei', role: 'Data Owner' }]));
    const after = await load();
    assert.equal(after.misses, 1);
    assert.equal(after.reads, 1, 'only the edited file is read');
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
    // A cache another build wrote, with poisoned outputs, is not used.
    for (const id of Object.keys(stored.files)) stored.files[id].output = { records: [], warnings: [] };
    stored.build = 'another-build';
    writeFileSync(cacheFile(), JSON.stringify(stored));
    assert.equal(await suggest(), expected);
    writeFileSync(cacheFile(), 'null');
    assert.equal(await suggest(), expected);
  });

  it('never uses an entry written by another build', async () => {
    await load({ build: 'one' });
    assert.ok((await load({ build: 'one' })).hits >= 5, 'the same build reuses it');
    const other = await load({ build: 'two' });
    assert.equal(other.hits, 0);
    assert.equal(other.gitReused, false);
  });

  it('an unreadable cache (a folder in its place) costs only speed', async () => {
    const expected = await suggest('--no-cache');
    rmSync(cacheFile(), { force: true });
    mkdirSync(join(cacheFile(), 'x'), { recursive: true });
    try {
      assert.equal(await suggest(), expected);
      assert.equal(await suggest(), expected);
    } finally {
      rmSync(cacheFile(), { recursive: true, force: true });
    }
  });

  it('after a file is added or deleted: suggestions as without the cache', async () => {
    const before = await suggest();
    repo.write('contracts/prisons/e.odcs.yaml', prisonsContract('e', [{ username: 'li.wei', role: 'Data Owner' }]));
    repo.write('contracts/prisons/f.odcs.yaml', prisonsContract('f', [{ username: 'li.wei', role: 'Data Owner' }]));
    const added = await suggest();
    assert.equal(added, await suggest('--no-cache'));
    assert.notEqual(added, before, 'the new contracts count');
    repo.remove('contracts/prisons/e.odcs.yaml');
    repo.remove('contracts/prisons/f.odcs.yaml');
    assert.equal(await suggest(), await suggest('--no-cache'));
    assert.equal(await suggest(), before);
  });

  it('after the people directory changes: suggestions as without the cache', async () => {
    const before = await suggest();
    const people = readFileSync(join(root, 'people.yaml'), 'utf8');
    // Amina leaves: a leaver is never suggested.
    repo.write('people.yaml', people.replace(/(id: amina\.khan[\s\S]*?)(\n  - id:)/, '$1\n    active: false$2'));
    const after = await suggest();
    assert.equal(after, await suggest('--no-cache'));
    assert.notEqual(after, before);
    repo.write('people.yaml', people);
    assert.equal(await suggest(), before);
  });

  it('sees an edit that keeps the size and the modification time (the change time still moves)', async () => {
    const path = 'contracts/prisons/c.odcs.yaml';
    const steward = prisonsContract('c', [{ username: 'li.wei', role: 'Data Steward' }]);
    const owner = prisonsContract('c', [{ username: 'li.wei', role: 'Data Owner.' }]).replace(
      'Data Owner.',
      'Data Owner',
    );
    repo.write(path, steward);
    const then = new Date('2025-06-01T10:00:00Z');
    utimesSync(join(root, path), then, then);
    await load();
    assert.equal((await load()).reads, 0);
    const sameSize = owner.length === steward.length ? owner : owner.padEnd(steward.length, ' ');
    repo.write(path, sameSize.slice(0, steward.length));
    utimesSync(join(root, path), then, then);
    assert.equal(statSync(join(root, path)).mtimeMs, then.getTime());
    const after = await load();
    assert.equal(after.reads, 1);
    assert.equal(after.misses, 1);
    assert.equal(await suggest(), await suggest('--no-cache'));
  });

  it('follows the configuration: a changed catalogue source list is resolved again', async () => {
    const config = readFileSync(join(root, '.dclens.yaml'), 'utf8');
    const full = await suggest();
    // Without the people directory, nobody is known to have left and names come from contracts alone.
    repo.write(
      '.dclens.yaml',
      stringify({ catalogue: { sources: [{ type: 'contracts', path: 'contracts' }, { type: 'git' }] } }),
    );
    const fewer = await suggest();
    assert.equal(fewer, await suggest('--no-cache'));
    assert.notEqual(fewer, full);
    repo.write('.dclens.yaml', config);
    assert.equal(await suggest(), full);
  });

  it('uses the stored resolution of an unchanged configuration, and only then', async () => {
    const expected = await suggest();
    await suggest();
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    assert.ok(stored.values.config, 'the configuration resolution is stored');
    // A resolution the unchanged file does not give is trusted while the file is unchanged (stamps are recent
    // here, so its bytes are compared) …
    stored.values.config.value = { sources: [{ type: 'contracts', path: 'contracts/prisons/c.odcs.yaml' }] };
    writeFileSync(cacheFile(), JSON.stringify(stored));
    assert.notEqual(await suggest(), expected);
    // … and dropped as soon as the file changes.
    const config = readFileSync(join(root, '.dclens.yaml'), 'utf8');
    repo.write('.dclens.yaml', `${config}# changed\n`);
    assert.equal(await suggest(), expected);
    repo.write('.dclens.yaml', config);
  });

  it('an invalid configuration is reported even after a valid one was cached', async () => {
    await suggest();
    const config = readFileSync(join(root, '.dclens.yaml'), 'utf8');
    repo.write('.dclens.yaml', 'catalogue: [1\n');
    try {
      const { code, stderr } = await runOwners(['suggest', SUBJECT], root);
      assert.equal(code, 2);
      assert.match(stderr, /\.dclens\.yaml/);
    } finally {
      repo.write('.dclens.yaml', config);
    }
  });

  it('finds the configuration file the configuration loader picks, without loading it', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dclens-cache-find-'));
    try {
      const loader = () => new ConfigLoader({ cwd: ws });
      const file = (rel: string) => join(ws, rel);
      mkdirSync(file('repo/a/b'), { recursive: true });
      mkdirSync(file('repo/.git'));
      const agree = (rel: string) =>
        assert.equal(findConfigFile(file(rel)), loader().forFile(join(file(rel), 'x.yaml')).file, rel);
      agree('repo/a/b');
      writeFileSync(file('.dclens.yaml'), 'extends: recommended\n');
      agree('repo/a/b'); // above the repository: not used
      writeFileSync(file('repo/a/.dclens.yml'), 'extends: recommended\n');
      agree('repo/a/b');
      writeFileSync(file('repo/a/b/.dclens.yaml'), 'extends: recommended\n');
      writeFileSync(file('repo/a/b/.dclens.yml'), 'extends: recommended\n');
      agree('repo/a/b');
      agree('repo');
      assert.equal(findConfigFile(file('repo/a/b')), file('repo/a/b/.dclens.yaml'));
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it("tells today's date as the host does", () => {
    assert.equal(today({ DCLENS_TODAY: '2026-02-03' }), hostToday({ DCLENS_TODAY: '2026-02-03' }));
    assert.equal(today({}), hostToday({}));
    assert.throws(() => today({ DCLENS_TODAY: 'soon' }), /DCLENS_TODAY must be a date/);
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
