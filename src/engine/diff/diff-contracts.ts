// Compares two versions of a contract by meaning and judges each change for a consumer or a producer.
import { compareContract } from './compare-contract';
import { compareSchema } from './compare-schema';
import { levelOf } from './levels';
import { messageOf } from './messages';
import { readSide, type ReadSide } from './read-side';
import type { Change, ContractDiff, Perspective } from './types';
import { requiredBump, versionVerdict } from './version';

export interface DiffOptions {
  /** Who the changes are judged for; consumer when not given. */
  perspective?: Perspective;
}

/**
 * The base sides read last: an editor compares each new text with the same base again and again, so the base is
 * read once (a few, for several open contracts). A side is only read, never changed, by the comparison.
 */
const recentBases = new Map<string, ReadSide>();
const RECENT_BASES = 8;

function baseSide(text: string): ReadSide {
  const known = recentBases.get(text);
  if (known) {
    recentBases.delete(text);
    recentBases.set(text, known);
    return known;
  }
  const side = readSide(text);
  recentBases.set(text, side);
  if (recentBases.size > RECENT_BASES) recentBases.delete(recentBases.keys().next().value!);
  return side;
}

export function diffContracts(baseText: string, headText: string, options: DiffOptions = {}): ContractDiff {
  const perspective = options.perspective ?? 'consumer';
  const base = baseSide(baseText);
  const head = readSide(headText);
  if ('problem' in base || 'problem' in head) {
    const problem =
      'problem' in base ? `the base ${base.problem}` : `the new file ${(head as { problem: string }).problem}`;
    return {
      changes: [],
      summary: { breaking: 0, warning: 0, info: 0 },
      version: { base: null, head: null, required: 'none', ok: false, problem },
      problem,
    };
  }
  const before = base.side.value;
  const after = head.side.value;
  const found = [...compareSchema(before, after), ...compareContract(before, after)];
  const judged = found.map((f, index) => {
    const level = levelOf(f, perspective);
    const change: Change = {
      type: f.type,
      level,
      schema: f.schema,
      property: f.property,
      line: head.side.lineOf(f.at),
      message: messageOf(f, level, perspective),
      before: f.before ?? null,
      after: f.after ?? null,
    };
    return { change, wording: f.wording === true, index };
  });
  judged.sort((a, b) => a.change.line - b.change.line || a.index - b.index);
  const changes = judged.map((j) => j.change);
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const c of changes) summary[c.level]++;
  const required = requiredBump(judged.map((j) => ({ level: j.change.level, wording: j.wording })));
  return { changes, summary, version: versionVerdict(base.side.version, head.side.version, required) };
}
