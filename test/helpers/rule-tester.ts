// A strict, table-driven tester for one rule (in the spirit of ESLint's RuleTester).
import assert from 'node:assert/strict';
import { Lexer } from 'yaml';
import { lintText } from '../../src/engine/lint';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { offeredFixes } from '../../src/engine/fix/guard';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { unfilledPlaceholders, type AnyRule, type Report, type Rule } from '../../src/engine/rules/define-rule';
import type { SharedSettings } from '../../src/engine/config/settings';
import type { Finding, RuleLevel, TextEdit } from '../../src/engine/types';

/** What a table may give as `options`: part of the rule's options type (merged over its defaults); none when it takes none. */
export type OptionsInput<O> = 0 extends 1 & O
  ? Record<string, unknown>
  : [O] extends [undefined]
    ? undefined
    : Partial<O>;

export interface ValidCase<O = unknown> {
  name?: string;
  code: string;
  options?: OptionsInput<O>;
  settings?: SharedSettings;
  today?: string;
  catalogue?: unknown;
}

export interface ExpectedError<M extends string = string> {
  /** One of the rule's message ids (checked at compile time by `ruleTester`). */
  messageId: M;
  /** 1-based, as an editor shows it: the line a user would look at. */
  line: number;
  /** 1-based. */
  column: number;
  /** Text the message must contain, or a pattern it must match. */
  message?: string | RegExp;
  /** Text the finding's detail must contain, or a pattern it must match. */
  detail?: string | RegExp;
}

export interface InvalidCase<O = unknown, M extends string = string> extends ValidCase<O> {
  errors: Array<ExpectedError<M>>;
  /** The text after applying the fix of every finding; null asserts that no fix is offered. Omit to skip. */
  output?: string | null;
  /** Titles of suggestions the first finding must offer; [] asserts that it offers none. */
  suggestions?: string[];
  /** The text after applying the first finding's first suggestion. Every suggestion is checked to re-parse and keep comments. */
  suggestionOutput?: string;
}

export interface RuleTests<O, M extends string> {
  valid: Array<ValidCase<O>>;
  invalid: Array<InvalidCase<O, M>>;
}

/** The options type and the message ids of a rule, for tables built apart from the `ruleTester` call. */
export type OptionsOf<R> = R extends { meta: { defaultOptions?: infer O } } ? O : never;
export type MessageIdOf<R> = R extends { meta: { messages: infer T } } ? keyof T & string : never;
export type ValidCaseFor<R> = ValidCase<OptionsOf<R>>;
export type InvalidCaseFor<R> = InvalidCase<OptionsOf<R>, MessageIdOf<R>>;

/** A minimal valid ODCS v3.1.0 header; `body` is appended as-is (top-level keys). */
export function contract(body = ''): string {
  return `apiVersion: v3.1.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
}

/** A minimal valid ODCS v3.2.0 header, for rules about what v3.2.0 brings; `body` is appended as-is (top-level keys). */
export function contract32(body = ''): string {
  return `apiVersion: v3.2.0\nkind: DataContract\nid: test-contract\nversion: 1.0.0\nstatus: active\n${body}`;
}

/**
 * Lints `c.code` with this rule alone and returns its findings. Fails when the rule throws, or when a report leaves a
 * `{placeholder}` of its message unfilled (a literal brace is written `{{name}}` in the template).
 */
export function lintWithRule<O, M extends string>(rule: Rule<O, M>, c: ValidCase<NoInfer<O>>): Finding[] {
  const any = rule as unknown as AnyRule;
  const level: RuleLevel = rule.meta.severity === 'off' ? 'warning' : rule.meta.severity;
  const config = resolveConfig({ rules: { [rule.meta.id]: [level] }, settings: c.settings }, {}, [any]);
  if (c.options !== undefined) {
    assert.ok(rule.meta.options, `${rule.meta.id} takes no options`);
    const parsed = rule.meta.options.safeParse({
      ...(rule.meta.defaultOptions as object | undefined),
      ...(c.options as object),
    });
    assert.ok(parsed.success, `invalid options for ${rule.meta.id}: ${JSON.stringify(c.options)}`);
    (config.options as Map<string, unknown>).set(rule.meta.id, parsed.data);
  }
  const problems: string[] = [];
  const checked: AnyRule = {
    meta: any.meta,
    create: (context) =>
      any.create({
        ...context,
        report: (r: Report<string>) => {
          problems.push(...messageProblems(any, r));
          context.report(r);
        },
      }),
  };
  // One finding per place: the table tests the rule's judgement; test/engine/group-findings.test.ts tests grouping.
  const result = lintText(c.code, {
    rules: [checked],
    schema: false,
    config,
    today: c.today,
    catalogue: c.catalogue,
    group: false,
  });
  assert.deepEqual(result.internalErrors ?? [], [], 'the rule threw');
  assert.deepEqual(problems, [], 'the rule reported a message it did not fill in');
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

/** What is wrong with the message of one report: an unknown id, or placeholders without a value. */
export function messageProblems(rule: AnyRule, r: Report<string>): string[] {
  const template = (rule.meta.messages as Record<string, string | undefined>)[r.messageId];
  if (template === undefined) return [`messageId '${r.messageId}' is not one of the rule's messages`];
  // The engine fills {label} with the part's label (or "The contract").
  const data = { label: r.node?.label ?? 'The contract', ...r.data };
  const problems = unfilledPlaceholders(template, data).map(
    (name) => `messageId '${r.messageId}' leaves {${name}} unfilled`,
  );
  for (const [key, value] of Object.entries(r.data ?? {})) {
    if (typeof value === 'object' && value !== null)
      problems.push(`messageId '${r.messageId}' fills {${key}} with an object`);
  }
  return problems;
}

export function ruleTester<O, M extends string>(rule: Rule<O, M>, cases: RuleTests<NoInfer<O>, NoInfer<M>>): void {
  describe(`rule ${rule.meta.id} (${rule.meta.code})`, () => {
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => checkValid(rule, c));
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => checkInvalid(rule, c));
    });
    it('has an invalid case for every message of the rule', () => {
      assert.deepEqual(untestedMessages(rule, cases), [], 'messages no invalid case expects');
    });
  });
}

/** The message ids of a rule that no invalid case of its table expects. */
export function untestedMessages<O, M extends string>(
  rule: Rule<O, M>,
  cases: RuleTests<NoInfer<O>, NoInfer<M>>,
): string[] {
  const tested = new Set<string>(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
  return Object.keys(rule.meta.messages).filter((id) => !tested.has(id));
}

export function checkValid<O, M extends string>(rule: Rule<O, M>, c: ValidCase<NoInfer<O>>): void {
  const findings = lintWithRule(rule, c);
  assert.deepEqual(
    findings.map((f) => `${f.range.start.line + 1}: ${f.message}`),
    [],
  );
}

export function checkInvalid<O, M extends string>(rule: Rule<O, M>, c: InvalidCase<NoInfer<O>, NoInfer<M>>): void {
  const any = rule as unknown as AnyRule;
  const plain = c as unknown as InvalidCase;
  const findings = lintWithRule(rule, c);
  const where = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  assert.equal(
    findings.length,
    c.errors.length,
    `expected ${c.errors.length} finding(s), got:\n${findings.map((f) => `  ${where(f)} ${f.messageId} ${f.message}`).join('\n')}`,
  );
  c.errors.forEach((expected, k) => {
    const f = findings[k];
    assert.ok(
      (rule.meta.messages as Record<string, string | undefined>)[expected.messageId] !== undefined,
      `unknown messageId ${expected.messageId}`,
    );
    assert.equal(f.messageId, expected.messageId, `messageId of finding ${k + 1}: ${f.message}`);
    assert.equal(typeof expected.line, 'number', `expected finding ${k + 1} needs a line (it is at ${where(f)})`);
    assert.equal(f.range.start.line + 1, expected.line, `line of finding ${k + 1}: ${f.message}`);
    assert.equal(typeof expected.column, 'number', `expected finding ${k + 1} needs a column (it is at ${where(f)})`);
    if (expected.column !== undefined)
      assert.equal(f.range.start.character + 1, expected.column, `column of finding ${k + 1}: ${f.message}`);
    if (typeof expected.message === 'string')
      assert.ok(f.message.includes(expected.message), `message "${f.message}" lacks "${expected.message}"`);
    if (expected.message instanceof RegExp) assert.match(f.message, expected.message);
    if (typeof expected.detail === 'string')
      assert.ok(f.detail?.includes(expected.detail), `detail "${f.detail}" lacks "${expected.detail}"`);
    if (expected.detail instanceof RegExp) assert.match(f.detail ?? '', expected.detail);
    assert.ok(!/\[\d+\]|\bschema\.\d|properties\.\d/.test(f.message), `message names things by index: ${f.message}`);
  });
  if (c.output !== undefined) checkFix(any, plain, findings);
  if (c.suggestions) assert.deepEqual(findings[0]?.suggestions?.map((s) => s.title) ?? [], c.suggestions);
  if (c.suggestionOutput !== undefined) checkSuggestion(plain, findings);
  checkOfferedEdits(any, c.code, findings, (text) => lintWithRule(rule, { ...c, code: text }));
}

function checkFix(rule: AnyRule, c: InvalidCase, findings: Finding[]): void {
  const withFix = findings.filter((f) => f.fix);
  if (c.output === null) {
    assert.equal(withFix.length, 0, 'expected no fix');
    return;
  }
  assert.ok(withFix.length > 0, 'expected a fix');
  assert.ok(rule.meta.fixable, `${rule.meta.id} offers fixes but meta.fixable is not set`);
  const fixed = applyEdits(
    c.code,
    withFix.flatMap((f) => f.fix!.edits),
  );
  assert.equal(fixed, c.output);
  assert.notEqual(fixed, c.code, 'the fix changed nothing');
  assertStillParses(c.code, fixed, 'the fix');
  assertLinesKept(c.code, fixed);
  const again = lintWithRule(rule, { ...c, code: fixed });
  const repeated = again.filter((f) => f.fix && withFix.some((w) => JSON.stringify(w.path) === JSON.stringify(f.path)));
  assert.deepEqual(
    repeated.map((f) => f.message),
    [],
    're-linting offers the same fix again',
  );
}

/** A suggestion is the user's choice, so it need not be idempotent; it must still keep the file whole. */
function checkSuggestion(c: InvalidCase, findings: Finding[]): void {
  const suggestion = findings[0]?.suggestions?.[0];
  assert.ok(suggestion, 'expected a suggestion');
  const changed = applyEdits(c.code, suggestion.edits);
  assert.equal(changed, c.suggestionOutput);
  assertLinesKept(c.code, changed);
}

/**
 * Every fix and every suggestion of every finding, applied on its own, leaves a file that still parses (no new YAML
 * errors, no duplicate keys), keeps every comment, changes something and (given `relint`, the rule's findings on a
 * text) resolves the finding it was offered for; and the rule declares what it offers.
 */
export function checkOfferedEdits(
  rule: AnyRule,
  code: string,
  findings: Finding[],
  relint?: (text: string) => Finding[],
): void {
  findings.forEach((f, k) => {
    const offers: Array<[string, readonly TextEdit[]]> = [
      ...(f.fix ? [[`the fix '${f.fix.title}'`, f.fix.edits] as [string, readonly TextEdit[]]] : []),
      ...(f.suggestions ?? []).map((s): [string, readonly TextEdit[]] => [`the suggestion '${s.title}'`, s.edits]),
    ];
    if (f.fix) assert.ok(rule.meta.fixable, `${rule.meta.id} offers fixes but meta.fixable is not set`);
    if (f.suggestions?.length)
      assert.ok(rule.meta.hasSuggestions, `${rule.meta.id} offers suggestions but meta.hasSuggestions is not set`);
    for (const [what, edits] of offers) {
      const label = `${what} of finding ${k + 1}`;
      const changed = applyEdits(code, edits);
      assert.notEqual(changed, code, `${label} changes nothing`);
      assertStillParses(code, changed, label);
      assertCommentsKept(code, changed, label);
      if (relint) {
        const same = (g: Finding) => g.messageId === f.messageId && JSON.stringify(g.path) === JSON.stringify(f.path);
        assert.deepEqual(
          relint(changed)
            .filter(same)
            .map((g) => g.message),
          [],
          `${label} leaves its finding in place:\n${changed}`,
        );
      }
    }
    // What users are offered passes the guard (docs/fixes.md): a safe fix changes the parsed contract only at its
    // target, a suggestion changes no existing value elsewhere. A rule whose fix the guard would drop fails here.
    const [offered] = offeredFixes(code, [f]);
    if (f.fix)
      assert.ok(
        offered.fix,
        `the fix '${f.fix.title}' of finding ${k + 1} would be dropped: it changes the contract beside its target, loses a comment or breaks the YAML`,
      );
    const kept = new Set(offered.suggestions?.map((s) => s.title));
    for (const s of f.suggestions ?? [])
      assert.ok(
        kept.has(s.title),
        `the suggestion '${s.title}' of finding ${k + 1} would be dropped: it changes an existing value elsewhere, loses a comment or breaks the YAML`,
      );
  });
}

const yamlErrors = (text: string): string[] =>
  parseYamlFile(text).documents.flatMap((d) => d.problems.filter((p) => p.severity === 'error').map((p) => p.message));

/** The text after an edit parses as well as the text before (a file with a syntax error may keep it, no more). */
export function assertStillParses(before: string, after: string, what = 'the edit'): void {
  const was = yamlErrors(before);
  const now = yamlErrors(after);
  if (was.length === 0) assert.deepEqual(now, [], `the text after ${what} does not parse:\n${after}`);
  else assert.ok(now.length <= was.length, `${what} adds YAML errors: ${now.join('; ')}`);
}

/** The comments of a YAML text, as the YAML lexer reads them (a `#` inside a quoted or block value is not one). */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

/** Every comment of `before` is still in `after` (as often as it was there). */
export function assertCommentsKept(before: string, after: string, what = 'the edit'): void {
  const left = commentsOf(after);
  const lost: string[] = [];
  for (const comment of commentsOf(before)) {
    const at = left.indexOf(comment);
    if (at === -1) lost.push(comment);
    else left.splice(at, 1);
  }
  assert.deepEqual(lost, [], `${what} lost comments`);
}

/** Every original line (comments and blank lines included) still appears, in order, in the fixed text. */
export function assertLinesKept(before: string, after: string, changed: (line: string) => boolean = () => false): void {
  const out = after.split('\n');
  let j = 0;
  const missing: string[] = [];
  for (const line of before.split('\n')) {
    if (changed(line)) continue;
    const found = out.indexOf(line, j);
    if (found === -1) missing.push(line);
    else j = found + 1;
  }
  // A fix may rewrite the lines it is about (a renamed key); it may not drop comments or blank lines.
  const lost = missing.filter((l) => l.trim() === '' || l.trim().startsWith('#'));
  assert.deepEqual(lost, [], 'the fix lost comments or blank lines');
  assert.ok(missing.length <= 3, `the fix rewrote too many lines:\n${missing.join('\n')}`);
}
