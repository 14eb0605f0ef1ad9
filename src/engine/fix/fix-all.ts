// Applies every safe fix in passes until nothing changes (fixes that overlap wait for the next pass).
import type { FileLintResult, Finding, Range, TextEdit } from '../types';
import { applyEdits } from './apply-edits';

const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all passes. */
  applied: number;
  /** The lint result of the final text. */
  result: FileLintResult;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Whether two edits cannot be applied in one pass. */
function clash(a: TextEdit, b: TextEdit): boolean {
  const aPoint = a.range.start.line === a.range.end.line && a.range.start.character === a.range.end.character;
  const bPoint = b.range.start.line === b.range.end.line && b.range.start.character === b.range.end.character;
  // Two insertions at the same point also wait: the second may belong to a different block (a root key added
  // after a nested map that ends the file) and must be placed against the text the first one produced.
  if (aPoint && bPoint) return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
  const apart = before(a.range.end, b.range.start) || before(b.range.end, a.range.start);
  return !apart;
}

/** The fixes that can be applied together in one pass: one per finding, in order, skipping any that clash. */
export function chooseNonOverlappingFixes(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (finding.fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    chosen.push(finding);
    taken.push(...finding.fix.edits);
  }
  return chosen;
}

export function fixAll(text: string, lint: (text: string) => FileLintResult): FixAllResult {
  let current = text;
  let applied = 0;
  let result = lint(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = chooseNonOverlappingFixes(result.findings);
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flatMap((f) => f.fix!.edits));
    if (next === current) break;
    applied += chosen.length;
    current = next;
    result = lint(current);
  }
  return { text: current, applied, result };
}
