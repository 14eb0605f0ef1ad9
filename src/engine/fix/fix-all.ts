// Applies every safe fix in passes until nothing changes (fixes that overlap wait for the next pass).
import type { FileLintResult } from '../types';
import { applyEdits } from './apply-edits';

const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all passes. */
  applied: number;
  /** The lint result of the final text. */
  result: FileLintResult;
}

export function fixAll(text: string, lint: (text: string) => FileLintResult): FixAllResult {
  let current = text;
  let applied = 0;
  let result = lint(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = result.findings.filter((f) => f.fix);
    if (fixes.length === 0) break;
    // One fix per finding; edits of a fix go together, and a fix overlapping an earlier one waits.
    const chosen: typeof fixes = [];
    const taken: Array<[number, number, number, number]> = [];
    for (const f of fixes) {
      // Two insertions at the same point also wait: the second may belong to a different block (a root key added
      // after a nested map that ends the file) and must be placed against the text the first one produced.
      const overlaps = f.fix!.edits.some((e) => taken.some(([sl, sc, el, ec]) => {
        const samePoint = sl === el && sc === ec && e.range.start.line === sl && e.range.start.character === sc;
        const apart = e.range.end.line < sl || (e.range.end.line === sl && e.range.end.character <= sc)
          || e.range.start.line > el || (e.range.start.line === el && e.range.start.character >= ec);
        return samePoint || !apart;
      }));
      if (overlaps) continue;
      chosen.push(f);
      for (const e of f.fix!.edits) taken.push([e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character]);
    }
    const next = applyEdits(current, chosen.flatMap((f) => f.fix!.edits));
    if (next === current) break;
    applied += chosen.length;
    current = next;
    result = lint(current);
  }
  return { text: current, applied, result };
}
