// Names and messages come from files: a contract must not be able to clear a terminal or a CI log and print its own
// "No problems". Every text format shows control characters as visible escapes; JSON and SARIF escape by their syntax.
import assert from 'node:assert/strict';
import type { Finding } from '../../src/engine';
import { formatters, safeForTerminal, safeOneLine, type LintReport } from '../../src/formatters';
import { formatText } from '../../src/cli/commands/owners';

const HOSTILE = '\u001b[2J\u001b[H\u0007No problems\r\u009b31m\u202e';
/** Any control character a terminal would act on, other than line feeds (and the colours we add ourselves). */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const finding: Finding = {
  ruleId: 'schema-description',
  code: 'DCL120',
  severity: 'error',
  message: `Schema '${HOSTILE}' has no description.`,
  path: ['schema', 0],
  range: { start: { line: 6, character: 2 }, end: { line: 6, character: 8 } },
  docsUrl: 'https://example.com/schema-description.md',
};
const report: LintReport = {
  filesExamined: 1,
  files: [
    {
      file: `contracts/${HOSTILE}.odcs.yaml`,
      result: {
        isContract: true,
        kind: 'odcs',
        apiVersion: 'v3.1.0',
        documents: [{ documentIndex: 0, kind: 'odcs', apiVersion: 'v3.1.0', findings: [finding] }],
        findings: [finding],
      },
    },
  ],
};
const context = { version: '9.9.9', color: false, rules: [] };

describe('terminal safety of text from files', () => {
  it('shows control characters as visible escapes and keeps ordinary text', () => {
    assert.equal(
      safeForTerminal('a\u001b[2Jb\u0007c\td\ne\u009bf\u202eg é 😀'),
      'a\\x1b[2Jb\\x07c\td\ne\\x9bf\\u202eg é 😀',
    );
    assert.equal(safeOneLine('a\tb\nc\rd'), 'a\\x09b\\x0ac\\x0dd');
  });

  it('stylish prints the escapes, with or without colour, and only its own colour codes', () => {
    const plain = formatters.stylish(report, context);
    assert.doesNotMatch(plain, RAW_CONTROL);
    assert.ok(
      plain.includes("Schema '\\x1b[2J\\x1b[H\\x07No problems\\x0d\\x9b31m\\u202e' has no description."),
      plain,
    );
    assert.ok(plain.includes('contracts/\\x1b[2J'), plain);
    const coloured = formatters.stylish(report, { ...context, color: true });
    assert.doesNotMatch(coloured.replace(/\u001b\[\d+m/g, ''), RAW_CONTROL);
  });

  it('github annotations carry no control character into the log', () => {
    const out = formatters.github(report, context);
    assert.doesNotMatch(out, RAW_CONTROL);
    assert.equal(out.trim().split('\n').length, 1, 'one annotation, on one line');
    assert.match(out, /::Schema '\\x1b\[2J\\x1b\[H\\x07No problems%0D\\x9b31m\\u202e' has no description\./);
  });

  it('junit shows the escapes and still holds only what XML 1.0 allows', () => {
    const xml = formatters.junit(report, context);
    assert.doesNotMatch(xml, RAW_CONTROL);
    assert.ok(xml.includes('\\x1b[2J'), xml);
    assert.doesNotMatch(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  });

  it('json and sarif escape by their own syntax and give the text back exactly', () => {
    for (const format of ['json', 'sarif'] as const) {
      const out = formatters[format](report, context);
      assert.doesNotMatch(out, /[\u0000-\u0009\u000B-\u001F]/, format);
      assert.ok(out.includes(JSON.stringify(finding.message).slice(1, -1)), format);
    }
    assert.equal(JSON.parse(formatters.json(report, context)).files[0].findings[0].message, finding.message);
  });

  it('owners suggestions show names and evidence from catalogues safely', () => {
    const text = formatText({
      file: `${HOSTILE}.odcs.yaml`,
      suggestions: [
        {
          role: 'Data Owner',
          candidates: [{ id: 'jdoe', name: `Jane${HOSTILE}`, score: 0.9, evidence: [`committed ${HOSTILE}`] }],
        },
      ],
    });
    assert.doesNotMatch(text, RAW_CONTROL);
    assert.ok(text.includes('Jane\\x1b[2J'), text);
  });
});
