// Turns a step plan into minimal text edits (comments, order and indentation kept), the same way rule fixes are made.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';
import type { TextEdit } from '../../types';
import type { ParsedFile } from '../../parse/yaml-file';
import { Fixer } from '../../fix/fixer';
import { locate } from '../../parse/locate';
import type { StepPlan } from './score-types';

/** The edits for a plan, or null when no safe edit exists (flow style, an empty mapping, an odd shape). */
export function planEdits(file: ParsedFile, doc: Document.Parsed, plan: StepPlan): TextEdit[] | null {
  if (plan.kind === 'edits') return plan.edits;
  const fixer = new Fixer(file, doc);
  const keyPath = [...plan.mapPath, plan.key];
  const existing = locate(doc, keyPath);
  if (plan.kind === 'set') {
    if (existing.pair) {
      if (plan.yaml.startsWith('\n')) return null; // a block value over an existing entry: left to the user
      if (isScalar(existing.node)) return single(fixer.replaceValue(keyPath, plan.yaml));
      return null;
    }
    const map = plan.mapPath.length === 0 ? doc.contents : locate(doc, plan.mapPath).node;
    if (!isMap(map)) return null;
    return single(
      fixer.insertEntries(plan.mapPath, `${plan.key}:${plan.yaml.startsWith('\n') ? '' : ' '}${plan.yaml}`),
    );
  }
  if (existing.pair && existing.node !== undefined && !isSeq(existing.node)) return null;
  if (existing.pair && isSeq(existing.node) && existing.node.items.length === 0) return null;
  return single(fixer.addSequenceItem(plan.mapPath, plan.key, plan.itemYaml));
}

const single = (edit: TextEdit | null): TextEdit[] | null => (edit ? [edit] : null);
