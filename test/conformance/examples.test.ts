import assert from 'node:assert/strict';
import { parseOdcsVersion, validateOdcs, type OdcsVersion } from '../../src/engine/model';
import { officialExamples } from './fixtures';

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
        assert.match(issue.message, /^This contract declares ODCS v3\.0\.2 but uses .*, which arrived in v3\.1\.0\.$/);
        assert.match(issue.message, feature);
        assert.deepEqual(issue.fix, { kind: 'replace-value', path: ['apiVersion'], newText: 'v3.1.0', title: 'Set apiVersion to v3.1.0' });
      });
    }
  }

  it('names the stakeholders feature exactly', () => {
    const doc = examples.find((e) => e.name === 'stakeholders__basic-four-dpo.odcs.yaml')!.doc;
    assert.equal(
      validateOdcs(doc, 'v3.0.2')[0].message,
      'This contract declares ODCS v3.0.2 but uses the team object with members, which arrived in v3.1.0.',
    );
  });

  it('keeps real mistakes of a v3.0.2 contract next to the version feature', () => {
    const doc = structuredClone(examples.find((e) => e.name === 'stakeholders__basic-four-dpo.odcs.yaml')!.doc);
    doc.kind = 'DataContrakt';
    const kinds = validateOdcs(doc, 'v3.0.2').map((i) => i.kind).sort();
    assert.deepEqual(kinds, ['invalid-enum', 'version-feature']);
  });
});

describe('parseOdcsVersion', () => {
  it('recognises the v3 versions, old v2.2.x and nothing else', () => {
    assert.equal(parseOdcsVersion('v3.1.0'), 'v3.1.0');
    assert.equal(parseOdcsVersion('v3.0.0'), 'v3.0.0');
    assert.equal(parseOdcsVersion('v2.2.2'), 'v2');
    assert.equal(parseOdcsVersion('v3.2.0'), undefined);
    assert.equal(parseOdcsVersion(3.1), undefined);
  });
});
