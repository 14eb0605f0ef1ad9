import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { parseOdcsVersion, validateOdcs, type OdcsVersion } from '../../src/engine/model';
import { examplesV32, officialExamples, V3_2_0 } from './fixtures';

// Examples that declare v3.0.2 but already use a v3.1.0 feature, and the words that must name it.
const USES_V31_FEATURE: Record<string, RegExp> = {
  'data-types__all-data-types.odcs.yaml': /numeric exclusiveMinimum/,
  'quality__column-completeness.odcs.yaml': /'metric'/,
  'stakeholders__basic-four-dpo.odcs.yaml': /the team object with members/,
};

describe('conformance: the 18 official ODCS examples', () => {
  const examples = officialExamples();

  it('there are 18 examples', () => assert.equal(examples.length, 18));

  for (const { name, doc } of examples) {
    it(`${name} is valid ODCS v3.1.0`, () => {
      assert.deepEqual(validateOdcs(doc, 'v3.1.0'), []);
    });

    const declared = parseOdcsVersion(doc.apiVersion) as OdcsVersion;
    const feature = USES_V31_FEATURE[name];
    if (!feature) {
      it(`${name} is valid against its declared ${String(doc.apiVersion)}`, () => {
        assert.deepEqual(validateOdcs(doc, declared), []);
      });
    } else {
      it(`${name} gets exactly one version-feature issue for its declared ${String(doc.apiVersion)}`, () => {
        const issues = validateOdcs(doc, declared);
        assert.equal(issues.length, 1, issues.map((i) => i.message).join('\n'));
        const [issue] = issues;
        assert.equal(issue.kind, 'version-feature');
        assert.deepEqual(issue.path, ['apiVersion']);
        assert.equal(issue.target, 'value');
        assert.match(issue.message, /^Set apiVersion to v3\.1\.0: this contract uses .*v3\.0\.2 lacks\.$/);
        assert.match(
          issue.detail ?? '',
          /^This contract declares ODCS v3\.0\.2 but uses .*, which arrived in v3\.1\.0\. /,
        );
        assert.match(issue.detail ?? '', feature);
        // changing the version changes what the contract promises: offered, never applied by itself
        assert.deepEqual(
          { ...issue.fix, title: undefined },
          { kind: 'replace-value', path: ['apiVersion'], newText: 'v3.1.0', suggestion: true, title: undefined },
        );
        assert.match(issue.fix!.title, /^Set apiVersion to v3\.1\.0\b/);
      });
    }
  }

  it('names the stakeholders feature exactly', () => {
    const doc = examples.find((e) => e.name === 'stakeholders__basic-four-dpo.odcs.yaml')!.doc;
    const [issue] = validateOdcs(doc, 'v3.0.2');
    assert.equal(
      issue.message,
      'Set apiVersion to v3.1.0: this contract uses the team object with members, which v3.0.2 lacks.',
    );
    assert.equal(
      issue.detail,
      'This contract declares ODCS v3.0.2 but uses the team object with members, which arrived in v3.1.0. Declare v3.1.0, or stop using it to stay on v3.0.2.',
    );
  });

  it('keeps real mistakes of a v3.0.2 contract next to the version feature', () => {
    const doc = structuredClone(examples.find((e) => e.name === 'stakeholders__basic-four-dpo.odcs.yaml')!.doc);
    doc.kind = 'DataContrakt';
    const kinds = validateOdcs(doc, 'v3.0.2')
      .map((i) => i.kind)
      .sort();
    assert.deepEqual(kinds, ['invalid-enum', 'version-feature']);
  });
});

describe('parseOdcsVersion', () => {
  it('recognises the v3 versions up to v3.2.0, old v2.2.x and nothing else', () => {
    assert.equal(parseOdcsVersion('v3.1.0'), 'v3.1.0');
    assert.equal(parseOdcsVersion('v3.0.0'), 'v3.0.0');
    assert.equal(parseOdcsVersion('v2.2.2'), 'v2');
    assert.equal(parseOdcsVersion('v3.2.0'), 'v3.2.0');
    assert.equal(parseOdcsVersion('v3.3.0'), undefined);
    assert.equal(parseOdcsVersion(3.1), undefined);
  });
});

// The v3.2.0 examples that still declare v3.0.2 although they use a v3.1.0 feature (the official v3.0.2
// schema rejects them): lintText reports exactly that, once, as it does for the same v3.1.0 examples.
const V32_EXAMPLES_USING_V31_FEATURE = [
  'data-types__all-data-types.odcs.yaml',
  'quality__column-completeness.odcs.yaml',
  'stakeholders__basic-four-dpo.odcs.yaml',
];

describe('conformance: the 31 ODCS v3.2.0 examples', () => {
  const examples = examplesV32();
  const errorsOf = (text: string, name: string) =>
    lintText(text, { fileName: name, today: '2026-11-27' }).findings.filter((f) => f.severity === 'error');
  const describeAll = (findings: ReturnType<typeof errorsOf>) =>
    findings.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n');

  it('there are 31 examples', () => assert.equal(examples.length, 31));

  for (const { name, text, doc } of examples) {
    describe(name, () => {
      it('is valid ODCS v3.2.0', () => {
        assert.deepEqual(
          validateOdcs(doc, V3_2_0).map((i) => i.message),
          [],
        );
      });

      if (V32_EXAMPLES_USING_V31_FEATURE.includes(name)) {
        it(`gets one error from lintText, the version feature of its declared ${String(doc.apiVersion)}`, () => {
          const errors = errorsOf(text, name);
          assert.deepEqual(
            errors.map((f) => f.ruleId),
            ['api-version-feature'],
            describeAll(errors),
          );
          assert.match(errors[0].message, /^Set apiVersion to v3\.1\.0: this contract uses .*v3\.0\.2 lacks\.$/);
          assert.match(
            errors[0].detail ?? '',
            /^This contract declares ODCS v3\.0\.2 but uses .*, which arrived in v3\.1\.0\. /,
          );
        });
      } else {
        it(`gets no error from lintText (declares ${String(doc.apiVersion)})`, () => {
          const errors = errorsOf(text, name);
          assert.deepEqual(
            errors.map((f) => f.ruleId),
            [],
            describeAll(errors),
          );
        });
      }

      if (doc.apiVersion !== 'v3.2.0') {
        it('gets no error from lintText when it declares v3.2.0', () => {
          const errors = errorsOf(text.replace(/^apiVersion:.*$/m, 'apiVersion: v3.2.0'), name);
          assert.deepEqual(
            errors.map((f) => f.ruleId),
            [],
            describeAll(errors),
          );
        });
      }
    });
  }
});
