// Applies every safe fix in passes until nothing changes (fixes that overlap wait for the next pass). Each pass is
// checked on a copy before it is kept (see guard.ts): a fix that would break the YAML, lose a comment or change a
// value beside its target is dropped; no fix is applied twice.
import type { FileLintResult, Finding, Range, TextEdit } from '../types';
import { parseYamlFile } from '../parse/yaml-file';
import { applyEdits } from './apply-edits';
import { acceptsAll, FixGuard } from './guard';

const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all passes. */
  applied: number;
  /** The lint result of the final text. */
  result: FileLintResult;
}

const before = (a: Range['start'], b: Range['start']) =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Whether two edits cannot be applied in one pass. */
function clash(a: TextEdit, b: TextEdit): boolean {
  const aPoint = a.range.start.line === a.range.end.line && a.range.start.character === a.range.end.character;
  const bPoint = b.range.start.line === b.range.end.line && b.range.start.character === b.range.end.character;
  // Two insertions at the same point also wait: the second may belong to a different block (a root key added
  // after a nested map that ends the file) and must be placed against the text the first one produced.
  if (aPoint && bPoint)
    return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
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
  // A fix whose finding is still there after it was applied did not work (a file the parser reads otherwise than
  // the fix assumed): it is never applied twice. A fix whose finding went away may come back with a new finding at
  // the same place (a misspelled key renamed to the one a fix just removed) and is applied again, as a second run
  // would. A fix the guard refused waits until the text changes.
  const done = new Set<string>();
  let refused = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = chooseNonOverlappingFixes(
      result.findings.filter((f) => !done.has(signature(f)) && !refused.has(signature(f))),
    );
    if (candidates.length === 0) break;
    const chosen = checked(current, candidates);
    for (const f of candidates) if (!chosen.includes(f)) refused.add(signature(f));
    if (chosen.length === 0) continue; // the fixes they overlapped get their turn
    let next = applyEdits(
      current,
      chosen.flatMap((f) => f.fix!.edits),
    );
    let nextResult = next === current ? result : lint(next);
    // Each fix was checked alone; two together can still clash (two misspellings renamed to the same key). Then
    // this pass applies only the first, and the next pass sees what it did.
    if (chosen.length > 1 && syntaxErrors(nextResult) > syntaxErrors(result)) {
      chosen.length = 1;
      next = applyEdits(current, chosen[0].fix!.edits);
      nextResult = next === current ? result : lint(next);
    }
    if (next === current || syntaxErrors(nextResult) > syntaxErrors(result)) break;
    const left = new Set(nextResult.findings.map(signature));
    for (const f of chosen) if (left.has(signature(f))) done.add(signature(f));
    refused = new Set();
    applied += chosen.length;
    current = next;
    result = nextResult;
  }
  return { text: current, applied, result };
}

/**
 * The fixes that pass the guard: the whole pass at once with one parse, or, when that fails, each fix alone (those
 * that fail are dropped) and, if the rest still clash together (two misspellings of one key renamed to it), each
 * that fits with those kept before it; the others wait for the next pass.
 */
function checked(text: string, fixes: Finding[]): Finding[] {
  const file = parseYamlFile(text);
  const batch = (list: Finding[]) =>
    list.map((f) => ({ documentIndex: f.documentIndex ?? 0, target: f.path, edits: f.fix!.edits }));
  if (acceptsAll(file, batch(fixes))) return fixes;
  const guard = new FixGuard(file);
  const alone = fixes.filter((f) => guard.accepts(f.documentIndex ?? 0, f.path, f.fix!.edits));
  if (alone.length <= 1 || acceptsAll(file, batch(alone))) return alone;
  // Keeping only the first would take a pass per fix, and a contract with more fixes than passes would need a second run.
  const kept: Finding[] = [];
  for (const f of alone) if (acceptsAll(file, batch([...kept, f]))) kept.push(f);
  return kept.length > 0 ? kept : alone.slice(0, 1);
}

function signature(f: Finding): string {
  return `${f.ruleId}\u0000${f.documentIndex ?? 0}\u0000${JSON.stringify(f.path)}\u0000${f.fix?.title ?? ''}`;
}

function syntaxErrors(result: FileLintResult): number {
  return result.findings.filter(
    (f) => (f.ruleId === 'yaml-syntax' && f.severity === 'error') || f.ruleId === 'duplicate-key',
  ).length;
}
