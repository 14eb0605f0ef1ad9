// Small made-up evaluation cases for the owner-evaluation tests: candidates with only a hand-set ranking score, and a
// corpus of one Data Owner case.
import { FEATURES, type RankedCandidate } from '../../../src/engine/owners';
import type { CaseRow, CollectedCorpus } from '../../../scripts/owners-eval/evaluate';

const RAW = FEATURES.indexOf('hand-set ranking score');

/** A Data Owner candidate whose only evidence is a hand-set score. */
export function candidate(id: string, score: number, accountable = true): RankedCandidate {
  return {
    id,
    name: id,
    kind: 'person',
    role: 'Data Owner',
    features: [[RAW, score]],
    accountable,
    raw: score,
    votes: [],
  };
}

/** A corpus of one Data Owner case; `writtenRight` is who is right when ids are compared as written. */
export function oneCaseCorpus(
  candidates: RankedCandidate[],
  right: boolean[],
  writtenRight: boolean[] = right,
): CollectedCorpus {
  const row: CaseRow = {
    role: 'Data Owner',
    candidates,
    right,
    cascade: [],
    domainMajority: [],
    ceiling: true,
    written: { right: writtenRight, cascade: [], domainMajority: [], ceiling: true },
  };
  return { name: 'c', description: '', contracts: 1, seconds: 0, rows: [row] };
}
