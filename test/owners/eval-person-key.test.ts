// The owner evaluation counts a suggestion right when it names the same person as the answer key, however the key
// spells them, and scores the suggester and both baselines that way alike; the owner model is still fitted on the
// ids as written, so the scoring changes no suggestion.
import assert from 'node:assert/strict';
import { contractRecordFromValue, type ParseOutput } from '../../src/engine/owners';
import type { Corpus, CorpusContract } from '../../scripts/owners-eval/corpus';
import { collectCorpus, personKey, samePerson, scoreCorpus } from '../../scripts/owners-eval/evaluate';
import { fitModel } from '../../scripts/owners-eval/fit';

/** Contracts in one folder and domain, each owned by the given username. */
function corpus(owners: readonly string[]): Corpus {
  const outputs = new Map<string, ParseOutput>();
  const contracts: CorpusContract[] = owners.map((owner, i) => {
    const path = `contracts/finance/table-${i}.odcs.yaml`;
    const value = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: `table-${i}`,
      name: `table-${i}`,
      domain: 'finance',
      team: { members: [{ username: owner, role: 'Data Owner' }] },
    };
    outputs.set(`contracts:${path}`, contractRecordFromValue(value, path));
    return { path, sourceId: `contracts:${path}`, value };
  });
  return { name: 'c', description: '', outputs, contracts };
}

describe('the owner evaluation: one person written two ways', () => {
  it('takes the same letters as one person, and different digits as two', () => {
    assert.equal(personKey('Eddie Davison'), 'eddiedavison');
    assert.ok(samePerson('eddiedavison92', 'eddie davison'));
    assert.ok(samePerson('katehomer55', 'Kate.Homer'));
    assert.ok(samePerson('zoë.adams', 'zoe adams'));
    assert.ok(!samePerson('jsmith1', 'jsmith2'));
    assert.ok(!samePerson('1001', '1002'));
    assert.ok(!samePerson('em-baldwin', 'emily baldwin'));
    assert.ok(!samePerson('team-a', 'team-b'));
  });

  it('counts the suggester and both baselines right when they name the answer spelt another way', () => {
    // Four contracts say eddiedavison92, the fifth says eddie davison: the same person.
    const collected = collectCorpus(corpus(['eddiedavison92', 'eddiedavison92', 'eddiedavison92', 'eddie davison']));
    const held = collected.rows[3];
    assert.equal(held.candidates[0].id, 'eddiedavison92');
    assert.deepEqual([held.right[0], held.written.right[0]], [true, false]);
    assert.deepEqual([held.cascade[0], held.written.cascade[0]], [true, false]);
    assert.deepEqual([held.domainMajority[0], held.written.domainMajority[0]], [true, false]);
    const [person] = scoreCorpus(collected, undefined, 'person').roles;
    const [written] = scoreCorpus(collected, undefined, 'written').roles;
    for (const method of ['suggester', 'cascade', 'domainMajority'] as const) {
      assert.equal(person[method].top1, 4, method);
      assert.equal(written[method].top1, 3, method);
    }
  });

  it('does not count someone else right', () => {
    const collected = collectCorpus(corpus(['jsmith1', 'jsmith1', 'jsmith1', 'jsmith2']));
    const held = collected.rows[3];
    assert.equal(held.candidates[0].id, 'jsmith1');
    assert.equal(held.right[0], false);
    assert.equal(held.cascade[0], false);
  });

  it('fits the owner model on the ids as written', () => {
    const collected = collectCorpus(corpus(['eddiedavison92', 'eddiedavison92', 'eddie davison', 'eddie davison']));
    assert.ok(collected.rows.some((row) => row.right.some((r, i) => r !== row.written.right[i])));
    const asWritten = { ...collected, rows: collected.rows.map((row) => ({ ...row, ...row.written })) };
    assert.deepEqual(fitModel([collected]), fitModel([asWritten]));
  });
});
