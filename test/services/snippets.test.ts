// The ready-made entries completion offers in each list (a quality check per dimension, columns, a table, team
// members, SLAs, allowed values) and the contract it offers in an empty file, expanded as the editor does with their
// default values, make contracts with no errors.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { lintText } from '../../src/engine/lint';
import { CompletionItemKind, getCompletions, type CompletionItem } from '../../src/engine/services/completion';
import { contractSnippet } from '../../src/engine/services/completion-snippets';
import { NEW_CONTRACT_VERSIONS } from '../../src/engine/config/settings';
import { expandSnippet } from './expand-snippet';

/** The whole entries completion offers at the end of `text` (the caret after its last character). */
function entriesAt(text: string): CompletionItem[] {
  const lines = text.split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return getCompletions(text, position).filter((i) => i.kind === CompletionItemKind.Snippet);
}

/** The entries' texts as the editor inserts them at column `pad`: later lines indented like the first. */
const inserted = (items: CompletionItem[], pad: number) =>
  items
    .map(
      (item) =>
        ' '.repeat(pad) +
        expandSnippet(item.insertText)
          .split('\n')
          .filter((l) => l.trim() !== '')
          .join('\n' + ' '.repeat(pad)) +
        '\n',
    )
    .join('');

const prefixes = (items: CompletionItem[]) => items.map((i) => i.filterText?.split(' ')[0]);

const errors = (text: string) =>
  lintText(text, { today: '2026-11-27', fileName: 'snippets.odcs.yaml' })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`);

describe('snippets', () => {
  it('expands placeholders, choices and mirrors the way the editor does', () => {
    assert.equal(
      expandSnippet('- name: ${1:orders}\n  physicalName: ${2:${1}}\n  type: ${3|table,view|}\n  q: ${4:{object}} $0'),
      '- name: orders\n  physicalName: orders\n  type: table\n  q: {object} ',
    );
  });

  for (const version of NEW_CONTRACT_VERSIONS) {
    it(`the contract offered in an empty file parses and lints with no error in ${version}`, () => {
      const text = expandSnippet(contractSnippet(version).body);
      assert.equal(parseDocument(text).errors.length, 0);
      assert.equal(parseDocument(text).toJS().apiVersion, version);
      assert.deepEqual(errors(text), [], text);
    });
  }

  it('a v3.2.0 contract with every quality, column, allowed value, table and SLA entry in place lints with no error', () => {
    let text = expandSnippet(contractSnippet('v3.2.0').body).trimEnd() + '\n';
    text += '        quality:\n';
    const quality = entriesAt(text + ' '.repeat(10));
    assert.deepEqual(prefixes(quality), [
      'odcs-quality-completeness',
      'odcs-quality-uniqueness',
      'odcs-quality-validity',
      'odcs-quality-accuracy',
      'odcs-quality-coverage',
      'odcs-quality-consistency',
      'odcs-quality-timeliness',
    ]);
    text += inserted(quality, 10);
    const columns = entriesAt(text + ' '.repeat(6));
    assert.deepEqual(prefixes(columns), [
      'odcs-property',
      'odcs-property-enum',
      'odcs-property-map',
      'odcs-property-measure',
    ]);
    text += inserted(columns, 6);
    text +=
      '      - name: priority\n        logicalType: string\n        description: How soon the order must be sent.\n        enum:\n';
    const values = entriesAt(text + ' '.repeat(10));
    assert.deepEqual(prefixes(values), ['odcs-enum-value']);
    text += inserted(values, 10);
    const tables = entriesAt(text + '  ');
    assert.deepEqual(prefixes(tables), ['odcs-schema-object']);
    text += inserted(tables, 2);
    text += 'slaProperties:\n';
    const slas = entriesAt(text + '  ');
    assert.deepEqual(prefixes(slas), ['odcs-sla-freshness', 'odcs-sla-frequency', 'odcs-sla-retention']);
    text += inserted(slas, 2);
    const parsed = parseDocument(text, { uniqueKeys: true });
    assert.deepEqual(
      parsed.errors.map((e) => e.message),
      [],
      text,
    );
    const value = parsed.toJS();
    assert.equal(value.schema[0].properties[0].quality.length, 7);
    assert.equal(value.schema[0].properties.length, 6);
    assert.equal(value.schema[0].properties[2].enum.length, 2);
    assert.equal(value.schema[0].properties[3].map.key.logicalType, 'string');
    assert.equal(value.schema[0].properties[4].semanticType, 'measure');
    assert.equal(value.schema[0].properties[5].enum.length, 1);
    assert.equal(value.schema.length, 2);
    assert.equal(value.slaProperties.length, 3);
    assert.deepEqual(errors(text), [], text);
  });

  it('v3.2.0 columns (enum, map, measure) are not offered in an older contract', () => {
    const text = expandSnippet(contractSnippet('v3.1.0').body).trimEnd() + '\n';
    assert.deepEqual(prefixes(entriesAt(text + ' '.repeat(6))), ['odcs-property']);
  });

  it('a team member entry per role fits under team.members', () => {
    let text =
      'apiVersion: v3.2.0\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: draft\nteam:\n  name: t\n  members:\n';
    const members = entriesAt(text + '    ');
    assert.deepEqual(prefixes(members), ['odcs-member-owner', 'odcs-member-steward', 'odcs-member-custodian']);
    text += inserted(members, 4);
    assert.deepEqual(
      parseDocument(text)
        .toJS()
        .team.members.map((m: { role: string }) => m.role),
      ['Data Owner', 'Data Steward', 'Data Custodian'],
    );
    assert.deepEqual(errors(text), [], text);
  });
});
