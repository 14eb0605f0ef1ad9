// Git statistics of a folder: every file below it at any depth (the whole repository for the root), merged per
// author; a folder whose name begins like another's shares none of its files. The same from a snapshot read back.
import assert from 'node:assert/strict';
import {
  buildSnapshot,
  snapshotFromData,
  snapshotToData,
  type CatalogueSnapshot,
  type ParseOutput,
} from '../../src/engine/owners';

const gitFile = (path: string, authors: [string, number, string][]): ParseOutput => ({
  records: [
    {
      kind: 'git',
      path,
      authors: authors.map(([email, commits, lastCommit]) => ({ email, name: email, commits, lastCommit })),
      source: `git:${path}`,
    },
  ],
  warnings: [],
});

const outputs: ParseOutput[] = [
  gitFile('README.md', [['li.wei@justice.gov.uk', 1, '2026-01-02']]),
  gitFile('prisons/a.odcs.yaml', [
    ['amina.khan@justice.gov.uk', 2, '2026-02-01'],
    ['li.wei@justice.gov.uk', 1, '2026-01-05'],
  ]),
  gitFile('prisons/core/b.odcs.yaml', [['amina.khan@justice.gov.uk', 3, '2026-03-01']]),
  gitFile('prisons-archive/c.odcs.yaml', [['sam.osei@justice.gov.uk', 5, '2026-04-01']]),
];

/** What gitForFolder says, as text: total, then author:commits:last, in order. */
const folder = (snapshot: CatalogueSnapshot, name: string): string | undefined => {
  const stats = snapshot.gitForFolder(name);
  return stats && [stats.totalCommits, ...stats.authors.map((a) => `${a.id}:${a.commits}:${a.lastCommit}`)].join(' ');
};

describe('snapshot: git statistics per folder', () => {
  const built = buildSnapshot(outputs);
  const readBack = snapshotFromData(JSON.parse(JSON.stringify(snapshotToData(built))));

  for (const [what, snapshot] of [
    ['as built', built],
    ['read back from its stored data', readBack],
  ] as const) {
    it(`counts every file below a folder and none of a folder that only starts alike (${what})`, () => {
      assert.equal(
        folder(snapshot, 'prisons'),
        '6 amina.khan@justice.gov.uk:5:2026-03-01 li.wei@justice.gov.uk:1:2026-01-05',
      );
      assert.equal(folder(snapshot, 'prisons/core'), '3 amina.khan@justice.gov.uk:3:2026-03-01');
      assert.equal(folder(snapshot, 'prisons-archive'), '5 sam.osei@justice.gov.uk:5:2026-04-01');
      assert.equal(
        folder(snapshot, ''),
        '12 amina.khan@justice.gov.uk:5:2026-03-01 sam.osei@justice.gov.uk:5:2026-04-01 li.wei@justice.gov.uk:2:2026-01-05',
      );
      assert.equal(folder(snapshot, 'pris'), undefined, 'a folder no file is in has no statistics');
      assert.equal(folder(snapshot, 'prisons/a.odcs.yaml'), undefined, 'a file is not a folder');
    });
  }
});
