// The shapes of a contract's quality score: one score per area, the reasons behind it and the next best steps.
import type { JsonPath, Range, ScoreArea, TextEdit } from '../../types';

export const SCORE_AREAS: readonly ScoreArea[] = [
  'completeness',
  'uniqueness',
  'consistency',
  'timeliness',
  'validity',
  'accuracy',
  'ownership',
  'documentation',
];

/** How to make a step happen in the text: entries to add, a list item to append, or a rule's own fix. */
export type StepPlan =
  | { kind: 'set'; mapPath: JsonPath; key: string; yaml: string }
  | { kind: 'add-item'; mapPath: JsonPath; key: string; itemYaml: string }
  | { kind: 'edits'; edits: TextEdit[] };

/** One thing the score looks for, on one part of the contract. */
export interface CriterionItem {
  met: boolean;
  /** How a person names the part, e.g. "property 'order_id' in schema 'orders'". */
  target: string;
  path: JsonPath;
  /** What to do when it is not met, e.g. "Add a duplicateValues check on property 'order_id' …". */
  action?: string;
  plan?: StepPlan;
}

/** A group of items that together are worth `weight` in their area. */
export interface CriterionGroup {
  area: ScoreArea;
  weight: number;
  /** What the group checks, as a phrase: "primary keys have a duplicate check". */
  label: string;
  items: CriterionItem[];
}

export interface ScoreGain {
  area: ScoreArea;
  from: number;
  to: number;
  overallFrom: number;
  overallTo: number;
}

export interface ScoreStep {
  area: ScoreArea;
  /** What to do, naming the part concerned. */
  title: string;
  /** The part concerned, e.g. "property 'order_id' in schema 'orders'". */
  target: string;
  path: JsonPath;
  /** Where the part is in the text scored (its key, or the first line when it is the whole contract). */
  range: Range;
  /** The text edits that make the step, so an editor can apply it. */
  edits: TextEdit[];
  /** The gain measured by scoring the contract again with the step applied. */
  gain: ScoreGain;
}

export interface AreaScore {
  area: ScoreArea;
  /** 0–100. */
  score: number;
  /** Plain-English reasons: what was found and what is missing. */
  reasons: string[];
  /** Lint findings of rules about this area. */
  problems: number;
  /** The step that raises this area most, when one was found. */
  nextStep?: ScoreStep;
}

export interface ContractScore {
  documentIndex: number;
  /** The contract's name (or id) when it has one. */
  name?: string;
  /** 0–100: the mean of the area scores. */
  overall: number;
  areas: Record<ScoreArea, AreaScore>;
  /** The steps that raise the overall score most, best first. */
  nextSteps: ScoreStep[];
  /** All lint findings in the document, of any rule. */
  problems: number;
}

export interface ScoreOptions {
  /** Predict the gain of next steps by re-scoring (slower); default true. */
  predictSteps?: boolean;
  /** How many candidate steps per area are tried; default 3 (1 for very large texts). */
  candidatesPerArea?: number;
  /** The lint result of the same text (as the editor shows it); linted here when absent. */
  lint?: import('../../types').FileLintResult;
  /** Passed on to lintText. */
  fileName?: string;
  config?: import('../../config/resolve-config').ResolvedConfig;
  catalogue?: unknown;
  today?: string;
  /** The document to score in a multi-document file; default the first contract. */
  documentIndex?: number;
}
