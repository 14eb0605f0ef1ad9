// Fuzzes the fixer: small contracts that trigger fixable findings, written in every layout of yaml-layouts.ts
// (anchors, aliases, tags, explicit keys, flow and block styles, comments everywhere, block scalars with every
// chomping indicator, CRLF, a byte-order mark, several documents). Every offered fix and suggestion, and fix-all,
// must keep what fix-oracle.ts checks, with an oracle of its own (not the engine's guard).
//
// DCLENS_FUZZ_RUNS sets the number of contracts (10,000 by default), DCLENS_FUZZ_SEED the seed (printed on failure),
// DCLENS_FUZZ_FIXALL_EVERY how often fix-all runs too (1 in 8 contracts by default: it lints several times).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { fixAll } from '../../src/engine/fix/fix-all';
import { offeredFixes } from '../../src/engine/fix/guard';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { allRules, ruleById } from '../../src/engine/rules';
import type { FileLintResult, Finding, TextEdit } from '../../src/engine/types';
import { parseOdcsVersion, validateOdcs, type SchemaIssue } from '../../src/engine/model';
import { fuzzCaseArb, layoutArb } from '../helpers/fuzz-contracts';
import { keepsComments, noNewErrors, parseText, spliceEdits, valueProblem, type Parsed } from '../helpers/fix-oracle';
import { isDeepStrictEqual } from 'node:util';

const TODAY = '2026-06-01';
const strict = resolveConfig({ extends: 'strict' });
const RUNS = Number(process.env.DCLENS_FUZZ_RUNS ?? 10_000);
const SEED =
  process.env.DCLENS_FUZZ_SEED !== undefined
    ? Number(process.env.DCLENS_FUZZ_SEED)
    : (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0;
const FIXALL_EVERY = Math.max(1, Number(process.env.DCLENS_FUZZ_FIXALL_EVERY ?? 8));

// The rules of the strict profile that can offer a fix or a suggestion (the others cannot change what is offered);
// linting with them alone keeps 10,000 contracts within a few minutes.
const FIXING = allRules.filter((r) => r.meta.fixable || r.meta.hasSuggestions || r.meta.supersedesSchemaFindings);
const lint = (text: string): FileLintResult => lintText(text, { today: TODAY, config: strict, rules: FIXING });
/** The findings of one rule (schema findings for the engine's own rules), to see whether a fix is offered again. */
const lintRule = (text: string, ruleId: string): Finding[] => {
  const rule = ruleById.get(ruleId);
  const engine = rule?.meta.group === 'schema' || rule?.meta.group === 'syntax' || rule === undefined;
  return lintText(text, { today: TODAY, config: strict, rules: engine ? [] : [rule], schema: engine }).findings;
};
const SCHEMA_KIND: Record<string, SchemaIssue['kind']> = {
  'schema-unknown-key': 'unknown-key',
  'schema-invalid-enum': 'invalid-enum',
  'schema-wrong-type': 'wrong-type',
  'schema-invalid-value': 'invalid-value',
};
/**
 * Whether the fixed document may have the finding's fix again. A schema finding needs a schema issue with a fix at
 * the same place, which the model tells from the parsed value at once (lint then says whether it is offered).
 */
const mayOfferAgain = (f: Finding, value: unknown): boolean => {
  const kind = SCHEMA_KIND[f.ruleId];
  const version = isMap(value) ? parseOdcsVersion(value.apiVersion) : undefined;
  if (kind === undefined || version === undefined || version === 'v2') return true;
  return validateOdcs(value, version).some(
    (i) => i.kind === kind && i.fix !== undefined && isDeepStrictEqual(i.path, f.path),
  );
};
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Whether the guard offers this fix (or, with `suggestion`, this suggestion) of the finding. */
const isOffered = (text: string, f: Finding, suggestion?: number): boolean => {
  if (suggestion === undefined)
    return offeredFixes(text, [{ ...f, suggestions: undefined }], { suggestions: false })[0].fix !== undefined;
  const only = { ...f, fix: undefined, suggestions: [f.suggestions![suggestion]] };
  return (offeredFixes(text, [only])[0].suggestions?.length ?? 0) > 0;
};

class Tally {
  readonly fixes = new Map<string, number>();
  readonly suggestions = new Map<string, number>();
  /** Fixes and suggestions that break an invariant and that the guard rightly refuses to offer. */
  readonly refused = new Map<string, number>();
  cases = 0;
  fixAllRuns = 0;
  fixAllApplied = 0;
  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  total(map: Map<string, number>): number {
    return [...map.values()].reduce((a, b) => a + b, 0);
  }
  report(): string {
    const list = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none';
    return [
      `fixer fuzz: ${this.cases} contracts, seed ${SEED} (DCLENS_FUZZ_SEED=${SEED} repeats this run)`,
      `  ${this.total(this.fixes)} fixes applied that keep every invariant: ${list(this.fixes)}`,
      `  ${this.total(this.suggestions)} suggestions applied that keep every invariant: ${list(this.suggestions)}`,
      `  ${this.total(this.refused)} that would break an invariant, refused by the guard: ${list(this.refused)}`,
      `  fix-all on ${this.fixAllRuns} contracts, ${this.fixAllApplied} fixes applied`,
    ].join('\n');
  }
}

const failure = (what: string, problem: string, before: string, after?: string): Error =>
  new Error(
    `${what}: ${problem} (DCLENS_FUZZ_SEED=${SEED})\n--- contract\n${before}${after === undefined ? '' : `--- after\n${after}`}`,
  );

/** Applies the edits and checks what every change must keep: the new text, or why it is not acceptable. */
function applyChecked(
  text: string,
  before: Parsed,
  edits: readonly TextEdit[],
  withValues = true,
): { out: string; after: Parsed; problem?: string } {
  const out = spliceEdits(text, edits);
  if (typeof out !== 'string') return { out: text, after: before, problem: out.problem };
  const after = parseText(out, withValues);
  const problem =
    noNewErrors(before, after) ?? (keepsComments(before, after) ? undefined : 'a comment is lost or out of order');
  return { out, after, problem };
}

/** Why a safe fix is not acceptable, or undefined. */
function fixProblem(text: string, before: Parsed, f: Finding): { out: string; problem?: string } {
  const { out, after, problem } = applyChecked(text, before, f.fix!.edits);
  if (problem) return { out, problem };
  const index = f.documentIndex ?? 0;
  const changed = before.values.findIndex((v, i) => i !== index && !isDeepStrictEqual(v, after.values[i]));
  if (changed !== -1) return { out, problem: `document ${changed + 1} changed` };
  const wrong = valueProblem(f, before.values[index], after.values[index]);
  if (wrong) return { out, problem: wrong };
  // Idempotent: the fixed text is not offered the same fix (same rule, same place) again.
  const same = (g: Finding) =>
    g.ruleId === f.ruleId &&
    (g.documentIndex ?? 0) === index &&
    isDeepStrictEqual(g.path, f.path) &&
    g.fix !== undefined;
  const again = mayOfferAgain(f, after.values[index]) ? lintRule(out, f.ruleId).find(same) : undefined;
  if (again && isOffered(out, again)) return { out, problem: 'the fixed text is offered the same fix again' };
  return { out };
}

function checkFixAll(text: string, before: Parsed, tally: Tally): void {
  const first = fixAll(text, lint);
  const after = parseText(first.text);
  const problem =
    noNewErrors(before, after) ??
    (keepsComments(before, after) ? undefined : 'a comment is lost or out of order') ??
    (text.startsWith('\uFEFF') && !first.text.startsWith('\uFEFF') ? 'the byte-order mark is lost' : undefined);
  if (problem) throw failure('fix-all', problem, text, first.text);
  const second = fixAll(first.text, lint);
  if (second.text !== first.text)
    throw failure(
      'fix-all',
      'a second fix-all changes the text again',
      text,
      `${first.text}--- after the second\n${second.text}`,
    );
  tally.fixAllRuns++;
  tally.fixAllApplied += first.applied;
}

/** A stable number from the text, to choose which contracts also go through fix-all. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Checks every fix and suggestion of the contract with the oracle. One that fails must be one the guard refuses to
 * offer (asking the guard only then keeps the run fast); one that passes is what an editor may offer.
 */
function checkContract(text: string, tally: Tally): void {
  const before = parseText(text);
  tally.cases++;
  // Suggestions with the same edits (the same skeleton offered by two findings) are applied once.
  const seen = new Map<string, { out: string; problem?: string }>();
  for (const f of lint(text).findings) {
    if (f.fix) {
      const what = `${f.ruleId} fix '${f.fix.title}' at ${JSON.stringify(f.path)}`;
      const { out, problem } = fixProblem(text, before, f);
      if (!problem) tally.count(tally.fixes, f.ruleId);
      else if (isOffered(text, f)) throw failure(what, problem, text, out);
      else tally.count(tally.refused, `${f.ruleId} fix`);
    }
    f.suggestions?.forEach((s, i) => {
      const key = JSON.stringify(s.edits);
      const { out, problem } = seen.get(key) ?? applyChecked(text, before, s.edits, false);
      seen.set(key, { out, problem });
      if (!problem) tally.count(tally.suggestions, f.ruleId);
      else if (isOffered(text, f, i))
        throw failure(`${f.ruleId} suggestion '${s.title}' at ${JSON.stringify(f.path)}`, problem, text, out);
      else tally.count(tally.refused, `${f.ruleId} suggestion`);
    });
  }
  if (hash(text) % FIXALL_EVERY === 0) checkFixAll(text, before, tally);
}

describe('fixer fuzz: every offered fix, suggestion and fix-all keeps the contract intact', function () {
  this.timeout(0);

  it('the generator writes valid YAML in every layout', () => {
    fc.assert(
      fc.property(fuzzCaseArb, ({ text }) => {
        const docs = parseAllDocuments(text, { uniqueKeys: true });
        assert.deepEqual(
          (Array.isArray(docs) ? docs : []).flatMap((d) => d.errors.map((e) => e.message)),
          [],
        );
      }),
      { numRuns: 300, seed: SEED },
    );
    assert.ok(fc.sample(layoutArb, { numRuns: 50, seed: SEED }).some((l) => l.crlf && l.bom));
  });

  it(`keeps the invariants on ${RUNS} generated contracts`, () => {
    const tally = new Tally();
    try {
      fc.assert(
        fc.property(fuzzCaseArb, ({ text }) => checkContract(text, tally)),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      console.log(tally.report());
    }
    // The generator must keep reaching the fixes: a generator that stopped triggering them would prove nothing.
    assert.ok(tally.total(tally.fixes) >= RUNS, `only ${tally.total(tally.fixes)} fixes were exercised`);
    for (const rule of [
      'schema-unknown-key',
      'schema-invalid-enum',
      'schema-wrong-type',
      'deprecated-quality-rule',
      'between-bounds-order',
      'quality-dimension-synonym',
      'deprecated-sla-default-element',
      'deprecated-team-array',
    ]) {
      if (RUNS >= 1000) assert.ok((tally.fixes.get(rule) ?? 0) > 0, `no ${rule} fix was exercised`);
    }
  });
});
