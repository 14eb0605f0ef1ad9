import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse, stringify } from 'yaml';
import { validateOdcs } from '../../src/engine/model';

const FIXTURES = join(__dirname, '..', 'fixtures', 'odcs');

/** A contract of at least `lines` lines, made of copies of the official full example's schema objects. */
function largeContract(lines: number, mistakes: boolean): string {
  const base = parse(readFileSync(join(FIXTURES, 'all__full-example.odcs.yaml'), 'utf8'));
  const copies = (n: number): string => {
    const doc = structuredClone(base);
    doc.schema = [];
    for (let i = 0; i < n; i++) {
      for (const s of base.schema) {
        const copy = { ...structuredClone(s), name: `${s.name}_${i}` };
        if (mistakes) copy.descripton = 'typo';
        doc.schema.push(copy);
      }
    }
    return stringify(doc);
  };
  const perCopy = copies(2).split('\n').length - copies(1).split('\n').length;
  return copies(Math.ceil(lines / perCopy) + 1);
}

function median(run: () => void, times = 3): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

describe('model: performance on a 30,000-line contract', function () {
  this.timeout(120_000);
  const ajv = new Ajv2019({ strict: false });
  addFormats(ajv);
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'schema', 'odcs-json-schema-v3.1.0.json'), 'utf8')));

  for (const mistakes of [false, true]) {
    it(`yaml parse + validateOdcs takes at most 1.5× yaml parse + ajv (${mistakes ? 'with an unknown key in every schema object' : 'valid'})`, () => {
      const text = largeContract(30_000, mistakes);
      assert.ok(text.split('\n').length >= 30_000);
      // measured separately so that noise in the (shared) parse time does not decide the outcome
      const parseTime = median(() => parse(text));
      const doc = parse(text);
      const ours = parseTime + median(() => validateOdcs(doc, 'v3.1.0'));
      const reference = parseTime + median(() => ajvValidate(doc));
      console.log(`      yaml + validateOdcs ${ours.toFixed(0)} ms, yaml + ajv ${reference.toFixed(0)} ms`);
      assert.ok(ours <= reference * 1.5, `ours ${ours.toFixed(0)} ms vs ${reference.toFixed(0)} ms`);
      assert.equal(validateOdcs(doc, 'v3.1.0').length > 0, mistakes);
    });
  }
});
