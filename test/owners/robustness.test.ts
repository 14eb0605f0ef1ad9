// Catalogue files come from other tools and people: no input may make a parser throw.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  buildSnapshot,
  contractRecordFromValue,
  parseBackstageYaml,
  parseCodeowners,
  parseDataHubJson,
  parsePeopleDirectory,
  suggestOwners,
} from '../../src/engine/owners';

const json = fc.jsonValue({ maxDepth: 4 });

describe('catalogue parsers on arbitrary input', () => {
  it('never throw on random text, and every warning names its file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const out of [
          parseDataHubJson(text, 'a.json'),
          parseBackstageYaml(text, 'catalog-info.yaml'),
          parseCodeowners(text, 'CODEOWNERS'),
          parsePeopleDirectory(text, 'people.yaml'),
          parsePeopleDirectory(text, 'people.csv'),
        ]) {
          for (const w of out.warnings) assert.ok(w.file !== '' && w.line >= 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on JSON of any shape, and the snapshot and ranking cope with what they return', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const outputs = [
          parseDataHubJson(JSON.stringify(a), 'a.json'),
          parseDataHubJson(
            JSON.stringify([b, { entityUrn: 'urn:li:dataset:x', aspectName: 'ownership', aspect: b }]),
            'b.json',
          ),
          contractRecordFromValue(a, 'x/a.yaml'),
          contractRecordFromValue({ team: b, domain: a }, 'x/b.yaml'),
          parseBackstageYaml(JSON.stringify(a), 'catalog-info.yaml'),
        ];
        const snapshot = buildSnapshot(outputs);
        for (const role of ['Data Owner', 'Data Steward', 'Data Custodian'] as const) {
          for (const c of suggestOwners(snapshot, { path: 'x/new.yaml', value: b }, role))
            assert.ok(c.score > 0 && c.score <= 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
