import assert from 'node:assert/strict';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { fixAll } from '../../src/engine/fix/fix-all';
import { lintText } from '../../src/engine/lint';
import { parseYamlFile } from '../../src/engine/parse/yaml-file';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { defineRule } from '../../src/engine/rules/define-rule';
import { ruleById } from '../../src/engine/rules';
import type { FileLintResult } from '../../src/engine/types';

const TODAY = '2026-06-01';
const lint = (text: string): FileLintResult => lintText(text, { today: TODAY });
const strict = resolveConfig({ extends: 'strict' });
const lintStrict = (text: string): FileLintResult => lintText(text, { today: TODAY, config: strict });
const parseProblems = (text: string) =>
  parseYamlFile(text)
    .documents.flatMap((d) => d.problems)
    .map((p) => p.message);

describe('fix all', () => {
  // A first draft with mistakes of form (a typo, a dimension synonym, the deprecated team list) and missing promises
  // (no Data Owner, a key that is not required, personal data without retention or DPIA).
  const draft = (apiVersion = 'v3.1.0') =>
    [
      '# Orders, first draft',
      `apiVersion: ${apiVersion}`,
      'kind: DataContract',
      'id: orders',
      'version: 1.0.0',
      'status: active',
      'team:',
      '  - username: jdoe # analyst',
      '    role: maintainer',
      'schema:',
      '  - name: orders',
      '    properties:',
      '      - name: order_id # the key',
      '        logicalType: strng',
      '        primaryKey: true',
      '        required: false',
      '      - name: email',
      '        logicalType: string',
      '        quality:',
      '          - metric: nullValues',
      '            mustBe: 0',
      '            dimension: cp',
      '',
    ].join('\n');

  it('fixes form only: the typo, the synonym and the deprecated team list, keeping every comment', () => {
    const { text: fixed } = fixAll(draft(), lintStrict);
    assert.deepEqual(parseProblems(fixed), []);
    assert.match(fixed, /^ {8}logicalType: string$/m);
    assert.match(fixed, /^ {12}dimension: completeness$/m);
    assert.match(fixed, /^team:\n {2}members:\n {4}- username: jdoe # analyst\n {6}role: maintainer\n/m);
    for (const comment of ['# Orders, first draft', '# analyst', '# the key'])
      assert.ok(fixed.includes(comment), comment);
  });

  it('never adds or changes a promise: no made-up owner, check, flag, DPIA or retention entry', () => {
    const { text: fixed, result } = fixAll(draft(), lintStrict);
    assert.doesNotMatch(fixed, /TODO/);
    assert.match(fixed, /^ {8}required: false$/m, "'required: false' is kept");
    assert.doesNotMatch(fixed, /unique:|slaProperties|customProperties|classification|duplicateValues/);
    assert.equal(fixed.match(/- username:/g)?.length, 1, 'the legacy team list is moved once and gains no member');
    // What is left is offered to the user as suggestions, never as safe fixes.
    const promises = [
      'no-data-owner',
      'primary-key-required-unique',
      'primary-key-quality-checks',
      'personal-data-no-retention',
    ];
    const left = result.findings.filter((f) => promises.includes(f.ruleId));
    assert.deepEqual(left.map((f) => f.ruleId).sort(), [...promises].sort());
    for (const f of left) {
      assert.equal(f.fix, undefined, `${f.ruleId} offers a safe fix`);
      assert.ok(f.suggestions && f.suggestions.length > 0, `${f.ruleId} offers no suggestion`);
    }
  });

  it('adds nothing to a contract whose only problems are missing promises', () => {
    const text = [
      'apiVersion: v3.0.2',
      'kind: DataContract',
      'id: people',
      'version: 1.0.0',
      'status: active',
      'schema:',
      '  - name: people',
      '    properties:',
      '      - name: person_id',
      '        primaryKey: true',
      '      - name: religion',
      '',
    ].join('\n');
    const { text: fixed, applied } = fixAll(text, lintStrict);
    assert.equal(applied, 0);
    assert.equal(fixed, text);
  });

  it('reaches a fixed point: fixing the fixed text changes nothing', () => {
    const once = fixAll(draft(), lint).text;
    assert.equal(fixAll(once, lint).text, once);
  });
});

describe('suggestions that add a promise fit the declared ODCS version', () => {
  const bare = (apiVersion: string) =>
    [
      `apiVersion: ${apiVersion}`,
      'kind: DataContract',
      'id: orders',
      'version: 1.0.0',
      'status: active',
      'schema:',
      '  - name: orders',
      '    properties:',
      '      - name: order_id',
      '        logicalType: string',
      '        primaryKey: true',
      '',
    ].join('\n');

  /** Applies the first suggestion of each rule's first finding, one after the other, re-linting in between. */
  function pickEach(text: string, ruleIds: string[]): string {
    let current = text;
    for (const id of ruleIds) {
      const finding = lintStrict(current).findings.find((f) => f.ruleId === id);
      assert.ok(finding?.suggestions?.length, `${id} offers no suggestion`);
      current = applyEdits(current, finding.suggestions[0].edits);
    }
    return current;
  }

  for (const apiVersion of ['v3.0.0', 'v3.0.2', 'v3.1.0', 'v3.2.0']) {
    it(`${apiVersion}: the team, the key checks and the key flags the user picks are valid for that version`, () => {
      const picked = pickEach(bare(apiVersion), [
        'no-team',
        'primary-key-quality-checks',
        'primary-key-required-unique',
      ]);
      assert.deepEqual(parseProblems(picked), []);
      const schemaErrors = lintStrict(picked).findings.filter((f) => ruleById.get(f.ruleId)?.meta.group === 'schema');
      assert.deepEqual(
        schemaErrors.map((f) => `${f.range.start.line + 1}: ${f.message}`),
        [],
      );
      const v31 = apiVersion >= 'v3.1.0';
      assert.equal(
        /^team:\n {2}- username: TODO-username$/m.test(picked),
        !v31,
        'a list of members before v3.1.0, a team object from it',
      );
      assert.equal(/metric: nullValues/.test(picked), v31, 'metric from v3.1.0');
      assert.equal(/rule: nullCheck/.test(picked), !v31, 'rule before v3.1.0');
    });
  }
});

describe('fix all: edits that insert at the same point', () => {
  // Two safe fixes that both insert after the file's last line: one into a nested map that ends the file, one at the
  // root. Applied in one pass, the root key would land inside the nested map.
  const nested = defineRule<undefined, 'm'>({
    meta: {
      id: 'test-nested-insert',
      code: 'DCL998',
      group: 'schema',
      severity: 'warning',
      description: 'Test rule: inserts into a nested map.',
      messages: { m: 'nested' },
      fixable: true,
    },
    create: (context) => ({
      property(node) {
        if (!('note' in node.value))
          context.report({ node, messageId: 'm', fix: (fixer) => fixer.insertEntries(node.path, 'note: nested') });
      },
    }),
  });
  const root = defineRule<undefined, 'm'>({
    meta: {
      id: 'test-root-insert',
      code: 'DCL999',
      group: 'schema',
      severity: 'warning',
      description: 'Test rule: inserts at the root.',
      messages: { m: 'root' },
      fixable: true,
    },
    create: (context) => ({
      contract(node) {
        if (!('x-note' in node.value))
          context.report({ node, path: [], messageId: 'm', fix: (fixer) => fixer.insertEntries([], 'x-note: root') });
      },
    }),
  });
  const rules = [nested, root];
  const config = resolveConfig(
    { rules: { 'test-nested-insert': 'warning', 'test-root-insert': 'warning' } },
    {},
    rules,
  );
  const lintTwo = (text: string) => lintText(text, { rules, config, schema: false });
  const text =
    'apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\nschema:\n  - name: orders\n    properties:\n      - name: order_id # the key\n';

  it('applies them in separate passes, so each lands in its own block and the file stays valid', () => {
    const { text: fixed, applied } = fixAll(text, lintTwo);
    assert.equal(applied, 2);
    assert.deepEqual(parseProblems(fixed), []);
    assert.ok(fixed.includes('      - name: order_id # the key\n'), 'keeps the comment');
    assert.match(fixed, /\n {8}note: nested\n/);
    assert.match(fixed, /\nx-note: root\n/, 'the root key is a top-level key');
  });
});

describe('fix all on a file with a byte-order mark', () => {
  it('keeps the mark and changes nothing when only promises are missing', () => {
    const text = '\uFEFFapiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n';
    const { text: fixed } = fixAll(text, lint);
    assert.equal(fixed, text);
  });

  it('indents a fix at column 0 of the root and applies it once', () => {
    const text =
      '\uFEFFapiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nteam:\n- username: jdoe\n  role: Data Owner\n';
    const { text: fixed } = fixAll(text, lint);
    assert.deepEqual(parseProblems(fixed), []);
    assert.ok(fixed.startsWith('\uFEFFapiVersion: v3.1.0\n'));
    assert.equal(fixed.match(/^team:/gm)?.length, 1);
    assert.equal(fixed.match(/^ {2}members:/gm)?.length, 1);
  });
});
