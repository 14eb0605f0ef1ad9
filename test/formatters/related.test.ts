// A grouped finding (one rule, many places in one schema object) in every output format.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { lintText } from '../../src/engine/lint';
import { formatters, type LintReport } from '../../src/formatters';
import { contract } from '../helpers/rule-tester';

const text = contract(
  [
    'schema:',
    '  - name: orders',
    '    description: One row per order placed in the web shop.',
    '    dataGranularityDescription: One row per order.',
    '    properties:',
    '      - name: order_id',
    '        logicalType: string',
    '      - name: status',
    '        logicalType: string',
    '',
  ].join('\n'),
);
const result = lintText(text, { fileName: 'contracts/orders.odcs.yaml', today: '2026-11-27' });
const report: LintReport = { filesExamined: 1, files: [{ file: 'contracts/orders.odcs.yaml', result }] };
const context = { version: '1.2.3', color: false };
const MESSAGE = "Add descriptions to 2 properties of schema 'orders': order_id, status.";

describe('formatters: grouped findings', () => {
  it('the report holds one grouped finding with two places (lines 11 and 13)', () => {
    const grouped = result.findings.filter((f) => f.related);
    assert.equal(grouped.length, 1);
    assert.ok(grouped[0].message.startsWith(MESSAGE));
    assert.deepEqual(
      grouped[0].related?.map((r) => r.range.start.line + 1),
      [11, 13],
    );
  });

  it('json adds a related array: each place 1-based, with its path and own message', () => {
    const out = JSON.parse(formatters.json(report, context));
    const finding = out.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'property-description');
    assert.ok(finding.message.startsWith(MESSAGE));
    assert.equal(finding.line, 11);
    assert.deepEqual(
      finding.related.map((r: { line: number; column: number; path: unknown[] }) => [r.line, r.column, r.path]),
      [
        [11, 7, ['schema', 0, 'properties', 0]],
        [13, 7, ['schema', 0, 'properties', 1]],
      ],
    );
    assert.match(finding.related[1].message, /^Describe property 'status' in schema 'orders':/);
    const single = out.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'no-team');
    assert.equal('related' in single, false, 'findings that are not grouped have no related key');
  });

  it('sarif gives each place as a related location, and stays valid SARIF 2.1.0', () => {
    const log = JSON.parse(formatters.sarif(report, context));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')),
    );
    const valid = validate(log as unknown); // no narrowing of `log`: it stays the parsed JSON
    assert.ok(valid, ajv.errorsText(validate.errors, { separator: '\n' }));
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'property-description');
    assert.deepEqual(
      result.relatedLocations.map((l: { id: number; physicalLocation: { region: { startLine: number } } }) => [
        l.id,
        l.physicalLocation.region.startLine,
      ]),
      [
        [0, 11],
        [1, 13],
      ],
    );
    assert.match(result.relatedLocations[0].message.text, /^Describe property 'order_id' in schema 'orders':/);
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'contracts/orders.odcs.yaml');
  });

  it('stylish prints the grouped message once, on one line', () => {
    const lines = formatters
      .stylish(report, context)
      .split('\n')
      .filter((l) => l.includes('property-description'));
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^ {2}11:7 +info +Add descriptions to 2 properties of schema 'orders': order_id, status\./);
  });

  it('github prints one annotation; junit one test case that lists every place', () => {
    assert.equal(
      formatters
        .github(report, context)
        .split('\n')
        .filter((l) => l.includes('property-description')).length,
      1,
    );
    const xml = formatters.junit(report, context);
    assert.equal((xml.match(/<testcase name="[^"]*property-description"/g) ?? []).length, 1);
    assert.match(xml, /contracts\/orders\.odcs\.yaml:11:7: Describe property &apos;order_id&apos;/);
    assert.match(
      xml,
      /contracts\/orders\.odcs\.yaml:13:7: Describe property &apos;status&apos; in schema &apos;orders&apos;/,
    );
  });
});
