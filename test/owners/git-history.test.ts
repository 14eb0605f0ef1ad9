// Git evidence is read for every file name git can hold, including the ones git quotes in its plain output.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGitHistory } from '../../src/node/catalogue/git-history';
import { GitRepo } from './support/git-repo';

describe('git history', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dclens-git-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the evidence of files whose names have quotes, tabs, backslashes, a newline or leading spaces', async () => {
    const repo = new GitRepo(dir);
    const names = [
      'q"uote.odcs.yaml',
      'tab\there.odcs.yaml',
      'back\\slash.odcs.yaml',
      'new\nline.odcs.yaml',
      '  spaced.odcs.yaml',
      'café.odcs.yaml',
      'plain.odcs.yaml',
    ];
    for (const name of names) repo.write(name, 'kind: DataContract\n');
    repo.commit({ name: 'Li Wei', email: 'Li.Wei@justice.gov.uk' }, '2025-01-01', ['.'], 'add contracts');
    const records = await readGitHistory(dir);
    assert.deepEqual(records.map((r) => r.path).sort(), [...names].sort());
    for (const r of records)
      assert.deepEqual(
        r.authors.map((a) => [a.email, a.commits]),
        [['li.wei@justice.gov.uk', 1]],
      );
  });
});
