// A fix never corrupts a file: every fix and suggestion is checked on a copy before it is offered, and the fixer
// computes its edits from real node ranges (anchors, tags, explicit keys, comments, block scalars, flow lists).
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { fixAll } from '../../src/engine/fix/fix-all';
import { Fixer } from '../../src/engine/fix/fixer';
import { FixGuard, offeredFixes } from '../../src/engine/fix/guard';
import { lintText } from '../../src/engine/lint';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import type { FileLintResult, Finding, JsonPath, TextEdit } from '../../src/engine/types';
import { contract } from '../helpers/rule-tester';

const TODAY = '2026-06-01';
const strict = resolveConfig({ extends: 'strict' });
const lint = (text: string): FileLintResult => lintText(text, { today: TODAY, config: strict });
/** What an editor or a report offers: every fix and suggestion checked on a copy. */
const offered = (text: string): FileLintResult => lintText(text, { today: TODAY, config: strict, checkFixes: 'all' });
const parseProblems = (text: string) =>
  parseYamlFile(text)
    .documents.flatMap((d) => d.problems)
    .map((p) => p.message);
const edit = (text: string, make: (f: Fixer) => TextEdit | TextEdit[] | null): string | null => {
  const file = parseYamlFile(text);
  const out = make(new Fixer(file, file.documents[0].doc));
  return out ? applyEdits(text, Array.isArray(out) ? out : [out]) : null;
};
const accepts = (text: string, target: JsonPath, edits: TextEdit[]) =>
  new FixGuard(parseYamlFile(text)).accepts(0, target, edits);
const at = (line: number, character: number, endLine = line, endCharacter = character) => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});
const findingOf = (result: FileLintResult, ruleId: string): Finding => {
  const found = result.findings.find((f) => f.ruleId === ruleId);
  assert.ok(found, `expected a ${ruleId} finding`);
  return found;
};

describe('fix guard: a fix is checked on a copy before it is offered', () => {
  const text = 'a:\n  b: 1 # one\n  c: &x 2\nd: *x\n';

  it('accepts an edit that changes only its target', () => {
    assert.equal(accepts(text, ['a', 'b'], [{ range: at(1, 5, 1, 6), newText: '3' }]), true);
  });

  it('refuses an edit that breaks the YAML or makes a duplicate key', () => {
    assert.equal(accepts(text, ['a', 'b'], [{ range: at(1, 5, 1, 6), newText: '[3' }]), false);
    assert.equal(accepts(text, ['a', 'b'], [{ range: at(1, 2, 1, 3), newText: 'c' }]), false);
  });

  it('refuses an edit that loses a comment', () => {
    assert.equal(accepts(text, ['a', 'b'], [{ range: at(1, 5, 1, 12), newText: '3' }]), false);
  });

  it('refuses an edit whose change reaches an alias elsewhere', () => {
    assert.equal(accepts(text, ['a', 'c'], [{ range: at(2, 9, 2, 10), newText: '5' }]), false);
  });

  it('refuses an edit that changes a value beside its target', () => {
    assert.equal(accepts('a:\n  b: 1\n  c: 2\n', ['a', 'b'], [{ range: at(2, 5, 2, 6), newText: '5' }]), false);
  });
});

describe('fixer: edits from real node ranges', () => {
  // Case 1: an anchor, a tag or `? ` before the first key is not indentation.
  it('inserts entries at the indentation of a map whose first key carries an anchor, a tag or an explicit key', () => {
    assert.equal(
      edit('schema:\n  - &pk name: orders\n    id: o\n', (f) => f.insertEntries(['schema', 0], 'description: x')),
      'schema:\n  - &pk name: orders\n    id: o\n    description: x\n',
    );
    assert.equal(
      edit('&c apiVersion: v3.1.0\nkind: DataContract\n', (f) => f.insertEntries([], 'id: x')),
      '&c apiVersion: v3.1.0\nkind: DataContract\nid: x\n',
    );
    assert.equal(
      edit('m:\n  !!str name: orders\n', (f) => f.insertEntries(['m'], 'id: x')),
      'm:\n  !!str name: orders\n  id: x\n',
    );
    assert.equal(
      edit('m:\n  ? name\n  : orders\n', (f) => f.insertEntries(['m'], 'id: x')),
      'm:\n  ? name\n  : orders\n  id: x\n',
    );
  });

  it('a suggestion for a property written `- &pk name: order_id` lands in that property', () => {
    const code = contract(
      'schema:\n  - name: orders\n    properties:\n      - &pk name: order_id\n        logicalType: string\n        primaryKey: true\n',
    );
    const finding = findingOf(offered(code), 'primary-key-required-unique');
    assert.ok(finding.suggestions?.length, 'the suggestion is offered');
    const fixed = applyEdits(code, finding.suggestions[0].edits);
    assert.deepEqual(parseProblems(fixed), []);
    assert.deepEqual(parse(fixed).schema[0].properties[0], {
      name: 'order_id',
      logicalType: 'string',
      primaryKey: true,
      required: true,
      unique: true,
    });
  });

  // Case 2.
  it("takes a list's dash column from the list, not from a '-' in a comment", () => {
    const text = 'team:\n  members:\n    - # the custodian - ask them first\n      username: a\n';
    assert.equal(
      edit(text, (f) => f.appendToSequence(['team', 'members'], 'username: b')),
      `${text}    - username: b\n`,
    );
  });

  // Case 3.
  it('inserts after a block scalar that keeps its trailing newlines without taking them', () => {
    const text = 'a:\n  b: |+\n    text\n\n\nc: 1\n';
    const out = edit(text, (f) => f.insertEntries(['a'], 'd: 2'))!;
    assert.deepEqual(parse(out), { a: { b: 'text\n\n\n', d: 2 }, c: 1 });
  });

  // Case 10.
  it("moves 'validValues' under 'arguments' when its block list stands at the key's column or a flow list spans lines", () => {
    const quality = (list: string) =>
      contract(
        `schema:\n  - name: orders\n    properties:\n      - name: unit\n        quality:\n          - rule: validValues\n            validValues:\n${list}`,
      );
    for (const list of ['            - kg\n            - lb\n', '              [kg,\n              lb]\n']) {
      const code = quality(list);
      const finding = findingOf(offered(code), 'deprecated-quality-rule');
      assert.ok(finding.fix, 'the fix is offered');
      const fixed = applyEdits(code, finding.fix.edits);
      assert.deepEqual(parseProblems(fixed), []);
      assert.deepEqual(parse(fixed).schema[0].properties[0].quality[0], {
        metric: 'invalidValues',
        arguments: { validValues: ['kg', 'lb'] },
      });
    }
  });
});

describe('fixes that used to corrupt a contract', () => {
  // Case 4.
  it('renames only one of two misspellings of the same key: no duplicate key, no text lost', () => {
    const code = contract('schema:\n  - name: orders\n    descripton: first\n    desciption: second\n');
    const { text } = fixAll(code, (t) => lint(t));
    assert.deepEqual(parseProblems(text), []);
    assert.match(text, /first/);
    assert.match(text, /second/);
  });

  // Case 5.
  it('swaps bounds keeping how each number is written', () => {
    const quality = (pair: string) =>
      contract(
        `schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM orders\n        mustBeBetween: ${pair}\n`,
      );
    for (const [pair, swapped] of [
      ['[.inf, 0]', '[0, .inf]'],
      ['[100000000000000000001, 5]', '[5, 100000000000000000001]'],
    ]) {
      const code = quality(pair);
      const finding = findingOf(offered(code), 'between-bounds-order');
      assert.ok(finding.fix);
      assert.equal(applyEdits(code, finding.fix.edits), quality(swapped));
    }
  });

  // Case 6.
  it('offers no fix that edits an anchored node, which would change every alias of it too', () => {
    const code = contract(
      'schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM orders\n        mustBeBetween: [&high 100, 0]\n      - type: sql\n        query: SELECT COUNT(*) FROM orders\n        mustBeLessThan: *high\n',
    );
    assert.equal(findingOf(offered(code), 'between-bounds-order').fix, undefined);
    const { text } = fixAll(code, (t) => lint(t));
    assert.equal(parse(text).schema[0].quality[1].mustBeLessThan, 100);
  });

  it('does not nest a team list whose anchor an alias elsewhere reads', () => {
    const code = contract(
      'team: &people\n  - username: jdoe\n    role: Data Owner\ncustomProperties:\n  - property: reviewers\n    value: *people\n',
    );
    const { text } = fixAll(code, (t) => lint(t));
    assert.deepEqual(parse(text).customProperties[0].value, [{ username: 'jdoe', role: 'Data Owner' }]);
  });

  // Case 7.
  it('removing a deprecated key keeps the comment that was on its line', () => {
    const code = contract('slaDefaultElement: orders.ts # agreed with finance\ndomain: sales\n');
    const finding = findingOf(offered(code), 'deprecated-sla-default-element');
    const remove = finding.suggestions?.find((s) => s.title.startsWith('Remove'));
    assert.ok(remove);
    assert.equal(applyEdits(code, remove.edits), contract('# agreed with finance\ndomain: sales\n'));
  });

  // Case 8.
  it('fix-all applies a fix whose finding never goes away only once', () => {
    const stuck = (text: string): FileLintResult => {
      const line = text.split('\n').length - 1;
      const finding: Finding = {
        ruleId: 'stuck',
        code: 'DCL000',
        severity: 'warning',
        message: 'Stuck.',
        path: [],
        range: at(0, 0),
        documentIndex: 0,
        docsUrl: '',
        fix: { title: 'Add a line', edits: [{ range: at(line, 0), newText: '# added\n' }] },
      };
      return { isContract: true, documents: [], findings: [finding] };
    };
    const { text, applied } = fixAll('a: [\n', stuck);
    assert.equal(applied, 1);
    assert.equal(text.match(/# added/g)?.length, 1);
  });

  // Case 9.
  it("writes a dpiaProperty setting containing ': ' as a valid YAML string", () => {
    const code = contract(
      'schema:\n  - name: people\n    properties:\n      - name: person_id\n      - name: postcode\n        classification: restricted\n',
    );
    const config = resolveConfig({ extends: 'uk-gov', settings: { dpiaProperty: 'dpia: link' } });
    const finding = findingOf(lintText(code, { today: TODAY, config }), 'personal-data-no-dpia');
    assert.ok(finding.suggestions?.length, 'the suggestion is offered');
    const fixed = applyEdits(code, finding.suggestions[0].edits);
    assert.deepEqual(parseProblems(fixed), []);
    assert.equal(parse(fixed).customProperties[0].property, 'dpia: link');
  });
});

describe('fixes are checked when they are offered, not on every lint', () => {
  const fake = (path: JsonPath, line: number, from: number, to: number, newText: string): Finding => ({
    ruleId: 'fake',
    code: 'DCL000',
    severity: 'warning',
    message: 'Fake.',
    path,
    range: at(line, from, line, to),
    documentIndex: 0,
    docsUrl: '',
    fix: { title: `Write ${newText}`, edits: [{ range: at(line, from, line, to), newText }] },
  });
  const text = 'a: 1 # keep\nb: 2\nc:\n  d: 3\n';
  const good = [fake(['a'], 0, 3, 4, '10'), fake(['b'], 1, 3, 4, '20'), fake(['c', 'd'], 3, 5, 6, '30')];
  const bad = [fake(['a'], 0, 0, 1, 'b'), fake(['b'], 1, 3, 4, '[2'), fake(['a'], 0, 3, 11, '10')];

  it('offeredFixes keeps every fix that passes and takes away each one that would corrupt the file', () => {
    const out = offeredFixes(text, [...good, ...bad]);
    assert.deepEqual(
      out.map((f) => f.fix !== undefined),
      [true, true, true, false, false, false],
    );
    assert.deepEqual(
      out.map((f) => f.message),
      [...good, ...bad].map((f) => f.message),
      'the findings themselves stay',
    );
  });

  it('a plain lint leaves fixes unchecked; checkFixes checks them', () => {
    const code = contract(
      'schema:\n  - name: orders\n    quality:\n      - type: sql\n        query: SELECT COUNT(*) FROM orders\n        mustBeBetween: [&high 100, 0]\n        mustNotBeBetween: [0, 1]\n      - type: sql\n        query: SELECT 1\n        mustBeLessThan: *high\n',
    );
    assert.ok(findingOf(lint(code), 'between-bounds-order').fix);
    assert.equal(
      findingOf(lintText(code, { today: TODAY, config: strict, checkFixes: 'fixes' }), 'between-bounds-order').fix,
      undefined,
    );
  });

  it('fix-all applies the fixes that pass and drops the one that would corrupt the file', () => {
    const passes: string[] = [];
    const lintFake = (t: string): FileLintResult => {
      passes.push(t);
      const findings = t === text ? [good[0], bad[1], good[2]] : [];
      return { isContract: true, documents: [], findings };
    };
    const { text: out, applied } = fixAll(text, lintFake);
    assert.equal(out, 'a: 10 # keep\nb: 2\nc:\n  d: 30\n');
    assert.equal(applied, 2);
  });
});

describe('fixes the fixer fuzz test found wanting', () => {
  it('a fix to a value a core tag typed (\'!!str "true"\') takes the tag with it, so the value changes', () => {
    const code = contract(
      'schema:\n  - name: orders\n    properties:\n      - name: order_id\n        logicalType: string\n        unique: !!str "true"\n',
    );
    const finding = findingOf(offered(code), 'schema-wrong-type');
    assert.ok(finding.fix, 'the fix is offered');
    const fixed = applyEdits(code, finding.fix.edits);
    assert.equal(parse(fixed).schema[0].properties[0].unique, true);
    assert.equal(
      lint(fixed).findings.some((f) => f.ruleId === 'schema-wrong-type'),
      false,
      'the finding goes away',
    );
  });

  it('fix-all applies a fix again when its finding went away and came back, so a second run changes nothing', () => {
    // The misspelled key can be renamed only once the deprecated key it is meant to be has been moved away.
    const code = contract(
      "slaDefaultElment: 'orders'\nslaDefaultElement: orders.order_id\nschema:\n  - name: orders\n    properties:\n      - name: order_id\n        logicalType: string\nslaProperties:\n  - property: latency\n    value: 7\n    unit: m\n",
    );
    const once = fixAll(code, (t) => lint(t)).text;
    assert.equal(fixAll(once, (t) => lint(t)).text, once);
  });
});

describe('fixes keep a byte-order mark', () => {
  const sla = 'slaProperties:\n  - property: latency\n    value: 4\n    unit: d\n';

  it('removing a deprecated first key keeps the byte-order mark before it', () => {
    const code = `\uFEFFslaDefaultElement: orders\n${contract(sla)}`;
    const finding = findingOf(offered(code), 'deprecated-sla-default-element');
    assert.ok(finding.fix, 'the fix is offered');
    const fixed = applyEdits(code, finding.fix.edits);
    assert.ok(fixed.startsWith('\uFEFFapiVersion: v3.1.0\n'));
    assert.equal(parse(fixed).slaProperties[0].element, 'orders');
  });

  it('the guard refuses an edit that removes the mark or writes before it', () => {
    const text = '\uFEFFa: 1\n';
    const fake = (from: number, to: number, newText: string): Finding => ({
      ruleId: 'fake',
      code: 'DCL000',
      severity: 'warning',
      message: 'Fake.',
      path: ['a'],
      range: at(0, 1),
      documentIndex: 0,
      docsUrl: '',
      fix: { title: 'Fake', edits: [{ range: at(0, from, 0, to), newText }] },
    });
    const out = offeredFixes(text, [fake(0, 2, 'a'), fake(0, 0, '# note\n'), fake(1, 2, 'b')]);
    assert.deepEqual(
      out.map((f) => f.fix !== undefined),
      [false, false, true],
    );
  });

  it('a suggestion that adds a root key is offered in a file with a byte-order mark', () => {
    const code = `\uFEFF${contract('schema:\n  - name: orders\n')}`;
    const finding = findingOf(offered(code), 'no-team');
    assert.ok(finding.suggestions?.length, 'the suggestion is offered');
    const fixed = applyEdits(code, finding.suggestions[0].edits);
    assert.ok(fixed.startsWith('\uFEFFapiVersion'));
    assert.deepEqual(parseProblems(fixed), []);
    assert.ok(parse(fixed).team);
  });
});

describe('fix-all with two misspellings of one key among many fixes', () => {
  it('applies every other fix in the first run, so a second run changes nothing', () => {
    const properties = Array.from({ length: 12 }, (_, i) => `      - name: p${i}\n        logicalType: String\n`).join(
      '',
    );
    // The clashing pair comes last: a pass that kept only its first fix would take one pass per property above.
    const code = contract(
      `schema:\n  - name: orders\n    properties:\n${properties}      - name: id\n        phyiscalName: a\n        physicalNmae: b\n`,
    );
    const once = fixAll(code, (t) => lint(t)).text;
    assert.doesNotMatch(once, /logicalType: String/);
    assert.equal(fixAll(once, (t) => lint(t)).text, once);
  });
});
