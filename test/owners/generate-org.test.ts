import assert from 'node:assert/strict';
import { contractMembers, roleFromText } from '../../src/engine/owners';
import { generateOrg } from './support/generate-org';

describe('generated evaluation organisation', () => {
  const org = generateOrg(20261127);
  const owners = (v: unknown) =>
    contractMembers(v)
      .filter((m) => roleFromText(m.role) === 'Data Owner' && !m.dateOut)
      .map((m) => m.username);

  it('is the same for the same seed and different for another', () => {
    assert.deepEqual(
      generateOrg(20261127).contracts.map((c) => c.path),
      org.contracts.map((c) => c.path),
    );
    assert.notDeepEqual(
      generateOrg(7).contracts.map((c) => c.path),
      org.contracts.map((c) => c.path),
    );
  });

  it('has at least 150 contracts and the noise real organisations have', () => {
    assert.ok(org.contracts.length >= 150);
    assert.ok(
      org.people.some((p) => p.left),
      'leavers',
    );
    assert.ok(
      org.people.some((p) => p.teams.length > 1),
      'people who moved teams',
    );
    assert.ok(
      org.people.some((p) => !p.inDirectory),
      'people missing from the HR export',
    );
    const domainsByOwner = new Map<string, Set<string>>();
    for (const c of org.contracts)
      for (const o of owners(c.value)) domainsByOwner.set(o, (domainsByOwner.get(o) ?? new Set()).add(c.domain));
    assert.ok(
      [...domainsByOwner.values()].some((d) => d.size > 1),
      'owners of several domains',
    );
    const notMajority = org.contracts.filter((c) => {
      const counts = new Map<string, number>();
      for (const other of org.contracts)
        if (other !== c && other.domain === c.domain)
          for (const o of owners(other.value)) counts.set(o, (counts.get(o) ?? 0) + 1);
      const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      return !owners(c.value).includes(majority ?? '');
    });
    assert.ok(
      notMajority.length / org.contracts.length > 0.1,
      `owner is not the domain majority in ${notMajority.length} contracts`,
    );
    assert.ok(new Set(org.commits.map((c) => c.author.email)).size >= 10, 'several authors');
  });
});
