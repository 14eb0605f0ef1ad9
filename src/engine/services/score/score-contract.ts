// The quality score of a contract: for each area, the share of what it looks for that the contract has, less the
// problems lint rules of that area found. Next steps are measured, not guessed: each is applied and the contract re-scored.
import type { Finding, Range, ScoreArea, Severity, TextEdit } from '../../types';
import { lintText } from '../../lint';
import { parseYamlFile, type ParsedFile } from '../../parse/yaml-file';
import { rangeOfPath } from '../../parse/locate';
import { applyEdits } from '../../fix/apply-edits';
import { collectParts, str } from '../../contract-nodes';
import { isObject } from '../../detect';
import { allRules, ruleById } from '../../rules';
import { nameOf } from '../../model/naming';
import { completeness, uniqueness, validity } from './criteria-data';
import { accuracy, consistency, timeliness } from './criteria-checks';
import { documentation, ownership } from './criteria-people';
import type { CriteriaContext } from './criteria-context';
import { planEdits } from './plan-edits';
import { filledIn } from './placeholders';
import {
  SCORE_AREAS,
  type AreaScore,
  type ContractScore,
  type CriterionGroup,
  type ScoreOptions,
  type ScoreStep,
  type StepPlan,
} from './score-types';

/** Points a lint finding of an area takes off that area's score. */
export const PENALTY: Record<Severity, number> = { error: 15, warning: 8, info: 3, hint: 0 };

const CRITERIA = [completeness, uniqueness, consistency, timeliness, validity, accuracy, ownership, documentation];

interface Scored {
  score: ContractScore;
  contract: Record<string, unknown>;
  groups: CriterionGroup[];
  findings: Finding[];
}

/** Scores every ODCS v3 contract document in the text. */
export function scoreContracts(text: string, options: ScoreOptions = {}): ContractScore[] {
  return scoreAll(text, options).map((s) => s.score);
}

/** Scores one contract document (the first, or options.documentIndex); undefined when the text holds none. */
export function scoreContract(text: string, options: ScoreOptions = {}): ContractScore | undefined {
  const all = scoreAll(text, { ...options, predictSteps: false });
  const chosen = all.find(
    (s) => options.documentIndex === undefined || s.score.documentIndex === options.documentIndex,
  );
  if (!chosen) return undefined;
  if (options.predictSteps !== false) addSteps(text, chosen, parseYamlFile(text), options);
  return chosen.score;
}

/** Only rules with a dimension change area scores, so re-scoring a step runs just those (and skips the schema check). */
const SCORING_RULES = allRules.filter((r) => r.meta.dimension !== undefined);

function scoreAll(text: string, options: ScoreOptions, scoringRulesOnly = false): Scored[] {
  const lint =
    options.lint ??
    lintText(text, {
      fileName: options.fileName,
      config: options.config,
      catalogue: options.catalogue,
      today: options.today,
      ...(scoringRulesOnly ? { rules: SCORING_RULES, schema: false } : {}),
    });
  const file = parseYamlFile(text);
  const out: Scored[] = [];
  for (const result of lint.documents) {
    const parsed = file.documents[result.documentIndex];
    if (result.kind !== 'odcs' || !parsed || !isObject(parsed.value) || !/^v?3\./.test(result.apiVersion ?? ''))
      continue;
    const contract = parsed.value;
    const ctx: CriteriaContext = {
      contract,
      parts: collectParts(contract),
      apiVersion: result.apiVersion ?? '',
      settings: options.config?.settings ?? {},
      today: options.today,
    };
    const groups = CRITERIA.flatMap((criteria) => criteria(ctx));
    const areas = {} as Record<ScoreArea, AreaScore>;
    for (const area of SCORE_AREAS)
      areas[area] = scoreArea(
        area,
        groups.filter((g) => g.area === area),
        result.findings,
        ctx,
      );
    const overall = Math.round(SCORE_AREAS.reduce((sum, a) => sum + areas[a].score, 0) / SCORE_AREAS.length);
    const name = str(contract.name) ?? str(contract.id);
    out.push({
      score: {
        documentIndex: result.documentIndex,
        ...(name ? { name } : {}),
        overall,
        areas,
        nextSteps: [],
        problems: result.findings.length,
      },
      contract,
      groups,
      findings: result.findings,
    });
  }
  if (options.predictSteps !== false) for (const scored of out) addSteps(text, scored, file, options);
  return out;
}

function scoreArea(area: ScoreArea, groups: CriterionGroup[], findings: Finding[], ctx: CriteriaContext): AreaScore {
  const applicable = groups.filter((g) => g.items.length > 0);
  const reasons: string[] = [];
  let earned = 0;
  let possible = 0;
  for (const group of applicable) {
    const met = group.items.filter((i) => i.met);
    earned += (group.weight * met.length) / group.items.length;
    possible += group.weight;
    const missing = group.items.filter((i) => !i.met).map((i) => i.target);
    const count = group.items.length > 1 ? ` (${met.length} of ${group.items.length})` : '';
    const single = group.items.length === 1;
    const generic = single && /^The /.test(missing[0] ?? '');
    reasons.push(
      missing.length === 0
        ? `✓ ${group.label}${count}`
        : generic
          ? `✗ ${group.label}`
          : `✗ ${group.label}${count}; not yet: ${listFew(missing)}`,
    );
  }
  const areaFindings = findings.filter((f) => ruleById.get(f.ruleId)?.meta.dimension === area);
  // a grouped finding stands for each of its places, so grouping changes how problems read, not the score
  const points = (f: Finding) =>
    PENALTY[f.severity] * (ruleById.get(f.ruleId)?.meta.grouping && f.related ? Math.max(1, f.related.length) : 1);
  const penalty = areaFindings.reduce((sum, f) => sum + points(f), 0);
  for (const f of areaFindings) reasons.push(`−${points(f)} points: ${f.message} (${f.code})`);
  if (applicable.length === 0) {
    reasons.unshift(
      ctx.parts.schemaObjects.length === 0
        ? `The contract describes no tables (schema) yet, so nothing supports its ${area}.`
        : `Nothing in the contract supports its ${area} yet.`,
    );
  }
  const base = possible === 0 ? 0 : (100 * earned) / possible;
  return { area, score: Math.max(0, Math.round(base - penalty)), reasons, problems: areaFindings.length };
}

function listFew(items: string[], max = 3): string {
  return items.length <= max ? items.join('; ') : `${items.slice(0, max).join('; ')} and ${items.length - max} more`;
}

interface Candidate {
  area: ScoreArea;
  title: string;
  target: string;
  path: ReadonlyArray<string | number>;
  plan: StepPlan;
}

function candidates(scored: Scored, area: ScoreArea, max: number): Candidate[] {
  const fromCriteria = scored.groups
    .filter((g) => g.area === area && g.items.length > 0)
    .flatMap((g) =>
      g.items.filter((i) => !i.met && i.plan && i.action).map((i) => ({ item: i, value: g.weight / g.items.length })),
    )
    .sort((a, b) => b.value - a.value)
    .map(({ item }): Candidate => ({
      area,
      title: item.action as string,
      target: item.target,
      path: item.path,
      plan: item.plan as StepPlan,
    }));
  // A rule's safe fix, else its first suggestion (the step only proposes it; the user still chooses).
  const fromFixes = scored.findings
    .filter((f) => ruleById.get(f.ruleId)?.meta.dimension === area)
    .flatMap((f): Candidate[] => {
      const change = f.fix ?? f.suggestions?.[0];
      if (!change || change.edits.length === 0) return [];
      const target = nameOf(scored.contract, f.path);
      // A title that already names what it changes ('orders.placed_at') needs no "on …".
      const on = target === 'the contract' || change.title.includes("'") ? '' : ` on ${target}`;
      return [
        {
          area,
          title: `${change.title}${on} (${f.code})`,
          target,
          path: f.path,
          plan: { kind: 'edits', edits: change.edits },
        },
      ];
    });
  // When the area's problems already pull it to 0, adding what it looks for shows no gain: try the fixes first.
  const swamped = scored.score.areas[area].score === 0 && scored.score.areas[area].problems > 0;
  const [primary, secondary] = swamped ? [fromFixes, fromCriteria] : [fromCriteria, fromFixes];
  // Keep one place for the other kind, so neither kind crowds the other out entirely.
  const picked = [...primary.slice(0, Math.max(1, max - 1)), ...secondary.slice(0, 1)];
  for (const c of [...primary.slice(Math.max(1, max - 1)), ...secondary.slice(1)])
    if (picked.length < max) picked.push(c);
  return picked.slice(0, Math.max(max, 1));
}

function addSteps(text: string, scored: Scored, file: ParsedFile, options: ScoreOptions): void {
  const parsed = file.documents[scored.score.documentIndex];
  if (!parsed) return;
  const rescored = new Map<string, ContractScore | undefined>();
  const steps: ScoreStep[] = [];
  // Each candidate costs a lint of the whole text: try fewer on very large contracts.
  const per = options.candidatesPerArea ?? (text.length > 60_000 ? 1 : 3);
  for (const area of SCORE_AREAS) {
    let best: ScoreStep | undefined;
    for (const c of candidates(scored, area, per)) {
      const edits = planEdits(file, parsed.doc, c.plan);
      if (!edits || edits.length === 0) continue;
      // measured as if the user had filled in the placeholders the step writes
      const newText = applyEdits(
        text,
        edits.map((e) => ({ ...e, newText: filledIn(e.newText) })),
      );
      if (!rescored.has(newText)) {
        const again = scoreAll(newText, { ...options, lint: undefined, predictSteps: false }, true).find(
          (s) => s.score.documentIndex === scored.score.documentIndex,
        );
        rescored.set(newText, again?.score);
      }
      const after = rescored.get(newText);
      if (!after) continue;
      const from = scored.score.areas[area].score;
      const to = after.areas[area].score;
      if (to <= from) continue;
      const step: ScoreStep = {
        area,
        title: c.title,
        target: c.target,
        path: c.path,
        edits,
        range: withinText(text, c.path.length === 0 ? insertedAt(edits) : rangeOfPath(file, parsed.doc, c.path, 'key')),
        gain: { area, from, to, overallFrom: scored.score.overall, overallTo: after.overall },
      };
      steps.push(step);
      const overallGain = (x: ScoreStep) => x.gain.overallTo - x.gain.overallFrom;
      const areaGain = to - from;
      const bestGain = best ? best.gain.to - best.gain.from : -1;
      // The biggest gain in the area; on a tie, the step that costs other areas least.
      if (!best || areaGain > bestGain || (areaGain === bestGain && overallGain(step) > overallGain(best))) best = step;
    }
    if (best) scored.score.areas[area].nextStep = best;
  }
  const sameEffect = (a: ScoreStep, b: ScoreStep) =>
    a.area === b.area && a.gain.to === b.gain.to && a.gain.overallTo === b.gain.overallTo;
  const ordered = steps.sort(
    (a, b) =>
      b.gain.overallTo - b.gain.overallFrom - (a.gain.overallTo - a.gain.overallFrom) ||
      b.gain.to - b.gain.from - (a.gain.to - a.gain.from),
  );
  // Two ways to the same result (a rule's fix and a criterion) are one step for the reader.
  scored.score.nextSteps = ordered
    .filter((step, i) => !ordered.slice(0, i).some((other) => sameEffect(other, step)))
    .slice(0, 5);
}

/** For a step on the whole contract, the line where its text goes in (an edit that starts a new line lands below). */
function insertedAt(edits: readonly TextEdit[]): Range {
  const first = [...edits].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  )[0];
  const line = first.range.start.line + (/^\r?\n/.test(first.newText) ? 1 : 0);
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/**
 * A step's place, on a line the text has: an insertion after the last line (or any place past the end, blank lines
 * included) points at line 1, the contract it is about, so a "Next" link never opens a line the file does not have.
 */
function withinText(text: string, range: Range): Range {
  const lines = text.split(/\r?\n/);
  while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
  if (range.start.line < lines.length) return range;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** "Add a duplicateValues check on property 'order_id' in schema 'orders' → uniqueness 40 → 80". */
export function describeStep(step: ScoreStep): string {
  return `${step.title} → ${step.area} ${step.gain.from} → ${step.gain.to}`;
}
