import assert from 'node:assert/strict';
import { lintText } from '../../src/engine';
import { MAX_NESTING_DEPTH, parseYamlFile } from '../../src/engine/parse/yaml-file';
import { generateDeepContract } from '../../scripts/gen/wide';
import { rangeOfPath } from '../../src/engine/parse/locate';
import { dashWithoutSpace } from '../../src/engine/parse/recovery';
import fc from 'fast-check';

const firstProblem = (text: string) => parseYamlFile(text).documents.flatMap((d) => d.problems)[0];

describe('YAML parsing', () => {
  it('reads YAML 1.2: a date stays text and yes stays text', () => {
    const [doc] = parseYamlFile('created: 2022-10-03\nflag: yes\nversion: 1.0\n').documents;
    assert.deepEqual(doc.value, { created: '2022-10-03', flag: 'yes', version: 1 });
  });

  it('checks every document of a multi-document file', () => {
    const file = parseYamlFile('a: 1\n---\nb: 2\n---\nc: [\n');
    assert.equal(file.documents.length, 3);
    assert.deepEqual(file.documents[1].value, { b: 2 });
    assert.ok(file.documents[2].problems.length > 0);
  });

  it('reports a tab used for indentation at its line', () => {
    const p = firstProblem('a:\n\tb: 1\n');
    assert.equal(p.range.start.line, 1);
    assert.match(p.message, /tabs/i);
  });

  it('reports an unclosed quote at the line where it opens, not at the end of the file', () => {
    const p = firstProblem('a: 1\nb: "never closed\nc: 2\nd: 3\n');
    assert.equal(p.range.start.line, 1);
    assert.match(p.message, /closing quote/);
  });

  it('reports a quoted value continued too shallow once, at the continuation line, with the fix', () => {
    const text = 'a:\n  b: "one\n  two."\n  c: 1\n';
    const problems = parseYamlFile(text).documents[0].problems;
    assert.equal(problems.length, 1, 'the follow-on errors of the same mistake are not reported');
    assert.equal(problems[0].range.start.line, 2);
    assert.match(
      problems[0].message,
      /^Indent the continuation lines of this quoted value more than its key 'b', or put the value on one line\.$/,
    );
    const [start, end] = problems[0].recovered!;
    assert.equal(
      text.slice(start, end),
      '  b: "one\n  two."\n  c: 1',
      'what the parser read from the broken lines, the swallowed key included',
    );
  });

  it('reports an unclosed bracket at the line where it opens', () => {
    const p = firstProblem('a: 1\ntags: [x, y\nb: 2\n');
    assert.equal(p.range.start.line, 1);
    assert.match(p.message, /^Close this list: add the '\]' that ends the '\['/);
  });

  it("reports a list item missing the space after '-' at its line, not at the parser's follow-on error", () => {
    const problems = parseYamlFile('a:\n  - name: x\n  -name: y\n    type: z\n').documents[0].problems;
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, p.message]),
      [[2, "Put a space after '-' to start a list item: without it, '-name' is not a list item."]],
    );
  });

  it('reports bad indentation and a stray colon at their lines', () => {
    assert.equal(firstProblem('a:\n  b: 1\n c: 2\n').range.start.line, 2);
    const stray = firstProblem('a: 1\nd: x: y\n');
    assert.equal(stray.range.start.line, 1);
    assert.match(stray.message, /stray ':'/);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const p = firstProblem('a:\n  name: x\n  name: y\n');
    assert.equal(p.code, 'DUPLICATE_KEY');
    assert.deepEqual(p.range.start, { line: 2, character: 2 });
  });

  it('stops an alias bomb quickly with a problem instead of exhausting memory', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const started = Date.now();
    const [doc] = parseYamlFile(lines.join('\n') + '\n').documents;
    assert.ok(Date.now() - started < 5000);
    assert.equal(doc.value, undefined);
    assert.ok(doc.problems.some((p) => p.code === 'ALIAS_LIMIT'));
  });

  it('reports YAML nested deeper than it checks once, at the line where the limit is passed, not as a stack overflow', () => {
    for (const text of [
      generateDeepContract({ depth: 1000 }),
      `apiVersion: v3.1.0\nx: ${'['.repeat(2000)}${']'.repeat(2000)}\n`,
    ]) {
      const result = lintText(text, { fileName: 'deep.odcs.yaml', today: '2026-06-01' });
      assert.deepEqual(result.internalErrors ?? [], []);
      const messages = result.findings.map((f) => f.message);
      assert.ok(!messages.some((m) => /call stack/i.test(m)), messages.join('\n'));
      const deep = result.findings.filter((f) => /too deep to check/.test(f.message));
      assert.equal(deep.length, 1, messages.join('\n'));
      assert.match(deep[0].message, new RegExp(`over ${MAX_NESTING_DEPTH} levels`));
      const [doc] = parseYamlFile(text).documents;
      assert.equal(doc.value, undefined);
      // The root map is level 1, the schema list 2, the table 3, its properties 4, then two levels per nested property.
      const limitLine = text.includes('[[') ? 1 : 10 + 3 * Math.ceil((MAX_NESTING_DEPTH - 4) / 2);
      assert.ok(
        Math.abs(deep[0].range.start.line - limitLine) <= 3,
        `reported at line ${deep[0].range.start.line}, limit passed near ${limitLine}`,
      );
    }
  });

  it('checks a contract nested as deep as real ones get', () => {
    const result = lintText(generateDeepContract({ depth: 30 }), { fileName: 'deep.odcs.yaml', today: '2026-06-01' });
    assert.ok(!result.findings.some((f) => /nested too deeply/.test(f.message)));
    assert.ok(
      result.findings.some((f) => f.ruleId === 'property-description'),
      'the nested properties are checked',
    );
  });
});

describe('JSON path to source range', () => {
  const text = [
    'apiVersion: v3.1.0',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: order_id',
    '        logicalType: datetime # wrong',
    '      - name: qty',
    '',
  ].join('\n');
  const file = parseYamlFile(text);
  const doc = file.documents[0].doc;

  it('maps a path to the range of its value', () => {
    const r = rangeOfPath(file, doc, ['schema', 0, 'properties', 0, 'logicalType'], 'value');
    assert.deepEqual(r, { start: { line: 5, character: 21 }, end: { line: 5, character: 29 } });
  });

  it('maps a path to the range of its key', () => {
    const r = rangeOfPath(file, doc, ['schema', 0, 'properties', 0, 'logicalType'], 'key');
    assert.deepEqual(r, { start: { line: 5, character: 8 }, end: { line: 5, character: 19 } });
  });

  it('points at the dash and first key of an array item', () => {
    const r = rangeOfPath(file, doc, ['schema', 0, 'properties', 1], 'key');
    assert.deepEqual(r, { start: { line: 6, character: 6 }, end: { line: 6, character: 12 } });
  });

  it('falls back to the deepest existing node for a missing key', () => {
    const r = rangeOfPath(file, doc, ['schema', 0, 'properties', 1, 'logicalType'], 'key');
    assert.equal(r.start.line, 6);
  });

  it('points at the first key for the whole document', () => {
    assert.deepEqual(rangeOfPath(file, doc, [], 'key').start, { line: 0, character: 0 });
  });
});

describe('finding a dash without a space', () => {
  it('finds what the multi-line pattern it replaced finds, on any text', () => {
    const pattern = /^[ \t]*-[A-Za-z_"'[{]/m;
    const piece = fc.constantFrom(
      '-',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      'a',
      'Z',
      '_',
      '"',
      "'",
      '[',
      '{',
      '1',
      ':',
      '#',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          assert.equal(dashWithoutSpace(text), pattern.test(text), JSON.stringify(text));
        },
      ),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
