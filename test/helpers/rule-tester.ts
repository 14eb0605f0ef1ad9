// A strict, table-driven tester for one rule (in the spirit of ESLint's RuleTester).
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import type { AnyRule } from '../../src/engine/rules/define-rule';
import type { SharedSettings } from '../../src/engine/config/settings';
import type { Finding, RuleLevel } from '../../src/engine/types';

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  settings?: SharedSettings;
  today?: string;
  catalogue?: unknown;
}

export interface ExpectedError {
  messageId: string;
  /** 1-based, as an editor shows it. */
  line?: number;
  column?: number;
  /** Text the message must contain, or a pattern it must match. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying the fix of every finding; null asserts that no fix is offered. Omit to skip. */
  output?: string | null;
  /** Titles of suggestions the first finding must offer; [] asserts that it offers none. */
  suggestions?: string[];
  /** The text after applying the first finding's first suggestion (checked to re-parse and keep comments). */
  suggestionOutput?: string;
}

/** A minimal valid ODCS v3.1.0 header; `body` is appended as-is (top-level keys). */
export function contract(body = ''): string {
  return `apiVersion: v3.1.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
}

/** A minimal valid ODCS v3.2.0 header, for rules about what v3.2.0 brings; `body` is appended as-is (top-level keys). */
export function contract32(body = ''): string {
  return `apiVersion: v3.2.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
}

export function lintWithRule(rule: AnyRule, c: ValidCase): Finding[] {
  const level: RuleLevel = rule.meta.severity === 'off' ? 'warning' : rule.meta.severity;
  const config = resolveConfig({ rules: { [rule.meta.id]: [level] }, settings: c.settings }, {}, [rule]);
  if (c.options !== undefined) {
    assert.ok(rule.meta.options, `${rule.meta.id} takes no options`);
    const parsed = rule.meta.options.safeParse({ ...(rule.meta.defaultOptions as object | undefined), ...c.options });
    assert.ok(parsed.success, `invalid options for ${rule.meta.id}: ${JSON.stringify(c.options)}`);
    (config.options as Map<string, unknown>).set(rule.meta.id, parsed.data);
  }
  // One finding per place: the table tests the rule's judgement; test/engine/group-findings.test.ts tests grouping.
  const result = lintText(c.code, { rules: [rule], schema: false, config, today: c.today, catalogue: c.catalogue, group: false });
  assert.deepEqual(result.internalErrors ?? [], [], 'the rule threw');
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

export function ruleTester(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id} (${rule.meta.code})`, () => {
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = lintWithRule(rule, c);
        assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = lintWithRule(rule, c);
        assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${findings.map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`).join('\n')}`);
        c.errors.forEach((expected, k) => {
          const f = findings[k];
          const template = rule.meta.messages[expected.messageId];
          assert.ok(template !== undefined, `unknown messageId ${expected.messageId}`);
          assert.equal(f.messageId, expected.messageId, `messageId of finding ${k + 1}: ${f.message}`);
          if (expected.line !== undefined) assert.equal(f.range.start.line + 1, expected.line, `line of finding ${k + 1}: ${f.message}`);
          if (expected.column !== undefined) assert.equal(f.range.start.character + 1, expected.column, `column of finding ${k + 1}`);
          if (typeof expected.message === 'string') assert.ok(f.message.includes(expected.message), `message "${f.message}" lacks "${expected.message}"`);
          if (expected.message instanceof RegExp) assert.match(f.message, expected.message);
          assert.ok(!/\[\d+\]|\bschema\.\d|properties\.\d/.test(f.message), `message names things by index: ${f.message}`);
        });
        if (c.output !== undefined) checkFix(rule, c, findings);
        if (c.suggestions) assert.deepEqual(findings[0]?.suggestions?.map((s) => s.title) ?? [], c.suggestions);
        if (c.suggestionOutput !== undefined) checkSuggestion(rule, c, findings);
      });
    });
  });
}

function checkFix(rule: AnyRule, c: InvalidCase, findings: Finding[]): void {
  const withFix = findings.filter((f) => f.fix);
  if (c.output === null) {
    assert.equal(withFix.length, 0, 'expected no fix');
    return;
  }
  assert.ok(withFix.length > 0, 'expected a fix');
  assert.ok(rule.meta.fixable, `${rule.meta.id} offers fixes but meta.fixable is not set`);
  const fixed = applyEdits(c.code, withFix.flatMap((f) => f.fix!.edits));
  assert.equal(fixed, c.output);
  assert.notEqual(fixed, c.code, 'the fix changed nothing');
  const reparsed = parseYamlFile(fixed);
  assert.deepEqual(reparsed.documents.flatMap((d) => d.problems.filter((p) => p.severity === 'error').map((p) => p.message)), [], 'fixed text does not parse');
  assertLinesKept(c.code, fixed);
  const again = lintWithRule(rule, { ...c, code: fixed });
  const repeated = again.filter((f) => f.fix && withFix.some((w) => JSON.stringify(w.path) === JSON.stringify(f.path)));
  assert.deepEqual(repeated.map((f) => f.message), [], 're-linting offers the same fix again');
}

/** A suggestion is the user's choice, so it need not be idempotent; it must still keep the file whole. */
function checkSuggestion(rule: AnyRule, c: InvalidCase, findings: Finding[]): void {
  const suggestion = findings[0]?.suggestions?.[0];
  assert.ok(suggestion, 'expected a suggestion');
  assert.ok(rule.meta.hasSuggestions, `${rule.meta.id} offers suggestions but meta.hasSuggestions is not set`);
  const changed = applyEdits(c.code, suggestion.edits);
  assert.equal(changed, c.suggestionOutput);
  const reparsed = parseYamlFile(changed);
  assert.deepEqual(reparsed.documents.flatMap((d) => d.problems.filter((p) => p.severity === 'error').map((p) => p.message)), [], 'the text after the suggestion does not parse');
  assertLinesKept(c.code, changed);
}

/** Every original line (comments and blank lines included) still appears, in order, in the fixed text. */
export function assertLinesKept(before: string, after: string, changed: (line: string) => boolean = () => false): void {
  const out = after.split('\n');
  let j = 0;
  const missing: string[] = [];
  for (const line of before.split('\n')) {
    if (changed(line)) continue;
    const found = out.indexOf(line, j);
    if (found === -1) missing.push(line); else j = found + 1;
  }
  // A fix may rewrite the lines it is about (a renamed key); it may not drop comments or blank lines.
  const lost = missing.filter((l) => l.trim() === '' || l.trim().startsWith('#'));
  assert.deepEqual(lost, [], 'the fix lost comments or blank lines');
  assert.ok(missing.length <= 3, `the fix rewrote too many lines:\n${missing.join('\n')}`);
}
