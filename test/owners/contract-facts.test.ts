// The facts of the contract asked about, kept between calls: a later call with the very same text uses them instead
// of parsing the contract again; any other text, a broken file or another build is read and reported afresh. And the
// half of the command the owners bundle runs alone answers exactly as the whole command, or leaves the call to it.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cacheDirFor } from '../../src/node/catalogue';
import { answerFromCaches } from '../../src/cli/commands/owners-cached';
import type { CliIO } from '../../src/cli/command';
import { ANSWERED_FROM_SNAPSHOT } from '../../src/cli/code-cache-signal';
import { prisonsContract, runOwners } from './support/owners-cli';
import { GitRepo } from './support/git-repo';

const LI = { name: 'Li Wei', email: 'li.wei@justice.gov.uk' };
const SUBJECT = 'contracts/prisons/new.odcs.yaml';
const flags = globalThis as Record<symbol, unknown>;

describe('owners: the contract asked about, kept between calls', () => {
  let root: string;
  let cacheBase: string;
  let repo: GitRepo;
  const saved = process.env.DCLENS_CACHE_DIR;

  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dclens-facts-ws-')));
    cacheBase = mkdtempSync(join(tmpdir(), 'dclens-facts-dir-'));
    process.env.DCLENS_CACHE_DIR = cacheBase;
    repo = new GitRepo(root);
    repo.write('contracts/prisons/a.odcs.yaml', prisonsContract('a', [{ username: 'amina.khan', role: 'Data Owner' }]));
    repo.write(
      'contracts/probation/b.odcs.yaml',
      stringify({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'b',
        version: '1.0.0',
        status: 'active',
        domain: 'probation',
        team: { name: 'probation-data', members: [{ username: 'li.wei', role: 'Data Owner' }] },
      }),
    );
    repo.write(SUBJECT, prisonsContract('new', []));
    repo.write('.dclens.yaml', stringify({ catalogue: { sources: [{ type: 'contracts', path: 'contracts' }] } }));
    repo.commit(LI, '2025-01-01', ['.'], 'init');
  });
  after(() => {
    if (saved === undefined) delete process.env.DCLENS_CACHE_DIR;
    else process.env.DCLENS_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheBase, { recursive: true, force: true });
  });

  const factsFolder = (): string => join(cacheDirFor(root), 'contracts');
  /** The one stored facts file (there is one contract asked about in these tests). */
  const factsFile = (): string => {
    const files = readdirSync(factsFolder());
    assert.equal(files.length, 1, files.join(', '));
    return join(factsFolder(), files[0]);
  };
  /** Makes the stored facts say the contract is in the probation domain: if they are used, the answer shows it. */
  const poisonFacts = (): void => {
    const stored = JSON.parse(readFileSync(factsFile(), 'utf8'));
    stored.facts.domain = 'probation';
    writeFileSync(factsFile(), JSON.stringify(stored));
  };
  /** Dates the snapshot file 10 s ahead, so the stamps of files written just now count (see snapshot-cache.test.ts). */
  const trustSnapshot = (): void => {
    const file = join(cacheDirFor(root), 'snapshot.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), checkedAt: Date.now() + 10_000 }));
  };
  const suggest = async (...extra: string[]): Promise<{ code: number; out: string; err: string }> => {
    const { code, stdout, stderr } = await runOwners(['suggest', SUBJECT, '--format', 'json', ...extra], root);
    return { code, out: stdout, err: stderr };
  };
  const ownersOf = (out: string): string[] =>
    JSON.parse(out).suggestions.flatMap((s: { candidates: { id: string }[] }) => s.candidates.map((c) => c.id));
  /** The owners bundle's own half, in-process: its exit code (undefined: left to the whole command) and output. */
  const quick = async (...extra: string[]): Promise<{ code?: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const io: CliIO = { cwd: root, stdout: (t) => (out += t), stderr: (t) => (err += t) };
    const code = await answerFromCaches([SUBJECT, '--format', 'json', ...extra], io);
    return { code, out, err };
  };

  it('uses the stored facts only for the very text they were read from', async () => {
    const expected = (await suggest('--no-cache')).out;
    assert.ok(ownersOf(expected).includes('amina.khan'), 'the prisons owner is suggested');
    assert.ok(!ownersOf(expected).includes('li.wei'), 'the probation owner is not');
    assert.deepEqual(readdirSync(cacheBase), [], '--no-cache writes nothing');
    assert.equal((await suggest()).out, expected);
    poisonFacts();
    // Used while the text is the same: the poisoned domain changes the answer.
    assert.ok(ownersOf((await suggest()).out).includes('li.wei'), 'the stored facts are used');
    // One more character (a comment): the contract is read again and the facts stored anew.
    repo.write(SUBJECT, `${prisonsContract('new', [])}# reviewed\n`);
    const edited = (await suggest()).out;
    assert.equal(edited, (await suggest('--no-cache')).out);
    assert.ok(!ownersOf(edited).includes('li.wei'));
    poisonFacts();
    // Written by another build: not used.
    const stored = JSON.parse(readFileSync(factsFile(), 'utf8'));
    writeFileSync(factsFile(), JSON.stringify({ ...stored, build: 'another-build' }));
    assert.equal((await suggest()).out, edited);
  });

  it('keeps no facts of a file that is no contract, and reports a broken one every time', async () => {
    repo.write(SUBJECT, prisonsContract('new', []));
    await suggest();
    const good = readFileSync(factsFile(), 'utf8');
    repo.write(SUBJECT, 'apiVersion: v3.1.0\nkind: DataContract\nid: [unclosed\n');
    for (let i = 0; i < 2; i++) {
      const broken = await suggest();
      assert.equal(broken.code, 2);
      assert.match(broken.err, /is not valid YAML; run 'dclens lint' on it first/);
    }
    assert.equal(readFileSync(factsFile(), 'utf8'), good, 'the facts of the valid text stay as they were');
    repo.write(SUBJECT, 'just: a note\n');
    const other = await suggest();
    assert.equal(other.code, 2);
    assert.match(other.err, /is not an ODCS data contract/);
    repo.write(SUBJECT, prisonsContract('new', []));
  });

  it("the owners bundle's half answers as the whole command, or writes nothing and leaves the call to it", async () => {
    rmSync(cacheBase, { recursive: true, force: true });
    const expected = (await suggest('--no-cache')).out;
    assert.deepEqual(await quick(), { code: undefined, out: '', err: '' }, 'nothing stored yet');
    await suggest();
    assert.deepEqual(
      await quick(),
      { code: undefined, out: '', err: '' },
      'a snapshot written just now proves nothing',
    );
    trustSnapshot();
    delete flags[ANSWERED_FROM_SNAPSHOT];
    assert.deepEqual(await quick(), { code: 0, out: expected, err: '' });
    assert.equal(flags[ANSWERED_FROM_SNAPSHOT], true);
    for (const extra of [['--no-cache'], ['--top', '0'], ['--config', 'missing.yaml'], ['--format', 'xml']])
      assert.deepEqual(await quick(...extra), { code: undefined, out: '', err: '' }, extra.join(' '));
    // A contract that changed: left to the whole command, which reads it again.
    repo.write(SUBJECT, `${prisonsContract('new', [])}# reviewed\n`);
    assert.deepEqual(await quick(), { code: undefined, out: '', err: '' }, 'the text changed');
    repo.write(SUBJECT, prisonsContract('new', []));
  });
});
