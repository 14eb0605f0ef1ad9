// YAML 1.1 merge keys (`<<: *defaults`), which PyYAML-based ODCS tools read: the merged keys are checked as if
// written in place, and the file is told once that merge keys are YAML 1.1 only.
import assert from 'node:assert/strict';
import { fixAll, lintText } from '../../src/engine';

const TEXT = `apiVersion: v3.1.0
kind: DataContract
id: merge-demo
version: 1.0.0
status: active
x-defaults: &column
  logicalType: strng
  description: A column of the orders table.
schema:
  - name: orders
    description: Orders placed in the web shop, loaded nightly.
    properties:
      - <<: *column
        name: order_id
      - <<: *column
        name: customer_id
`;

const lint = (text: string) => lintText(text, { fileName: 'merge.odcs.yaml', today: '2026-06-01' });

describe('YAML merge keys', () => {
  it('checks merged keys where they are merged, and never calls << an unknown key', () => {
    const { findings } = lint(TEXT);
    assert.ok(
      !findings.some((f) => f.ruleId === 'schema-unknown-key' && f.message.includes("'<<'")),
      findings.map((f) => f.message).join('\n'),
    );
    const typos = findings.filter((f) => f.ruleId === 'schema-invalid-enum' && /strng/.test(f.message));
    assert.deepEqual(
      typos.map((f) => f.range.start.line),
      [12, 14],
      'the merged logicalType typo is reported where each merge is',
    );
    assert.ok(
      typos.every((f) => !f.fix && !f.suggestions),
      'no fix edits text that every merge shares',
    );
    assert.ok(!findings.some((f) => /have no description/.test(f.message)), 'the merged descriptions count');
  });

  it('says once per file, at the first merge key, that merge keys are YAML 1.1 only', () => {
    const notes = lint(TEXT).findings.filter((f) => /merge key/i.test(f.message));
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'warning');
    assert.equal(notes[0].range.start.line, 12);
    assert.match(notes[0].message, /YAML 1\.1/);
  });

  it('a quoted "<<" is an ordinary key', () => {
    const { findings } = lint(
      TEXT.replace('      - <<: *column\n        name: order_id', '      - "<<": 5\n        name: order_id'),
    );
    assert.ok(findings.some((f) => f.ruleId === 'schema-unknown-key' && f.message.includes("'<<'")));
  });

  it('fixes leave the merge keys and the shared defaults parseable', () => {
    const fixed = fixAll(TEXT, lint);
    assert.ok(!fixed.result.findings.some((f) => f.ruleId === 'yaml-syntax' && f.severity === 'error'), fixed.text);
    assert.match(fixed.text, /- <<: \*column\n {8}name: order_id/);
  });
});
