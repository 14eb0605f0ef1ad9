// The editor's snippets (snippets/odcs.code-snippets and the contract the completion offers in an empty file),
// expanded as VS Code does with their default values, make a contract with no errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { lintText } from '../../src/engine/lint';
import { contractSnippet } from '../../src/engine/services/completion-snippets';
import { NEW_CONTRACT_VERSIONS } from '../../src/engine/config/settings';
import { expandSnippet } from './expand-snippet';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const file = path.join(__dirname, '..', '..', 'snippets', 'odcs.code-snippets');
const snippets: Record<string, Snippet> = Object.fromEntries(
  Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>).map((s) => [s.prefix, s]),
);

const indented = (body: string[] | string, pad: number) =>
  expandSnippet(Array.isArray(body) ? body.join('\n') : body)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ' '.repeat(pad) + l)
    .join('\n') + '\n';
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

  it('every snippet has a prefix starting odcs-, a description and a body', () => {
    for (const s of Object.values(snippets)) {
      assert.match(s.prefix, /^odcs-[a-z-]+$/);
      assert.ok(s.description.length > 10 && s.body.length > 0, s.prefix);
    }
  });

  for (const version of NEW_CONTRACT_VERSIONS) {
    it(`the contract offered in an empty file parses and lints with no error in ${version}`, () => {
      const text = expandSnippet(contractSnippet(version).body);
      assert.equal(parseDocument(text).errors.length, 0);
      assert.equal(parseDocument(text).toJS().apiVersion, version);
      assert.deepEqual(errors(text), [], text);
    });
  }

  it('the v3.2.0 contract with every property, quality, schema object and SLA snippet in place lints with no error', () => {
    const pick = (prefix: string) => {
      const s = snippets[prefix];
      assert.ok(s, `snippet ${prefix}`);
      return s.body;
    };
    let text = expandSnippet(contractSnippet('v3.2.0').body).trimEnd() + '\n';
    text += '        quality:\n';
    const quality = Object.keys(snippets).filter((p) => p.startsWith('odcs-quality-'));
    assert.ok(quality.length >= 6, 'a quality snippet per dimension');
    for (const prefix of quality) text += indented(pick(prefix), 10);
    for (const prefix of ['odcs-property', 'odcs-property-enum', 'odcs-property-map', 'odcs-property-measure'])
      text += indented(pick(prefix), 6);
    text +=
      '      - name: priority\n        logicalType: string\n        description: How soon the order must be sent.\n        enum:\n';
    text += indented(pick('odcs-enum-value'), 10);
    text += indented(pick('odcs-schema-object'), 2);
    text += 'slaProperties:\n';
    for (const prefix of ['odcs-sla-freshness', 'odcs-sla-retention']) text += indented(pick(prefix), 2);
    const parsed = parseDocument(text, { uniqueKeys: true });
    assert.deepEqual(
      parsed.errors.map((e) => e.message),
      [],
      text,
    );
    const value = parsed.toJS();
    assert.equal(value.schema[0].properties.length, 6);
    assert.equal(value.schema[0].properties[2].enum.length, 2);
    assert.equal(value.schema[0].properties[3].map.key.logicalType, 'string');
    assert.equal(value.schema[0].properties[4].semanticType, 'measure');
    assert.deepEqual(errors(text), [], text);
  });

  it('a team member snippet per role fits under team.members', () => {
    let text =
      'apiVersion: v3.2.0\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: draft\nteam:\n  name: t\n  members:\n';
    for (const role of ['owner', 'steward', 'custodian']) text += indented(snippets[`odcs-member-${role}`].body, 4);
    assert.deepEqual(
      parseDocument(text)
        .toJS()
        .team.members.map((m: { role: string }) => m.role),
      ['Data Owner', 'Data Steward', 'Data Custodian'],
    );
    assert.deepEqual(errors(text), [], text);
  });
});
