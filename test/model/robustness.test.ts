import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateOdcs, ODCS_VERSIONS, type SchemaIssue } from '../../src/engine/model';
import { officialExamples } from '../conformance/fixtures';

type Json = unknown;

function has(doc: Json, path: ReadonlyArray<string | number>): boolean {
  let v: Json = doc;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !(seg in (v as object))) return false;
    v = (v as Record<string | number, Json>)[seg];
  }
  return true;
}

/** Every issue points at something that exists, so the engine can always turn it into a range. */
function assertPointsIntoDocument(doc: Json, issues: SchemaIssue[]): void {
  for (const issue of issues) {
    assert.ok(has(doc, issue.path), `${issue.kind} at ${JSON.stringify(issue.path)} does not exist`);
    assert.ok(issue.message.length > 10 && /[.?]$/.test(issue.message), issue.message);
    assert.doesNotMatch(issue.message, /undefined|\[object Object\]/, issue.message);
  }
}

// Keys the model knows, so that generated objects reach deep into it.
const KEYS = [
  'schema',
  'properties',
  'items',
  'logicalType',
  'logicalTypeOptions',
  'quality',
  'type',
  'metric',
  'mustBe',
  'servers',
  'server',
  'team',
  'members',
  'username',
  'name',
  'id',
  'required',
  'relationships',
  'from',
  'to',
  'slaProperties',
  'value',
  'customProperties',
  'property',
  'x',
];

describe('model: robustness', () => {
  it('never throws and always points into the document, for arbitrary JSON values', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<Json>(null, true, 0, 1.5, '', 'string', 'object', 'sql', 'v3.1.0', 'orders.id'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(...ODCS_VERSIONS), (doc, version) => {
        const withVersion =
          doc && typeof doc === 'object' && !Array.isArray(doc) ? { ...doc, apiVersion: version } : doc;
        assertPointsIntoDocument(withVersion, validateOdcs(withVersion, version));
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('points into the document for damaged official examples', () => {
    const examples = officialExamples().map((e) => e.doc);
    const damage = fc.record({
      index: fc.nat(examples.length - 1),
      key: fc.constantFrom(...KEYS),
      junk: fc.constantFrom<Json>(null, 'x', 3, [], {}, [{}]),
    });
    fc.assert(
      fc.property(damage, ({ index, key, junk }) => {
        const doc = structuredClone(examples[index]) as Record<string, Json>;
        const schema = doc.schema as Array<Record<string, Json>> | undefined;
        if (schema?.[0]) schema[0][key] = junk;
        else doc[key] = junk;
        assertPointsIntoDocument(doc, validateOdcs(doc, 'v3.1.0'));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
