import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { OdcsContractSchema, validateOdcs } from '../../src/engine/model';
import { parse } from 'yaml';
import { EDGE_CASES, EDGE_HEAD } from './differential-cases';
import { FIXTURES, officialExamples } from './fixtures';
import { MUTATION_CLASSES, mutations, type MutationClass } from './mutations';

// Our valid/invalid verdict must equal the official v3.1.0 JSON Schema's (run by ajv) on every
// official example and on generated mutations of them; so must OdcsContractSchema's.
const PER_CLASS = 250;
const SEED = 20260505;

function officialValidator() {
  const ajv = new Ajv2019({ strict: false, allErrors: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'schema', 'odcs-json-schema-v3.1.0.json'), 'utf8'));
  return ajv.compile(schema);
}

describe('differential: our v3.1.0 verdict equals the official JSON Schema (ajv)', function () {
  this.timeout(60_000);
  const ajvValidate = officialValidator();
  const examples = officialExamples().map((e) => e.doc);
  const tally = new Map<MutationClass, { total: number; agree: number; invalid: number }>();

  after(() => {
    const lines = MUTATION_CLASSES.map((cls) => {
      const t = tally.get(cls) ?? { total: 0, agree: 0, invalid: 0 };
      return `      ${cls.padEnd(14)} ${t.agree}/${t.total} agree (${t.invalid} invalid per ajv)`;
    });
    console.log(`    agreement per mutation class:\n${lines.join('\n')}`);
  });

  it('agrees on the 18 official examples (all valid)', () => {
    for (const doc of examples) {
      assert.equal(ajvValidate(doc), true);
      assert.deepEqual(validateOdcs(doc, 'v3.1.0'), []);
    }
  });

  it(`agrees on ${EDGE_CASES.length} hand-picked edge cases`, () => {
    const disagreements = EDGE_CASES.filter((body) => {
      const doc = parse(EDGE_HEAD + body);
      return (ajvValidate(doc) as boolean) !== (validateOdcs(doc, 'v3.1.0').length === 0);
    });
    assert.deepEqual(disagreements, []);
  });

  it(`agrees on ${PER_CLASS * MUTATION_CLASSES.length} seeded mutations`, () => {
    const disagreements: string[] = [];
    for (const m of mutations(examples as never, PER_CLASS, SEED)) {
      const theirs = ajvValidate(m.doc) as boolean;
      const ours = validateOdcs(m.doc, 'v3.1.0');
      const t = tally.get(m.cls) ?? { total: 0, agree: 0, invalid: 0 };
      t.total++;
      if (!theirs) t.invalid++;
      const typed = OdcsContractSchema.safeParse(m.doc).success;
      if (theirs === (ours.length === 0) && typed === theirs) t.agree++;
      else
        disagreements.push(
          `${m.cls}: ${m.description}\n  ajv: ${theirs ? 'valid' : JSON.stringify(ajvValidate.errors?.slice(0, 2))}\n  ours: ${ours.map((i) => i.message).join(' | ') || 'valid'}\n  OdcsContractSchema: ${typed ? 'valid' : 'invalid'}`,
        );
      tally.set(m.cls, t);
    }
    assert.equal(disagreements.length, 0, disagreements.slice(0, 10).join('\n'));
  });
});

describe('differential: our v3.0.x verdicts equal the official v3.0.x JSON Schemas (ajv)', function () {
  this.timeout(60_000);
  const PER_CLASS_30 = 60;
  for (const version of ['v3.0.0', 'v3.0.1', 'v3.0.2'] as const) {
    it(`${version}: agrees on the examples, the edge cases and ${PER_CLASS_30 * MUTATION_CLASSES.length} mutations`, () => {
      const ajv = new Ajv2019({ strict: false });
      addFormats(ajv);
      const schema = JSON.parse(readFileSync(join(FIXTURES, 'schema', `odcs-json-schema-${version}.json`), 'utf8'));
      const ajvValidate = ajv.compile(schema);
      // the examples re-declared as this version, so that apiVersion is not the only difference
      const examples = officialExamples().map((e) => ({ ...e.doc, apiVersion: version }));
      const docs: unknown[] = [
        ...examples,
        ...EDGE_CASES.map((body) => parse(EDGE_HEAD.replace('v3.1.0', version) + body)),
        ...Array.from(mutations(examples as never, PER_CLASS_30, SEED), (m) => m.doc),
      ];
      const disagreements = docs.filter((doc) => (ajvValidate(doc) as boolean) !== (validateOdcs(doc, version).length === 0));
      assert.equal(disagreements.length, 0, JSON.stringify(disagreements[0])?.slice(0, 500));
    });
  }
});
