// Untrusted patterns: `node --import tsx scripts/bench/patterns.ts`.
// A contract's own regular expression runs against its examples. With a backtracking engine `^(a+)+$` on 35 'a's
// and a '!' takes hours; the linear-time matcher (RE2 through re2js) must finish the whole lint in milliseconds,
// and cost little on the patterns contracts really use. CODEOWNERS globs go through the same matcher.
import { lintText } from '../../src/engine';
// eslint-disable-next-line no-restricted-imports -- this benchmark times the rules' own matcher, which is not public
import { boundedPattern } from '../../src/engine/bounded-pattern';
import { buildSnapshot, codeownersFor, parseCodeowners } from '../../src/engine/owners';
import { compare, cpuMs, ms, printSummary, ratio, table } from './_measure';

const contract = (pattern: string, examples: string[]) => `apiVersion: v3.1.0
kind: DataContract
id: hostile
version: 1.0.0
status: active
schema:
  - name: people
    properties:
      - name: p
        logicalType: string
        logicalTypeOptions:
          pattern: '${pattern}'
        examples:
${examples.map((e) => `          - "${e}"\n`).join('')}`;

function once(fn: () => unknown): number {
  const start = cpuMs();
  fn();
  return cpuMs() - start;
}

const hostile: Array<[string, string]> = [
  ['^(a+)+$, 35 a + !', contract('^(a+)+$', [`${'a'.repeat(35)}!`])],
  ['^(a|a)*$, 10,000 a + !', contract('^(a|a)*$', [`${'a'.repeat(10_000)}!`])],
  ['^(\\w+\\s?)*$, 5,000 chars', contract('^(\\w+\\s?)*$', [`${'ab '.repeat(1666)}!`])],
];
const hostileRows = hostile.map(([name, text]) => [
  name,
  ms(once(() => lintText(text, { fileName: 'hostile.odcs.yaml', today: '2026-06-01' }))),
]);
console.log('Hostile contract patterns: one lintText (CPU ms)');
console.log(table(['pattern and example', 'lintText'], hostileRows));

// Everyday patterns: what the linear matcher costs against RegExp (which is safe on these).
const everyday: Array<[string, string]> = [
  ['^[A-Z]{2}[0-9]{6}[A-D]$', 'QQ123456C'],
  ['^ORD-\\d{6}$', 'ORD-123456'],
  ['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', 'someone@example.org'],
  ['^\\d{4}-\\d{2}-\\d{2}$', '2025-01-31'],
];
const cost = everyday.map(([source, text]) => {
  const bounded = boundedPattern(source, { unicode: true });
  if (bounded.status !== 'ok') throw new Error(`${source}: ${bounded.status}`);
  const native = new RegExp(source, 'u');
  const r = compare({ re2: () => bounded.test(text), regexp: () => native.test(text) });
  return { source, re2: r.re2 * 1000, regexp: r.regexp * 1000 };
});
console.log('\nEveryday patterns: one test (median CPU µs)');
console.log(
  table(
    ['pattern', 're2js', 'RegExp', 're2js / RegExp'],
    cost.map((c) => [c.source, c.re2.toFixed(2), c.regexp.toFixed(2), ratio(c.re2, c.regexp)]),
  ),
);

// CODEOWNERS globs: a line with many '**/' against a deep path (never ends with a backtracking RegExp).
const codeowners: Array<[string, string, string]> = [
  ['40 × **/ then x, path 30 deep', `${'**/'.repeat(40)}x @org/x\n`, `${'a/'.repeat(30)}y`],
  ['200 × **/ then *.yaml, path 500 deep', `${'**/'.repeat(200)}*.yaml @org/x\n`, `${'a/'.repeat(500)}b.yml`],
];
const codeownersRows = codeowners.map(([name, text, file]) => {
  const rules = buildSnapshot([parseCodeowners(text)]).codeowners;
  return [name, ms(once(() => codeownersFor(rules, file)))];
});
console.log('\nHostile CODEOWNERS lines: one owner lookup (CPU ms)');
console.log(table(['line and path', 'codeownersFor'], codeownersRows));

printSummary({
  module: 'patterns',
  hostileLintMs: Object.fromEntries(hostile.map(([name], i) => [name, Number(hostileRows[i][1])])),
  hostileCodeownersMs: Object.fromEntries(codeowners.map(([name], i) => [name, Number(codeownersRows[i][1])])),
  everydayTestUs: Object.fromEntries(
    cost.map((c) => [c.source, { re2js: Number(c.re2.toFixed(2)), regexp: Number(c.regexp.toFixed(2)) }]),
  ),
});
