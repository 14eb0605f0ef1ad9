// Validates the SARIF output against the official SARIF 2.1.0 JSON schema (shipped by @microsoft/jest-sarif).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { allRules } from '../../src/engine';
import { formatters } from '../../src/formatters';
import { emptyReport, sampleReport } from './sample-report';

const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('sarif formatter', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the official schema has a pattern invalid under the u flag;
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  for (const [name, report] of [
    ['with findings', sampleReport],
    ['without findings', emptyReport],
  ] as const) {
    it(`is valid SARIF 2.1.0 ${name}`, () => {
      const log = JSON.parse(formatters.sarif(report, { version: '1.2.3', color: false }));
      assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
    });
  }

  it('describes every rule and points each result at its rule, a 1-based region and its fix', () => {
    const log = JSON.parse(formatters.sarif(sampleReport, { version: '1.2.3', color: false }));
    const run = log.runs[0];
    assert.equal(run.tool.driver.rules.length, allRules.length);
    for (const rule of run.tool.driver.rules) {
      assert.match(rule.helpUri, /^https:\/\/.+\/docs\/rules\/[a-z0-9-]+\.md$/);
      assert.ok(rule.shortDescription.text.length > 0);
    }
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'schema-invalid-enum');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'schema-invalid-enum');
    assert.deepEqual(result.locations[0].physicalLocation.region, {
      startLine: 18,
      startColumn: 22,
      endLine: 18,
      endColumn: 27,
    });
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'string');
    const levels = run.results.map((r: { level: string }) => r.level).sort();
    assert.deepEqual(levels, ['error', 'error', 'note', 'note', 'warning']);
  });
});
