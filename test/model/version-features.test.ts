import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import type { OdcsVersion } from '../../src/engine/model';
import { issuesOf, only, HEAD } from './helpers';

const V3_2_0 = 'v3.2.0' as string as OdcsVersion;

describe('model: version features of v3.0.x contracts', () => {
  it('one issue on apiVersion, naming the feature, offering v3.1.0', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: events\n    properties:\n      - name: at\n        logicalType: timestamp\n',
        'v3.0.2',
      ),
    );
    assert.equal(issue.kind, 'version-feature');
    assert.deepEqual(issue.path, ['apiVersion']);
    assert.equal(
      issue.message,
      "Set apiVersion to v3.1.0: this contract uses the logical type 'timestamp', which v3.0.2 lacks.",
    );
    assert.equal(
      issue.detail,
      "This contract declares ODCS v3.0.2 but uses the logical type 'timestamp', which arrived in v3.1.0. Declare v3.1.0, or stop using it to stay on v3.0.2.",
    );
    // a newer version changes what the contract promises: offered for the user to pick, never applied by itself
    assert.deepEqual(
      { ...issue.fix, title: undefined },
      { kind: 'replace-value', title: undefined, path: ['apiVersion'], newText: 'v3.1.0', suggestion: true },
    );
    assert.match(issue.fix!.title, /^Set apiVersion to v3\.1\.0\b/);
  });

  it('names several features in one issue', () => {
    const issue = only(
      issuesOf(
        'team:\n  name: sales\nschema:\n  - name: events\n    id: ev\n    properties:\n      - name: at\n        logicalType: time\n',
        'v3.0.2',
      ),
    );
    assert.equal(
      issue.detail,
      "This contract declares ODCS v3.0.2 but uses the team object with members, the key 'id' on schema 'events' and the logical type 'time', which arrived in v3.1.0. Declare v3.1.0, or stop using them to stay on v3.0.2.",
    );
    // too many to name in a short message
    assert.equal(issue.message, 'Set apiVersion to v3.1.0: this contract uses 3 features that v3.0.2 lacks.');
  });

  it('says when a feature arrived before v3.1.0', () => {
    const issue = only(
      issuesOf('authoritativeDefinitions:\n  - url: https://example.com\n    type: businessDefinition\n', 'v3.0.0'),
    );
    assert.match(
      issue.detail ?? '',
      /^This contract declares ODCS v3\.0\.0 but uses the key 'authoritativeDefinitions' on the contract, which arrived in v3\.0\.1\. /,
    );
  });

  it('keeps mistakes that are mistakes in v3.1.0 too', () => {
    const issues = issuesOf('team:\n  name: sales\nschema:\n  - name: events\n    physicalNme: t_events\n', 'v3.0.2');
    assert.deepEqual(
      issues.map((i) => i.kind),
      ['version-feature', 'unknown-key'],
    );
    assert.match(issues[1].message, /^Rename the unknown key '\w+' to 'physicalName'/);
  });

  it('reports nothing for a clean v3.0.2 contract', () => {
    assert.deepEqual(issuesOf('team:\n  - username: jdoe\n    role: Data Owner\n', 'v3.0.2'), []);
  });
});

describe('model: version features of v3.1.0 contracts (v3.2.0 features)', () => {
  const prop = (p: string) =>
    `schema:\n  - name: orders\n    properties:\n      - name: status\n${p
      .split('\n')
      .map((l) => `        ${l}`)
      .join('\n')}\n`;
  const server = (s: string) =>
    `servers:\n  - server: prod\n${s
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;
  // each v3.2.0 feature, written correctly, and the words that must name it
  const FEATURES: Array<[feature: string, body: string, names: RegExp]> = [
    ['enum', prop('logicalType: string\nenum:\n  - value: open\n  - value: closed'), /'enum'/],
    ['map', prop('logicalType: map\nmap:\n  key: {logicalType: string}\n  value: {logicalType: string}'), /'map'/],
    ['vector', prop('logicalType: vector\nlogicalTypeOptions: {dimensions: 768}'), /'vector'/],
    ['semanticType', prop('logicalType: number\nsemanticType: measure\ntransformLogic: SUM(amount)'), /'semanticType'/],
    ['synonyms', prop('logicalType: string\nsynonyms:\n  - synonym: state'), /'synonyms'/],
    ['deprecated', prop('logicalType: string\ndeprecated: true'), /'deprecated'/],
    ['context', 'context: Use for monthly reporting only.\n', /'context'/],
    ['a new server type', server('type: hana\nhost: hana.example.com'), /'hana'/],
    [
      'a server port written as text',
      server('type: postgresql\nhost: db\nport: ${DB_PORT}\ndatabase: sales\nschema: public'),
      /port/,
    ],
    ['encoding on a server', server('type: s3\nlocation: s3://bucket/orders/\nencoding: UTF-8'), /'encoding'/],
    [
      'vendor on a custom property',
      'customProperties:\n  - property: owner-system\n    value: sap\n    vendor: acme\n',
      /'vendor'/,
    ],
  ];

  for (const [feature, body, names] of FEATURES) {
    it(`${feature}: one issue on apiVersion, naming it and v3.2.0, offering v3.2.0`, () => {
      const issue = only(issuesOf(body, 'v3.1.0'));
      assert.equal(issue.kind, 'version-feature');
      assert.deepEqual(issue.path, ['apiVersion']);
      assert.equal(issue.target, 'value');
      assert.match(
        issue.detail ?? '',
        /^This contract declares ODCS v3\.1\.0 but uses .+, which arrived in v3\.2\.0\. /,
      );
      assert.match(issue.detail ?? '', names);
      assert.equal(issue.fix?.kind === 'replace-value' && issue.fix.newText, 'v3.2.0');
      assert.equal(issue.fix?.suggestion, true);
    });
  }

  it('each of these bodies is clean when the contract declares v3.2.0', () => {
    for (const [feature, body] of FEATURES)
      assert.deepEqual(
        issuesOf(body, V3_2_0).map((i) => i.message),
        [],
        feature,
      );
  });

  it('names several v3.2.0 features in one issue', () => {
    const issue = only(
      issuesOf(
        `context: Reporting only.\n${prop('logicalType: string\ndeprecated: true\nenum:\n  - value: open')}`,
        'v3.1.0',
      ),
    );
    for (const key of ['context', 'deprecated', 'enum']) assert.match(issue.detail ?? '', new RegExp(`'${key}'`));
    assert.match(
      issue.detail ?? '',
      /which arrived in v3\.2\.0\. Declare v3\.2\.0, or stop using them to stay on v3\.1\.0\.$/,
    );
  });

  it('a v3.0.2 contract with v3.1.0 and v3.2.0 features gets one issue naming both versions, offering v3.2.0', () => {
    const issue = only(issuesOf(prop('logicalType: timestamp\ndeprecated: true'), 'v3.0.2'));
    assert.match(issue.detail ?? '', /^This contract declares ODCS v3\.0\.2 but uses /);
    assert.match(issue.detail ?? '', /the logical type 'timestamp', which arrived in v3\.1\.0/);
    assert.match(issue.detail ?? '', /'deprecated', which arrived in v3\.2\.0/);
    assert.equal(issue.fix?.kind === 'replace-value' && issue.fix.newText, 'v3.2.0');
  });

  it('keeps a real mistake next to the v3.2.0 feature', () => {
    const issues = issuesOf(prop('logicalType: string\ndeprecated: true\ndescripton: the order status'), 'v3.1.0');
    assert.deepEqual(
      issues.map((i) => i.kind),
      ['version-feature', 'unknown-key'],
    );
    assert.match(issues[1].message, /^Rename the unknown key '\w+' to 'description'/);
  });

  it('lint reports it once, on the apiVersion line, with v3.2.0 as a suggestion and no safe fix', () => {
    const text = `${HEAD}${prop('logicalType: string\nenum:\n  - value: open')}`;
    const findings = lintText(text, { fileName: 'orders.odcs.yaml', today: '2026-11-27' }).findings.filter(
      (f) => f.ruleId === 'api-version-feature',
    );
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.severity, 'error');
    assert.equal(finding.range.start.line, 0);
    assert.equal(finding.fix, undefined);
    assert.equal(finding.suggestions?.[0]?.edits[0]?.newText, 'v3.2.0');
  });
});
