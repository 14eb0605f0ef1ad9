// The personal-data matcher as it was before the word list was compiled into one trie: a map of joined terms, lists
// of phrases by first word and array slices around every match. Kept only as the reference the differential test
// compares the compiled matcher with, and the bench's "before"; not used by the product.
import type { PropertyRef } from '../../src/engine/contract-nodes';
import { str } from '../../src/engine/contract-nodes';
import { singular } from '../../src/engine/vocabulary/match-words';
import {
  DEFAULT_PERSONAL_DATA_OPTIONS,
  type PersonalDataMatch,
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
  type PersonalDataCategory,
  type PersonalDataTerm,
} from '../../src/engine/vocabulary/personal-data-words';

/** The word splitter as it was: one regular expression, then each word in lower case. */
export function referenceWords(text: string): string[] {
  const found = text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g);
  return found ? found.map((w) => w.toLowerCase()) : [];
}
const words = referenceWords;

export class ReferenceTermMatcher<T> {
  private readonly byJoined = new Map<string, T>();
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; item: T }>>();

  constructor(entries: ReadonlyArray<{ term: string; item: T }>) {
    for (const { term, item } of entries) {
      const w = words(term).map(singular);
      if (w.length === 0) continue;
      const joined = w.join('');
      if (!this.byJoined.has(joined)) this.byJoined.set(joined, item);
      if (w.length > 1) {
        const list = this.byFirstWord.get(w[0]) ?? [];
        list.push({ words: w, item });
        this.byFirstWord.set(w[0], list);
      }
    }
  }

  findAllAt(textWords: readonly string[]): Array<{ item: T; start: number; end: number }> {
    const found: Array<{ item: T; start: number; end: number }> = [];
    const norm = textWords.map(singular);
    for (let i = 0; i < norm.length; i++) {
      if (norm[i] === '') continue;
      const whole = this.byJoined.get(norm[i]);
      if (whole !== undefined) found.push({ item: whole, start: i, end: i + 1 });
      for (const candidate of this.byFirstWord.get(norm[i]) ?? []) {
        if (i + candidate.words.length <= norm.length && candidate.words.every((w, k) => norm[i + k] === w)) {
          found.push({ item: candidate.item, start: i, end: i + candidate.words.length });
        }
      }
    }
    return found;
  }
}

export class ReferencePhraseEraser {
  private readonly byFirstWord = new Map<string, string[][]>();
  private readonly joined: Set<string>;

  constructor(phrases: readonly string[]) {
    const list = phrases.map(words).filter((p) => p.length > 0);
    this.joined = new Set(list.map((p) => p.join('')));
    for (const p of list) this.byFirstWord.set(p[0], [...(this.byFirstWord.get(p[0]) ?? []), p]);
  }

  erase(textWords: readonly string[]): string[] {
    const out = textWords.map((w) => (this.joined.has(w) ? '' : w));
    for (let i = 0; i < textWords.length; i++) {
      for (const p of this.byFirstWord.get(textWords[i]) ?? []) {
        if (i + p.length <= textWords.length && p.every((w, k) => textWords[i + k] === w))
          for (let k = 0; k < p.length; k++) out[i + k] = '';
      }
    }
    return out;
  }
}

const RANK: Record<PersonalDataCategory, number> = { 'special-category': 0, 'criminal-offence': 1, personal: 2 };
const key = (text: string): string => words(text).join('');

interface CompiledVocabulary {
  names: ReferenceTermMatcher<PersonalDataTerm>;
  descriptions: ReferenceTermMatcher<PersonalDataTerm>;
  ignoredNames: Set<string>;
}

const eraser = new ReferencePhraseEraser(NOT_PERSONAL_PHRASES);
const compiledByOptions = new Map<string, CompiledVocabulary>();

function compile(options: PersonalDataOptions): CompiledVocabulary {
  const cacheKey = JSON.stringify(options);
  const cached = compiledByOptions.get(cacheKey);
  if (cached) return cached;
  const ignored = new Set(options.ignoreWords.map(key));
  const terms: PersonalDataTerm[] = [
    ...PERSONAL_DATA_TERMS,
    ...options.extraSpecialCategoryWords.map((term) => ({ term, category: 'special-category' as const })),
    ...options.extraCriminalOffenceWords.map((term) => ({ term, category: 'criminal-offence' as const })),
    ...options.extraWords.map((term) => ({ term, category: 'personal' as const })),
  ]
    .filter((t) => !ignored.has(key(t.term)))
    .sort((a, b) => RANK[a.category] - RANK[b.category]);
  const compiled: CompiledVocabulary = {
    names: new ReferenceTermMatcher(terms.map((t) => ({ term: t.term, item: t }))),
    descriptions: new ReferenceTermMatcher(
      terms.filter((t) => !t.nameOnly && t.category !== 'personal').map((t) => ({ term: t.term, item: t })),
    ),
    ignoredNames: ignored,
  };
  if (compiledByOptions.size > 20) compiledByOptions.clear();
  compiledByOptions.set(cacheKey, compiled);
  return compiled;
}

const wordSet = (list: readonly string[]) => new Set(list);
const THING = wordSet(THING_HEADS);
const FIGURE = wordSet(FIGURE_HEADS);
const KIND = wordSet(KIND_HEADS);
const ORGANISATION = wordSet(ORGANISATION_QUALIFIERS);
const PERSON = wordSet(PERSON_WORDS);
const isIn = (set: Set<string>, word: string) => set.has(word) || set.has(singular(word));

function aboutAPerson(
  matcher: ReferenceTermMatcher<PersonalDataTerm>,
  textWords: readonly string[],
  reach: number,
): PersonalDataTerm[] {
  return matcher
    .findAllAt(textWords)
    .filter(({ item, start, end }) => {
      const after = textWords.slice(end, end + reach);
      if (after.some((w) => isIn(THING, w))) return false;
      if (item.category === 'personal' && after.some((w) => isIn(FIGURE, w))) return false;
      if (item.category === 'personal' && !item.attribute && after.some((w) => isIn(KIND, w))) return false;
      const before = textWords.slice(Math.max(0, start - reach), start);
      if (textWords.slice(start, end).some((w) => isIn(PERSON, w))) return true;
      for (let k = before.length - 1; k >= 0; k--) {
        if (isIn(PERSON, before[k])) return true;
        if (isIn(ORGANISATION, before[k])) return false;
      }
      return true;
    })
    .map((m) => m.item);
}

const strongest = (found: PersonalDataTerm[]): PersonalDataTerm | undefined =>
  found.reduce<PersonalDataTerm | undefined>(
    (best, t) => (!best || RANK[t.category] < RANK[best.category] ? t : best),
    undefined,
  );

/** The strongest personal-data match for one property, or undefined, as the reference matcher finds it. */
export function referenceMatchProperty(
  property: PropertyRef,
  options: PersonalDataOptions = DEFAULT_PERSONAL_DATA_OPTIONS,
): PersonalDataMatch | undefined {
  const vocabulary = compile(options);
  const value = property.value;
  if (property.path[property.path.length - 1] === 'items' && str(value.name) === undefined) return undefined;
  const name = str(value.name) ?? property.name ?? '';
  if (name !== '' && vocabulary.ignoredNames.has(key(name))) return undefined;
  const found = [
    ...aboutAPerson(vocabulary.names, eraser.erase(words(name)), Infinity),
    ...aboutAPerson(vocabulary.names, eraser.erase(words(str(value.businessName) ?? '')), Infinity),
  ];
  const description = str(value.description);
  if (description) found.push(...aboutAPerson(vocabulary.descriptions, eraser.erase(words(description)), 1));
  const best = strongest(found);
  return best ? { property, category: best.category, term: best.term } : undefined;
}
