// The compiled personal-data matcher (one trie per word list, remembered texts) must find exactly what the matcher
// it replaced found: the same category and the same term for every property of every fixture, of the real-world
// corpus and of thousands of generated names and descriptions, with the default word list and with an
// organisation's own words.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { generateContract } from '../../scripts/gen/contract';
import { collectParts, type Obj, type PropertyRef } from '../../src/engine/contract-nodes';
import { PhraseEraser, TermMatcher, words } from '../../src/engine/vocabulary/match-words';
import {
  createPersonalDataMatcher,
  DEFAULT_PERSONAL_DATA_OPTIONS,
  matchProperty,
  type PersonalDataOptions,
} from '../../src/engine/vocabulary/personal-data';
import {
  FIGURE_HEADS,
  KIND_HEADS,
  NOT_PERSONAL_PHRASES,
  ORGANISATION_QUALIFIERS,
  PERSON_WORDS,
  PERSONAL_DATA_TERMS,
  THING_HEADS,
} from '../../src/engine/vocabulary/personal-data-words';
import {
  ReferencePhraseEraser,
  ReferenceTermMatcher,
  referenceMatchProperty,
  referenceWords,
} from '../helpers/personal-data-reference';

const FIXTURES = join(__dirname, '..', 'fixtures');

const OPTION_SETS: Array<[string, PersonalDataOptions]> = [
  ['the default word list', DEFAULT_PERSONAL_DATA_OPTIONS],
  [
    "an organisation's own words",
    {
      extraWords: ['customer reference', 'loyalty card', 'id', 'account'],
      extraSpecialCategoryWords: ['blood type', 'allergy', 'health'],
      extraCriminalOffenceWords: ['court case', 'case', 'court case number'],
      ignoreWords: ['email', 'phone_number', 'customer_name', 'health'],
    },
  ],
];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

function propertiesIn(dir: string): PropertyRef[] {
  const properties: PropertyRef[] = [];
  for (const file of yamlFiles(dir)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (!('toJS' in doc)) continue;
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch {
        continue;
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        properties.push(...collectParts(value as Obj).properties);
      }
    }
  }
  return properties;
}

/** A small deterministic generator, so a failure names the same inputs every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FILLER = ['id', 'code', 'date', 'value', 'status', 'flag', 'record', 'the', 'of', 'for', 'a', 'last', 'updated'];
const VOCABULARY = [
  ...PERSONAL_DATA_TERMS.flatMap((t) => words(t.term)),
  ...NOT_PERSONAL_PHRASES.flatMap(words),
  ...THING_HEADS,
  ...FIGURE_HEADS,
  ...KIND_HEADS,
  ...ORGANISATION_QUALIFIERS,
  ...PERSON_WORDS,
  ...FILLER,
  ...['addresses', 'emails', 'phones', 'checks', 'class', 'business', 'blood', 'type', 'court', 'case', 'loyalty'],
];

function generatedWords(next: () => number): string[] {
  const count = 1 + Math.floor(next() * 6);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // Often a whole term, so multi-word terms and their neighbours are tried, not only single words.
    if (next() < 0.4) out.push(...words(PERSONAL_DATA_TERMS[Math.floor(next() * PERSONAL_DATA_TERMS.length)].term));
    else out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  }
  return out;
}

function spelt(w: string[], next: () => number): string {
  const style = Math.floor(next() * 6);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (style === 0) return w.join('_');
  if (style === 1) return w[0] + w.slice(1).map(cap).join('');
  if (style === 2) return w.join('-').toUpperCase();
  if (style === 3) return w.join(''); // run together: "emailaddress"
  if (style === 4) return w.map(cap).join(' ');
  return w.join(' ') + '.';
}

function generatedProperties(count: number, seed: number): PropertyRef[] {
  const next = random(seed);
  const schemaObject = { value: {}, path: ['schema', 0], label: "schema 'people'", name: 'people' };
  return Array.from({ length: count }, (_, i) => {
    const value: Obj = { name: spelt(generatedWords(next), next) };
    if (next() < 0.3) value.businessName = spelt(generatedWords(next), next);
    if (next() < 0.6) {
      value.description = Array.from({ length: 1 + Math.floor(next() * 4) }, () => generatedWords(next).join(' ')).join(
        ', ',
      );
    }
    return {
      value,
      path: ['schema', 0, 'properties', i],
      label: `property '${String(value.name)}' in schema 'people'`,
      name: String(value.name),
      schemaObject,
    };
  });
}

const outcome = (m: { category: string; term: string } | undefined) => (m ? `${m.category}: ${m.term}` : 'none');

function assertSameFindings(properties: PropertyRef[], options: PersonalDataOptions): number {
  let found = 0;
  const differences: string[] = [];
  const trieOnly = createPersonalDataMatcher(options, false);
  // Twice, so the remembered answers of the second pass are checked too.
  for (let pass = 0; pass < 2; pass++) {
    for (const p of properties) {
      const expected = outcome(referenceMatchProperty(p, options));
      const actual = outcome(matchProperty(p, options));
      const fromTrie = outcome(trieOnly(p));
      if ((expected !== actual || expected !== fromTrie) && differences.length < 10)
        differences.push(`${p.label}: ${expected} ≠ ${actual} (remembered) or ${fromTrie} (trie only)`);
      if (pass === 0 && expected !== 'none') found++;
    }
  }
  assert.deepEqual(differences, []);
  return found;
}

describe('compiled personal-data matcher', () => {
  const fromFixtures = propertiesIn(FIXTURES);
  const fromRealWorld = propertiesIn(join(FIXTURES, 'realworld'));
  const generated = generatedProperties(4000, 15);
  // The contracts the lint benchmark generates: realistic names and descriptions, many of them repeated.
  const benchContracts = Array.from({ length: 100 }, (_, i) =>
    parse(generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: i % 10 === 0 })),
  ).flatMap((c: Obj) => collectParts(c).properties);

  it('reads enough properties from the fixtures, the real-world corpus among them, to mean something', () => {
    assert.ok(fromFixtures.length > 2500, `only ${fromFixtures.length} properties`);
    assert.ok(fromRealWorld.length > 1000, `only ${fromRealWorld.length} properties in the real-world corpus`);
  });

  for (const [name, options] of OPTION_SETS) {
    it(`finds the same personal data in every fixture property with ${name}`, () => {
      const found = assertSameFindings(fromFixtures, options);
      assert.ok(found > 40, `only ${found} properties matched: the comparison proves little`);
    });

    it(`finds the same personal data in 4,000 generated names and descriptions with ${name}`, () => {
      const found = assertSameFindings(generated, options);
      assert.ok(found > 1000 && found < generated.length, `${found} of ${generated.length} matched`);
    });
  }

  it("finds the same personal data in the lint benchmark's generated contracts", () => {
    // Their names hold no personal data: the common case the lint time is spent on.
    assert.ok(benchContracts.length > 2000, `only ${benchContracts.length} properties`);
    for (const [, options] of OPTION_SETS) assertSameFindings(benchContracts, options);
  });

  it('splits every line of every fixture into the same words as the regular expression did', () => {
    let lines = 0;
    for (const file of yamlFiles(FIXTURES)) {
      const text = readFileSync(file, 'utf8');
      for (const line of text.split('\n')) {
        lines++;
        if (words(line).join(' ') !== referenceWords(line).join(' '))
          assert.deepEqual(words(line), referenceWords(line));
      }
    }
    assert.ok(lines > 50_000, `only ${lines} lines`);
  });

  it('splits random mixes of capitals, lower case, digits, separators and non-ASCII letters the same way', () => {
    const next = random(11);
    const alphabet = ['A', 'B', 'Z', 'a', 'b', 'z', '0', '9', '_', '-', ' ', '.', 'É', 'é', 'ß', '@', '[', '`', '{'];
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from(
        { length: Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      assert.deepEqual(words(text), referenceWords(text), JSON.stringify(text));
    }
  });

  it('finds every term at the same words and in the same order as the reference, overlapping terms included', () => {
    const terms = ['a b', 'a', 'a b c', 'ab', 'b c', 'a b', 'abc', 'c', 'b', 'bs c', 'a bs'];
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      // Shuffled lists: which of two equal terms wins depends on the order, and the matcher must keep it.
      const list = [...terms].sort(() => next() - 0.5).map((term, i) => ({ term, item: `${term}#${i}` }));
      const compiled = new TermMatcher(list);
      const reference = new ReferenceTermMatcher(list);
      for (let k = 0; k < 20; k++) {
        const text = Array.from(
          { length: Math.floor(next() * 8) },
          () => ['a', 'b', 'c', 'ab', 'bs', ''][Math.floor(next() * 6)],
        );
        assert.deepEqual(compiled.findAllAt(text), reference.findAllAt(text), `${JSON.stringify(list)} in ${text}`);
      }
    }
  });

  it('erases the same words as the reference, overlapping phrases included', () => {
    const phrases = ['health check', 'check up', 'healthcheck', 'health', 'up health check'];
    const compiled = new PhraseEraser(phrases);
    const reference = new ReferencePhraseEraser(phrases);
    const next = random(3);
    for (let k = 0; k < 2000; k++) {
      const text = Array.from(
        { length: Math.floor(next() * 7) },
        () => ['health', 'check', 'up', 'healthcheck', 'x'][Math.floor(next() * 5)],
      );
      assert.deepEqual(compiled.erase(text), reference.erase(text), text.join(' '));
    }
  });
});
