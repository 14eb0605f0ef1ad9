import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatters, FORMAT_NAMES, type FormatName } from '../../src/formatters';
import { escapeData, escapeProperty } from '../../src/formatters/github';
import { escapeXml } from '../../src/formatters/junit';
import { emptyReport, sampleReport, sampleRules } from './sample-report';

const GOLDEN = path.join(__dirname, '../fixtures/cli/golden');
const EXTENSION: Record<FormatName, string> = {
  stylish: 'txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'xml',
  github: 'txt',
};
const context = { version: '9.9.9', color: false, rules: sampleRules };

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function assertGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from ${name}`);
}

describe('formatters', () => {
  for (const name of FORMAT_NAMES) {
    it(`${name} matches its golden file`, () => {
      assertGolden(`${name}.${EXTENSION[name]}`, formatters[name](sampleReport, context));
    });
  }

  it('stylish says plainly when there is nothing to report', () => {
    assert.equal(formatters.stylish(emptyReport, context), 'No problems in 0 contracts in 2 YAML files.\n');
  });

  it('stylish colours only when asked, and the text stays the same without the colour codes', () => {
    const coloured = formatters.stylish(sampleReport, { ...context, color: true });
    assert.match(coloured, /\u001b\[31merror/);
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), formatters.stylish(sampleReport, context));
    assert.doesNotMatch(formatters.stylish(sampleReport, context), /\u001b/);
  });

  it('json counts findings by severity and marks fixable ones', () => {
    const parsed = JSON.parse(formatters.json(sampleReport, context));
    assert.deepEqual(parsed.summary, { files: 5, contracts: 3, errors: 2, warnings: 1, infos: 1, hints: 1 });
    const enumFinding = parsed.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'schema-invalid-enum');
    assert.deepEqual(
      {
        line: enumFinding.line,
        column: enumFinding.column,
        endLine: enumFinding.endLine,
        endColumn: enumFinding.endColumn,
        fixable: enumFinding.fixable,
      },
      { line: 18, column: 22, endLine: 18, endColumn: 27, fixable: true },
    );
    assert.equal(parsed.files[2].kind, 'yaml-error');
    assert.equal('apiVersion' in parsed.files[2], false);
  });

  it('json and sarif carry the detail a short message leaves out; a finding without one has none', () => {
    const json = JSON.parse(formatters.json(sampleReport, context));
    const findings = json.files[0].findings as Array<{ ruleId: string; detail?: string }>;
    assert.equal(
      findings.find((f) => f.ruleId === 'schema-invalid-enum')?.detail,
      'Allowed values of logicalType: `string`, `date`.',
    );
    assert.equal(findings.find((f) => f.ruleId === 'no-team')?.detail, undefined);
    const sarif = JSON.parse(formatters.sarif(sampleReport, context));
    const results = sarif.runs[0].results as Array<{ ruleId: string; message: { text: string; markdown?: string } }>;
    const withDetail = results.find((r) => r.ruleId === 'schema-invalid-enum')!.message;
    // the text stays the short message; Markdown viewers (code scanning) show the detail under it
    assert.equal(withDetail.text.includes('Allowed values'), false);
    assert.match(
      withDetail.markdown ?? '',
      /^Use 'string': .*\.\n\nAllowed values of logicalType: `string`, `date`\.$/,
    );
    assert.equal(results.find((r) => r.ruleId === 'no-team')!.message.markdown, undefined);
  });

  it('github escapes message data and property separators', () => {
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    const lines = formatters.github(sampleReport, context).trim().split('\n');
    assert.equal(lines.length, 5);
    assert.ok(
      lines.every((l) =>
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\n]+$/.test(l),
      ),
      lines.join('\n'),
    );
    assert.ok(lines.some((l) => l.startsWith('::warning file=contracts/customers%2Cv1.odcs.yaml,line=1,col=1,')));
  });

  it('junit escapes XML, shows control characters and drops what XML cannot hold', () => {
    assert.equal(escapeXml('<a & "b">\u0001\'c\'\uFFFE\uD800'), '&lt;a &amp; &quot;b&quot;&gt;\\x01&apos;c&apos;');
    const xml = formatters.junit(sampleReport, context);
    assert.match(xml, /<testsuites name="dclens" tests="6" failures="3" errors="0">/);
    assert.match(xml, /<testcase name="no problems" classname="contracts\/orders.odcs.yaml"\/>/);
    assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, ''), /&|<(?![?/a-z])/);
  });

  it('github prints nothing when there are no findings', () => {
    assert.equal(formatters.github(emptyReport, context), '');
  });
});
