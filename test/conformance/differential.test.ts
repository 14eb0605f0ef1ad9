import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { lintText } from '../../src/engine/lint';
import { OdcsContractSchema, validateOdcs } from '../../src/engine/model';
import { parse } from 'yaml';
import { EDGE_CASES, EDGE_CASES_V32, EDGE_HEAD, EDGE_HEAD_V32 } from './differential-cases';
import {
  cliSchemaV32,
  examplesV32,
  FIXTURES,
  negativeTestsV32,
  odcsSchemaV32,
  officialExamples,
  V3_2_0,
} from './fixtures';
import { MUTATION_CLASSES, mutations, VOCABULARY_V32, type MutationClass } from './mutations';
import { NEGATIVE_V32 } from './negative-v32.expected';

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
      const disagreements = docs.filter(
        (doc) => (ajvValidate(doc) as boolean) !== (validateOdcs(doc, version).length === 0),
      );
      assert.equal(disagreements.length, 0, JSON.stringify(disagreements[0])?.slice(0, 500));
    });
  }
});

describe('differential: our v3.2.0 verdict equals the ODCS v3.2.0 JSON Schema (ajv)', function () {
  this.timeout(120_000);
  const PER_CLASS_32 = 250;
  const SEED_32 = 20260908;
  const compile = (schema: object) => {
    const ajv = new Ajv2019({ strict: false, allErrors: false });
    addFormats(ajv);
    return ajv.compile(schema);
  };
  // ODCS v3.2.0 itself: datacontract-cli's copy of the schema without its 'blob' object type
  const ajvValidate = compile(odcsSchemaV32());
  const examples = examplesV32().map((e) => e.doc);
  const tally = new Map<MutationClass, { total: number; agree: number; invalid: number }>();
  const ours = (doc: unknown) => validateOdcs(doc, V3_2_0);
  const verdicts = (doc: unknown) => {
    const issues = ours(doc);
    return `ajv: ${ajvValidate(doc) ? 'valid' : JSON.stringify(ajvValidate.errors?.slice(0, 2).map((e) => `${e.instancePath} ${e.message}`))}; ours: ${issues.map((i) => i.message).join(' | ') || 'valid'}`;
  };

  after(() => {
    const lines = MUTATION_CLASSES.map((cls) => {
      const t = tally.get(cls) ?? { total: 0, agree: 0, invalid: 0 };
      return `      ${cls.padEnd(14)} ${t.agree}/${t.total} agree (${t.invalid} invalid per ajv)`;
    });
    console.log(`    v3.2.0 agreement per mutation class:\n${lines.join('\n')}`);
  });

  it('agrees on the 31 v3.2.0 examples (all valid)', () => {
    assert.equal(examples.length, 31);
    for (const doc of examples) {
      assert.equal(ajvValidate(doc), true);
      assert.deepEqual(
        ours(doc).map((i) => i.message),
        [],
      );
    }
  });

  it('agrees on the 44 v3.2.0 negative tests (all invalid)', () => {
    for (const { name, doc } of negativeTestsV32()) {
      assert.equal(ajvValidate(doc), false, name);
      assert.ok(ours(doc).length > 0, `${name}: ${verdicts(doc)}`);
    }
  });

  it(`agrees on ${EDGE_CASES_V32.length} v3.2.0 edge cases, each as valid or invalid as written`, () => {
    const wrongCase = EDGE_CASES_V32.filter(([body, valid]) => ajvValidate(parse(EDGE_HEAD_V32 + body)) !== valid);
    assert.deepEqual(wrongCase, [], "the verdict written next to these cases is not the schema's");
    const disagreements = EDGE_CASES_V32.filter(
      ([body, valid]) => (ours(parse(EDGE_HEAD_V32 + body)).length === 0) !== valid,
    ).map(([body]) => `${body}\n  ${verdicts(parse(EDGE_HEAD_V32 + body))}`);
    assert.equal(disagreements.length, 0, disagreements.join('\n'));
  });

  it(`agrees on the ${EDGE_CASES.length} v3.1.0 edge cases declared as v3.2.0`, () => {
    const disagreements = EDGE_CASES.map((body) => parse(EDGE_HEAD_V32 + body))
      .filter((doc) => (ajvValidate(doc) as boolean) !== (ours(doc).length === 0))
      .map((doc) => `${JSON.stringify(doc)}\n  ${verdicts(doc)}`);
    assert.equal(disagreements.length, 0, disagreements.join('\n'));
  });

  it("reports 'logicalType: blob' on a schema object, which only datacontract-cli's copy of the schema accepts", () => {
    const doc = parse(`${EDGE_HEAD_V32}schema:\n  - name: files\n    logicalType: blob\n`);
    assert.equal(compile(cliSchemaV32())(doc), true);
    assert.equal(ajvValidate(doc), false);
    const issues = ours(doc);
    assert.equal(issues.length, 1, verdicts(doc));
    assert.deepEqual(issues[0].path, ['schema', 0, 'logicalType']);
    assert.match(issues[0].message, /'blob'/);
  });

  // most nodes of most examples are v3.1.0 constructs: a second run mutates only the examples that use v3.2.0 features
  const V32_FEATURE =
    /^\s*(- )?(enum|map|synonyms|semanticType|deprecated|context|workgroup|encoding|vendor):|\$\{|logicalType: vector|type: (hana|iceberg|exasol|teradata|ingres|vectorwise|versant|poet|fastobjects|btrieve)\b/m;
  const featureExamples = examplesV32()
    .filter((e) => V32_FEATURE.test(e.text))
    .map((e) => e.doc);
  const PER_CLASS_FEATURES = 100;

  it(`agrees on ${(PER_CLASS_32 + PER_CLASS_FEATURES) * MUTATION_CLASSES.length} seeded mutations of the v3.2.0 examples`, () => {
    assert.ok(featureExamples.length >= 7, `only ${featureExamples.length} examples use v3.2.0 features`);
    const disagreements: string[] = [];
    const all = [
      ...mutations(examples as never, PER_CLASS_32, SEED_32, VOCABULARY_V32),
      ...mutations(featureExamples as never, PER_CLASS_FEATURES, SEED_32 + 1, VOCABULARY_V32),
    ];
    for (const m of all) {
      const theirs = ajvValidate(m.doc) as boolean;
      const t = tally.get(m.cls) ?? { total: 0, agree: 0, invalid: 0 };
      t.total++;
      if (!theirs) t.invalid++;
      if (theirs === (ours(m.doc).length === 0)) t.agree++;
      else disagreements.push(`${m.cls}: ${m.description}\n  ${verdicts(m.doc)}`);
      tally.set(m.cls, t);
    }
    assert.equal(
      disagreements.length,
      0,
      `${disagreements.length} disagreements, the first ten:\n${disagreements.slice(0, 10).join('\n')}`,
    );
  });
});

// ajv reports one mistake several times (a failed if/then branch also makes its valid sibling keys
// "unevaluated"); we report each mistake once. NEGATIVE_V32 counts the mistakes in each file.
describe('one finding per mistake: the v3.2.0 negative tests', () => {
  for (const { name, text, doc } of negativeTestsV32()) {
    const { causes } = NEGATIVE_V32[name] ?? { causes: 0 };
    it(`${name}: at most ${causes} error${causes === 1 ? '' : 's'}`, () => {
      const issues = validateOdcs(doc, V3_2_0);
      assert.ok(issues.length >= 1 && issues.length <= causes, issues.map((i) => i.message).join('\n') || 'no issue');
      const errors = lintText(text, { fileName: name, today: '2026-11-27' }).findings.filter(
        (f) => f.severity === 'error',
      );
      assert.ok(
        errors.length <= causes,
        errors.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n'),
      );
    });
  }
});
