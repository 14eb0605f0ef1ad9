import assert from 'node:assert/strict';
import {
  CatalogueBuilder,
  buildSnapshot,
  contractRecordFromValue,
  parsePeopleDirectory,
  type CatalogueSnapshot,
} from '../../src/engine/owners';
import { fixture } from './fixtures';

const contract = (owner: string, domain = 'prisons') => ({
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  domain,
  team: { members: [{ username: owner, role: 'Data Owner' }] },
});
const summary = (s: CatalogueSnapshot) => ({
  assets: s.assets.map((a) => `${a.key}:${a.owners.map((o) => o.id).join(',')}`).sort(),
  people: [...s.people.keys()].sort(),
  prisons: s.assetsInDomain('prisons').length,
});

describe('CatalogueBuilder', () => {
  it('replaces one source alone and gives the same snapshot as a full build, leaving older snapshots unchanged', () => {
    const builder = new CatalogueBuilder()
      .setSource('people', parsePeopleDirectory(fixture('people.yaml'), 'people.yaml'))
      .setSource('a', contractRecordFromValue(contract('amina.khan'), 'a.yaml'))
      .setSource('b', contractRecordFromValue(contract('tom.reed'), 'b.yaml'));
    const first = builder.build();
    const before = summary(first);
    assert.equal(builder.build(), first, 'nothing changed: same snapshot');

    builder.setSource('b', contractRecordFromValue(contract('new.person', 'probation'), 'b.yaml'));
    builder.setSource('c', contractRecordFromValue(contract('amina.khan'), 'c.yaml'));
    builder.removeSource('a');
    const second = builder.build();
    assert.deepEqual(summary(first), before, 'the earlier snapshot is unchanged');
    const full = buildSnapshot([
      parsePeopleDirectory(fixture('people.yaml'), 'people.yaml'),
      contractRecordFromValue(contract('new.person', 'probation'), 'b.yaml'),
      contractRecordFromValue(contract('amina.khan'), 'c.yaml'),
    ]);
    assert.deepEqual(summary(second).assets, summary(full).assets);
    assert.equal(summary(second).prisons, 1);
    assert.ok(second.people.has('new.person'));
    assert.equal(second.people.get('amina.khan')?.status, 'active');
  });

  it('forgets a person when the last contract that named them is removed or changed, and keeps people others name', () => {
    const builder = new CatalogueBuilder()
      .setSource('a', contractRecordFromValue(contract('only.here'), 'a.yaml'))
      .setSource('b', contractRecordFromValue(contract('shared.one'), 'b.yaml'))
      .setSource('c', contractRecordFromValue(contract('shared.one'), 'c.yaml'));
    assert.ok(builder.build().people.has('only.here'));
    builder.removeSource('a').removeSource('b');
    const without = builder.build();
    assert.ok(!without.people.has('only.here'), 'named by no source any more');
    assert.equal(without.resolve('only.here'), undefined);
    assert.ok(without.people.has('shared.one'), 'still named by c.yaml');
    builder.setSource('a', contractRecordFromValue(contract('only.here'), 'a.yaml'));
    assert.ok(builder.build().people.has('only.here'), 'known again once a contract names them');
    builder.setSource('a', contractRecordFromValue(contract('someone.else'), 'a.yaml'));
    assert.deepEqual([...builder.build().people.keys()].sort(), ['shared.one', 'someone.else']);
  });
});
