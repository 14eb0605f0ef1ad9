// Ranking several roles of one contract at once gathers the evidence that does not depend on the role only once:
// the answers must be exactly those of one role at a time, for every contract of an organisation.
import assert from 'node:assert/strict';
import {
  buildSnapshot,
  contractFacts,
  contractRecordFromValue,
  OWNER_ROLES,
  parseCodeowners,
  suggestOwners,
  suggestOwnersByRole,
  type GitFileRecord,
} from '../../src/engine/owners';
import { generateOrgOfSize } from './support/generate-org';

describe('owner suggestions for several roles at once', () => {
  it('are those of one role at a time, with the contract parsed or only its facts given', () => {
    const org = generateOrgOfSize(120);
    // Git statistics of each contract from the generated history, so that maintainer evidence takes part.
    const byFile = new Map<string, Map<string, { name: string; commits: number; last: string }>>();
    for (const c of org.commits)
      for (const f of c.files) {
        const authors = byFile.get(f) ?? new Map();
        byFile.set(f, authors);
        const a = authors.get(c.author.email) ?? { name: c.author.name, commits: 0, last: c.date };
        authors.set(c.author.email, { ...a, commits: a.commits + 1, last: c.date > a.last ? c.date : a.last });
      }
    const gitRecords: GitFileRecord[] = [...byFile].map(([path, authors]) => ({
      kind: 'git',
      path,
      authors: [...authors].map(([email, a]) => ({ email, name: a.name, commits: a.commits, lastCommit: a.last })),
      source: 'git',
    }));
    const snapshot = buildSnapshot([
      ...org.contracts.map((c) => contractRecordFromValue(c.value, c.path)),
      parseCodeowners(org.codeowners),
      { records: gitRecords, warnings: [] },
    ]);
    let suggested = 0;
    for (const c of org.contracts) {
      const one = OWNER_ROLES.map((role) =>
        suggestOwners(snapshot, { path: c.path, value: c.value }, role, { top: 3 }),
      );
      suggested += one.filter((r) => r.length > 0).length;
      assert.deepEqual(suggestOwnersByRole(snapshot, { path: c.path, value: c.value }, OWNER_ROLES, { top: 3 }), one);
      const facts = JSON.parse(JSON.stringify(contractFacts(c.value)));
      assert.deepEqual(suggestOwnersByRole(snapshot, { path: c.path, facts }, OWNER_ROLES, { top: 3 }), one, c.path);
    }
    assert.ok(suggested > org.contracts.length, 'most contracts get suggestions for some role');
  });
});
