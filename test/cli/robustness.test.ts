// The engine must survive anything an editor or a repository can hold: mutated official examples,
// random YAML, huge files and alias bombs. It never throws, and every range it reports lies inside the text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { fixAll, lintText, type FileLintResult, type Range } from '../../src/engine';
import { generateContract } from '../../scripts/gen/contract';

const EXAMPLES_DIR = path.join(__dirname, '../fixtures/odcs');
// The 5,000-line AdventureWorks example is left to the size tests; mutating it 10,000 times would take minutes.
const examples = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.odcs.yaml'))
  .map((f) => readFileSync(path.join(EXAMPLES_DIR, f), 'utf8'))
  .filter((text) => text.split('\n').length < 400);

const TODAY = '2026-06-01';
/** Fixed seeds keep CI reproducible; DCLENS_FUZZ_SEED=<n> explores other inputs locally. */
const seedFor = (fixed: number): number =>
  process.env.DCLENS_FUZZ_SEED ? Number(process.env.DCLENS_FUZZ_SEED) + fixed : fixed;

function rangeProblem(range: Range, lines: string[], what: string): string | undefined {
  const inside = (p: Range['start']) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lines.length &&
    p.character >= 0 &&
    p.character <= lines[p.line].length;
  if (!inside(range.start) || !inside(range.end)) return `${what} range ${JSON.stringify(range)} is outside the text`;
  const ordered =
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? undefined : `${what} range ${JSON.stringify(range)} ends before it starts`;
}

/** Lints and checks the result; returns it so callers can assert more. */
function lintChecked(text: string, fileName = 'mutated.odcs.yaml'): FileLintResult {
  const result = lintText(text, { fileName, today: TODAY });
  const lines = text.split('\n');
  assert.deepEqual(result.internalErrors ?? [], [], 'no rule crashed');
  for (const f of result.findings) {
    const problem =
      rangeProblem(f.range, lines, `${f.ruleId} finding`) ??
      [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]
        .flatMap((fix) => fix.edits)
        .map((e) => rangeProblem(e.range, lines, `${f.ruleId} fix`))
        .find(Boolean);
    assert.equal(problem, undefined);
  }
  return result;
}

type Mutation =
  | { kind: 'replace-char'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-line'; line: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'truncate'; at: number };

const NASTY_CHARS = [
  ':',
  '-',
  ' ',
  '\t',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '#',
  '\n',
  '\r',
  '|',
  '>',
  '!',
  '%',
  '@',
  '`',
  ',',
  '?',
  '\u0000',
  '\uFEFF',
  '\u2028',
  'é',
  '😀',
  '\uD800',
  'x',
  '0',
];
const FRAGMENTS = [
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '? ',
  '--- ',
  '...',
  '- ',
  ': ',
  '{',
  '[',
  '"',
  "'",
  '|-\n',
  '>\n',
  '%YAML 1.1\n',
  'kind: DataContract\n',
  'apiVersion: v3.1.0\n',
  'schema: ',
  'properties:\n  - ',
  'name: ',
  'logicalType: strng',
  'team: []',
  '# dclens-disable\n',
  'dataContractSpecification: 1.1.0\n',
  'mustBeBetween: [',
  'quality: [{metric: rowCount}]',
  '- name: x\n  logicalType: date\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace-char' as const), at: fc.nat(), char: fc.constantFrom(...NASTY_CHARS) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (m.kind) {
    case 'replace-char':
      return text.slice(0, at(m.at)) + m.char + text.slice(at(m.at) + 1);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'delete-line':
      lines.splice(line(m.line), 1);
      break;
    case 'duplicate-line':
      lines.splice(line(m.line), 0, lines[line(m.line)]);
      break;
    case 'swap-lines':
      [lines[line(m.line)], lines[line(m.other)]] = [lines[line(m.other)], lines[line(m.line)]];
      break;
    case 'indent': {
      const i = line(m.line);
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    }
  }
  return lines.join('\n');
}

const mutatedExample = fc
  .tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** A contract head with random content under the keys rules look at. */
const randomContract = fc
  .record({
    schema: fc.anything({ maxDepth: 4 }),
    team: fc.anything({ maxDepth: 3 }),
    quality: fc.anything({ maxDepth: 3 }),
    servers: fc.anything({ maxDepth: 3 }),
    extra: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
  })
  .map(({ extra, ...parts }) => {
    let body: string;
    try {
      body = stringify({ ...extra, ...parts });
    } catch {
      body = '';
    }
    return `apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n${body}`;
  });

const randomYaml = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
  fc.string({ unit: fc.constantFrom(...NASTY_CHARS, 'a', 'b', 'k', '1', ' ', ' ', '\n', '\n'), maxLength: 200 }),
  fc.string({ maxLength: 120 }),
);

describe('engine robustness', function () {
  this.timeout(120_000);

  it('survives 6,000 mutated official examples', () => {
    fc.assert(
      fc.property(mutatedExample, (text) => void lintChecked(text)),
      { numRuns: 6000, seed: seedFor(20261127) },
    );
  });

  it('applies every safe fix to 500 mutated examples that are still valid YAML, keeping them valid', () => {
    const syntaxErrors = (r: FileLintResult) =>
      r.findings.filter((f) => f.ruleId === 'yaml-syntax' && f.severity === 'error').length;
    fc.assert(
      fc.property(mutatedExample, (text) => {
        fc.pre(syntaxErrors(lintChecked(text)) === 0);
        const fixed = fixAll(text, (t) => lintChecked(t));
        assert.equal(syntaxErrors(fixed.result), 0, `the fixes broke the YAML:\n${fixed.text}`);
      }),
      { numRuns: 500, seed: seedFor(99) },
    );
  });

  it('survives 2,000 contracts with random content', () => {
    fc.assert(
      fc.property(randomContract, (text) => void lintChecked(text)),
      { numRuns: 2000, seed: seedFor(4242) },
    );
  });

  it('survives 2,000 random YAML texts, under contract and other names', () => {
    fc.assert(
      fc.property(
        randomYaml,
        fc.constantFrom('x.odcs.yaml', 'datacontract.yaml', 'values.yaml'),
        (text, name) => void lintChecked(text, name),
      ),
      { numRuns: 2000, seed: seedFor(777) },
    );
  });

  it('lints a 10 MB contract in seconds, with findings', () => {
    const text = generateContract({ lines: 1, targetBytes: 10 * 1024 * 1024, mistakes: true, seed: 1 });
    assert.ok(text.length >= 10 * 1024 * 1024);
    const started = performance.now();
    const result = lintChecked(text, 'huge.odcs.yaml');
    const seconds = (performance.now() - started) / 1000;
    assert.ok(
      result.findings.some((f) => f.ruleId === 'schema-invalid-enum'),
      'the planted logicalType typo is found',
    );
    assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
  });

  it('stops an alias bomb quickly and says so', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `apiVersion: v3.1.0\nkind: DataContract\nid: bomb\nversion: 1.0.0\nstatus: active\n${levels.join('\n')}\n`;
    const started = performance.now();
    const result = lintChecked(text, 'bomb.odcs.yaml');
    const seconds = (performance.now() - started) / 1000;
    assert.ok(
      result.findings.some((f) => f.ruleId === 'alias-limit'),
      JSON.stringify(result.findings.map((f) => f.ruleId)),
    );
    assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
  });
});
