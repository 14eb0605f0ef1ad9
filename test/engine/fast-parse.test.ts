// The fast parse path (src/engine/parse/fast-yaml.ts) against the `yaml` library's: on every fixture, the real-world
// corpus, the examples and 10,000 generated contracts (everyday ones from scripts/gen and fuzzed layouts with
// anchors, tags, flow lists, block scalars, comments everywhere, CRLF, markers), linting with the fast parser gives
// the same findings, messages, ranges and fixes as linting without it. Where the fast parser takes a file, its value
// and the place of every node equal the `yaml` document's.
//
// DCLENS_FAST_PARSE_RUNS sets the number of generated contracts (10,000 by default).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { lintText, type LintOptions } from '../../src/engine/lint';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { fastParse } from '../../src/engine/parse/fast-yaml';
import { offsetsIn, sourceTreeOf, type SourceNode } from '../../src/engine/parse/source-tree';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { generateContract } from '../../scripts/gen/contract';
import { fuzzCaseArb, plainFuzzCaseArb } from '../helpers/fuzz-contracts';
import type { JsonPath } from '../../src/engine/types';

const REPO = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.DCLENS_FAST_PARSE_RUNS ?? 10_000);
const TODAY = '2026-06-01';
const strict = resolveConfig({ extends: 'strict' });

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yamlFiles(file, out);
    else if (/\.ya?ml$/.test(name)) out.push(file);
  }
  return out;
}

/** Where the two trees differ (the fast tree may leave an end unknown); undefined when they agree. */
function treeDifference(fast: SourceNode | undefined, full: SourceNode | undefined, at = 'root'): string | undefined {
  if (!fast || !full) return fast === full ? undefined : `${at}: only one tree has a node`;
  if (fast.kind !== full.kind) return `${at}: ${fast.kind} against ${full.kind}`;
  if (fast.start !== full.start) return `${at}: starts at ${fast.start} against ${full.start}`;
  if (fast.end !== undefined && fast.end !== full.end) return `${at}: ends at ${fast.end} against ${full.end}`;
  if (fast.kind === 'map' && full.kind === 'map') {
    if (fast.pairs.length !== full.pairs.length) return `${at}: ${fast.pairs.length} keys against ${full.pairs.length}`;
    for (let i = 0; i < fast.pairs.length; i++) {
      const [a, b] = [fast.pairs[i], full.pairs[i]];
      if (a.key !== b.key || !isDeepStrictEqual(a.keyRange, b.keyRange)) return `${at}.${a.key}: key differs`;
      const inner = treeDifference(a.value, b.value, `${at}.${a.key}`);
      if (inner) return inner;
    }
  }
  if (fast.kind === 'seq' && full.kind === 'seq') {
    if (fast.items.length !== full.items.length)
      return `${at}: ${fast.items.length} items against ${full.items.length}`;
    for (let i = 0; i < fast.items.length; i++) {
      const inner = treeDifference(fast.items[i], full.items[i], `${at}[${i}]`);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Every path of a value, to ask both trees for each range. */
function paths(value: unknown, base: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(base);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...base, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...base, k], out);
  return out;
}

/** Checks one text; returns whether the fast parser took it. */
function compare(name: string, text: string, options: LintOptions): boolean {
  const fast = fastParse(text, 101);
  if (fast) {
    const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent', merge: true });
    const list = Array.isArray(docs) ? docs : [];
    assert.equal(list.length, 1, `${name}: the fast parser took a file of ${list.length} documents`);
    const [doc] = list;
    assert.deepEqual(
      [...doc.errors, ...doc.warnings].map((e) => e.code),
      [],
      `${name}: the fast parser took a file with problems`,
    );
    assert.ok(isDeepStrictEqual(fast.value, doc.toJS()), `${name}: the values differ`);
    const full = sourceTreeOf(doc, text);
    const difference = treeDifference(fast.tree.contents, full.contents);
    assert.equal(difference, undefined, `${name}: ${difference}`);
    for (const p of paths(fast.value)) {
      for (const target of ['key', 'value', 'entry'] as const) {
        const offsets = offsetsIn(fast.tree, text, p, target);
        if (offsets)
          assert.deepEqual(offsets, offsetsIn(full, text, p, target), `${name}: ${target} of ${p.join('.')}`);
      }
    }
  }
  const slow = lintText(text, options);
  const quick = lintText(text, { ...options, fast: true });
  assert.deepEqual(quick, slow, `${name}: the findings differ`);
  return fast !== undefined;
}

describe('fast parse path', function () {
  this.timeout(30 * 60_000);

  it('reads plain YAML as the yaml library does and leaves the rest to it', () => {
    const plain = 'apiVersion: v3.1.0\nkind: DataContract\nid: a\nname: "x"\ntags: [a, b]\ndescription: |\n  text\n';
    assert.equal(parseYamlFile(plain, { fast: true }).documents[0].plain, true);
    for (const text of [
      'a: &x 1\nb: *x\n', // anchor and alias
      'a: !!str 1\n', // tag
      'base: &b\n  x: 1\nc:\n  <<: *b\n', // merge key
      'a: 1\n---\nb: 2\n', // two documents
      'a:\n\t- 1\n', // tab
      '\uFEFFa: 1\n', // byte-order mark
      '? a\n: 1\n', // explicit key
      'items:\n  - ? a\n    : 1\n', // explicit key in a list item
      'a: [*x]\n', // alias in a flow list
      'a: 1\na: 2\n', // duplicate key
      'a: [1, 2\n', // unclosed list
      '- a\n- b\n', // root is a list
      '1: one\n', // key that is not text
      '%YAML 1.2\n---\na: 1\n', // directive
    ]) {
      const parsed = parseYamlFile(text, { fast: true });
      assert.notEqual(parsed.documents[0]?.plain, true, JSON.stringify(text));
      assert.ok(
        isDeepStrictEqual(
          parsed.documents.map((d) => d.value),
          parseYamlFile(text).documents.map((d) => d.value),
        ),
      );
    }
  });

  it('resolves scalars by the YAML 1.2 core schema, as the yaml library does', () => {
    const text = [
      'a: 0o17',
      'b: 0x1F',
      'c: 1e3',
      'd: .inf',
      'e: -.INF',
      'f: .NaN',
      'g: ~',
      'h: Null',
      'i: yes',
      'j: no',
      'k: on',
      'l: 2024-01-01',
      'm: 1_000',
      'n: 0b101',
      'o: +12',
      'p: -.5',
      'q: 12:30',
      'r: True',
      's: FALSE',
      't: 1.10',
      'u: "1"',
      "v: '~'",
      'w: 012',
      'x: 1.',
      'y: -0',
      'z: 123456789012345678901234567890',
      'aa:',
      'ab: 0o8',
    ].join('\n');
    const fast = fastParse(text, 101);
    assert.ok(fast, 'the fast parser takes plain scalars');
    assert.ok(isDeepStrictEqual(fast.value, parseAllDocuments(text)[0]?.toJS()));
    assert.equal(fast.value.i, 'yes'); // YAML 1.1 booleans stay text
    assert.equal(fast.value.l, '2024-01-01'); // and so do dates
  });

  it('lints every fixture, real-world contract and example the same way', () => {
    const files = [...yamlFiles(path.join(REPO, 'test/fixtures')), ...yamlFiles(path.join(REPO, 'examples'))];
    assert.ok(files.length > 1000, `${files.length} files`);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(REPO, file);
      if (compare(name, text, { fileName: name, today: TODAY, checkFixes: 'all' })) taken++;
    }
    // the comparison means something only if most files take the fast path
    assert.ok(taken > files.length * 0.8, `the fast parser took ${taken} of ${files.length} files`);
  });

  it(`lints ${RUNS} generated contracts the same way`, () => {
    // half everyday contracts; a quarter in plain layouts of every other kind; a quarter in any layout
    const everyday = Math.ceil(RUNS / 2);
    const plainFuzzed = Math.ceil((RUNS - everyday) / 2);
    const fuzzed = [
      ...fc.sample(plainFuzzCaseArb, { numRuns: plainFuzzed, seed: 15 }),
      ...fc.sample(fuzzCaseArb, { numRuns: RUNS - everyday - plainFuzzed, seed: 16 }),
    ];
    let taken = 0;
    for (let i = 0; i < everyday; i++) {
      const text = generateContract({ lines: 40 + ((i * 37) % 500), seed: 1000 + i, mistakes: i % 4 === 0 });
      const crlf = i % 7 === 0 ? text.replace(/\n/g, '\r\n') : text;
      if (compare(`generated contract ${i}`, crlf, { today: TODAY, checkFixes: 'fixes', suggestions: i % 2 === 0 }))
        taken++;
    }
    fuzzed.forEach(({ text }, i) => {
      if (compare(`fuzzed contract ${i}`, text, { today: TODAY, config: strict, checkFixes: 'all' })) taken++;
    });
    assert.ok(taken > RUNS * 0.5, `the fast parser took ${taken} of ${RUNS} contracts`);
  });
});
