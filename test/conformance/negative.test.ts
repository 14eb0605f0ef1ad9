import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/engine/lint';
import { validateOdcs } from '../../src/engine/model';
import { FIXTURES, loadYaml, negativeTestsV32, V3_2_0 } from './fixtures';
import { NEGATIVE_V32, NOT_PLAIN } from './negative-v32.expected';

// Negative tests of the v3.2.0 draft that test something v3.1.0 does not have, with the reason.
// (They still fail against v3.1.0, but only because the construct itself is unknown there.)
const NOT_APPLICABLE: Record<string, string> = {
  'enum-duplicate-values.odcs.yaml': "the property-level 'enum' list is new in v3.2.0",
  'enum-empty.odcs.yaml': "the property-level 'enum' list is new in v3.2.0",
  'enum-missing-value.odcs.yaml': "the property-level 'enum' list is new in v3.2.0",
  'map-missing-block.odcs.yaml': "logicalType 'map' and its 'map' block are new in v3.2.0",
  'map-missing-key.odcs.yaml': "logicalType 'map' and its 'map' block are new in v3.2.0",
  'map-missing-value.odcs.yaml': "logicalType 'map' and its 'map' block are new in v3.2.0",
  'synonym-missing-term.odcs.yaml': "'synonyms' and 'semanticType' on properties are new in v3.2.0",
};

// What each applicable test must be reported as (kind and the key or value concerned).
const EXPECTED: Record<string, { kind: string; pathEnd: string | number }> = {
  'additional-unknown-property.odcs.yaml': { kind: 'unknown-key', pathEnd: 'unknownRootField' },
  'invalid-api-version.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'apiVersion' },
  'invalid-kind.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'kind' },
  'invalid-quality-dimension.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'dimension' },
  'invalid-quality-metric.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'metric' },
  'invalid-quality-type.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'type' },
  'missing-required-fields.odcs.yaml': { kind: 'missing-required', pathEnd: '' },
  'quality-custom-missing-implementation.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'quality-element-field.odcs.yaml': { kind: 'unknown-key', pathEnd: 'element' },
  'quality-library-missing-metric.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'quality-multiple-operators.odcs.yaml': { kind: 'invalid-value', pathEnd: 'mustNotBe' },
  'quality-mustbebetween-wrong-size.odcs.yaml': { kind: 'invalid-value', pathEnd: 'mustBeBetween' },
  'quality-sql-missing-query.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'relationship-property-level-with-from.odcs.yaml': { kind: 'unknown-key', pathEnd: 'from' },
  'relationship-schema-level-missing-from-to.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'schema-property-invalid-logicaltype.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'logicalType' },
  'schema-property-missing-name.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'server-invalid-type.odcs.yaml': { kind: 'invalid-enum', pathEnd: 'type' },
  'server-missing-conditional-fields.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'server-missing-required-fields.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
  'sla-missing-required-value.odcs.yaml': { kind: 'missing-required', pathEnd: 0 },
};

/** The draft tests declare v3.2.0; to test v3.1.0 they are read as v3.1.0 documents. */
function asV31(doc: Record<string, unknown>): Record<string, unknown> {
  return doc.apiVersion === 'v3.2.0' ? { ...doc, apiVersion: 'v3.1.0' } : doc;
}

describe('conformance: v3.2-draft negative tests against v3.1.0', () => {
  const dir = join(FIXTURES, 'negative-tests');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.odcs.yaml'))
    .sort();

  it('every negative test is either applicable (with an expectation) or listed with a reason', () => {
    assert.equal(files.length, 28);
    for (const f of files) assert.ok(EXPECTED[f] || NOT_APPLICABLE[f], `${f} is not classified`);
  });

  for (const f of files) {
    const doc = asV31(loadYaml(join(dir, f)) as Record<string, unknown>);
    if (NOT_APPLICABLE[f]) {
      it(`${f} does not apply to v3.1.0 (${NOT_APPLICABLE[f]}), yet is still rejected`, () => {
        assert.ok(validateOdcs(doc, 'v3.1.0').length > 0);
      });
      continue;
    }
    it(`${f} is rejected`, () => {
      const issues = validateOdcs(doc, 'v3.1.0');
      assert.ok(issues.length > 0, 'no issue reported');
      const { kind, pathEnd } = EXPECTED[f];
      const hit = issues.find(
        (i) => i.kind === kind && (pathEnd === '' ? i.path.length === 0 : i.path[i.path.length - 1] === pathEnd),
      );
      assert.ok(
        hit,
        `expected a ${kind} issue at …${String(pathEnd)}, got:\n${issues.map((i) => `${i.kind} ${JSON.stringify(i.path)} ${i.message}`).join('\n')}`,
      );
      assert.equal(issues.filter((i) => i.kind === 'version-feature').length, 0);
    });
  }
});

describe('conformance: the 44 ODCS v3.2.0 negative tests', () => {
  const tests = negativeTestsV32();

  it('there are 44, each with an expectation', () => {
    assert.equal(tests.length, 44);
    assert.deepEqual(
      tests.map((t) => t.name),
      Object.keys(NEGATIVE_V32).sort(),
    );
  });

  for (const { name, text, doc } of tests) {
    const expected = NEGATIVE_V32[name];
    if (!expected) continue;
    describe(name, () => {
      const errors = lintText(text, { fileName: name, today: '2026-11-27' }).findings.filter(
        (f) => f.severity === 'error',
      );
      const listed = () =>
        errors.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n') || '(no errors)';

      it('is invalid ODCS v3.2.0', () => {
        assert.ok(validateOdcs(doc, V3_2_0).length > 0, 'validateOdcs reports nothing');
      });

      it(`gets an error on line ${expected.line} that names the cause (${expected.says.map(String).join(', ')})`, () => {
        const hit = errors.find(
          (f) => f.range.start.line + 1 === expected.line && expected.says.every((re) => re.test(f.message)),
        );
        assert.ok(hit, listed());
      });

      it('says it in plain words (no JSON paths or validator terms)', () => {
        for (const f of errors)
          for (const re of NOT_PLAIN) assert.doesNotMatch(f.message, re, `${f.ruleId}: ${f.message}`);
      });
    });
  }
});
