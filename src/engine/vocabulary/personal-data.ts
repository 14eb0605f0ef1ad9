// Decides whether a property holds personal data, and of which kind, from its name, business name and description.
import * as z from 'zod';
import type { ContractParts, PropertyRef } from '../contract-nodes';
import type { JsonPath } from '../types';
import { str } from '../contract-nodes';
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
} from './personal-data-words';
import { PhraseEraser, TermMatcher, singular, words } from './match-words';

/** Options shared by every personal-data rule, so an organisation can tune the word list. */
export const PersonalDataOptionsSchema = z
  .object({
    /** More words or phrases that mark ordinary personal data. */
    extraWords: z.array(z.string()).default([]),
    /** More words or phrases that mark special-category data (UK GDPR Art. 9). */
    extraSpecialCategoryWords: z.array(z.string()).default([]),
    /** More words or phrases that mark criminal-offence data (UK GDPR Art. 10). */
    extraCriminalOffenceWords: z.array(z.string()).default([]),
    /** Words to drop from the list, or property names never to treat as personal data. */
    ignoreWords: z.array(z.string()).default([]),
  })
  .strict();

export type PersonalDataOptions = z.infer<typeof PersonalDataOptionsSchema>;

export const DEFAULT_PERSONAL_DATA_OPTIONS: PersonalDataOptions = {
  extraWords: [],
  extraSpecialCategoryWords: [],
  extraCriminalOffenceWords: [],
  ignoreWords: [],
};

export interface PersonalDataMatch {
  property: PropertyRef;
  category: PersonalDataCategory;
  /** The word or phrase that matched, e.g. "date of birth". */
  term: string;
}

const RANK: Record<PersonalDataCategory, number> = { 'special-category': 0, 'criminal-offence': 1, personal: 2 };
const key = (text: string): string => words(text).join('');

interface CompiledVocabulary {
  names: TermMatcher<PersonalDataTerm>;
  descriptions: TermMatcher<PersonalDataTerm>;
  ignoredNames: Set<string>;
  /** The terms about a person already found in a name or a description: contracts repeat names ("email", "id"). */
  seenNames: Map<string, PersonalDataTerm[]> | undefined;
  seenDescriptions: Map<string, PersonalDataTerm[]> | undefined;
}

const eraser = new PhraseEraser(NOT_PERSONAL_PHRASES);
const compiledByKey = new Map<string, CompiledVocabulary>();
// Each rule receives its own options object; the same object is asked about again for every contract of a run.
const compiledByOptions = new WeakMap<PersonalDataOptions, CompiledVocabulary>();
const keyByOptions = new WeakMap<PersonalDataOptions, string>();
/** Texts remembered per word list before the memory starts again (a run of 1,000 contracts has ~6,000 names). */
const SEEN_LIMIT = 20_000;
/** Longer texts (most descriptions) are seldom repeated: not worth keeping. */
const SEEN_LENGTH = 200;

function optionsKey(options: PersonalDataOptions): string {
  let cacheKey = keyByOptions.get(options);
  if (cacheKey === undefined) keyByOptions.set(options, (cacheKey = JSON.stringify(options)));
  return cacheKey;
}

function compile(options: PersonalDataOptions): CompiledVocabulary {
  const known = compiledByOptions.get(options);
  if (known) return known;
  const cacheKey = optionsKey(options);
  const cached = compiledByKey.get(cacheKey);
  if (cached) {
    compiledByOptions.set(options, cached);
    return cached;
  }
  const compiled = compileWords(options, true);
  if (compiledByKey.size > 20) compiledByKey.clear();
  compiledByKey.set(cacheKey, compiled);
  compiledByOptions.set(options, compiled);
  return compiled;
}

/** The word list with an organisation's own words, compiled into one trie for names and one for descriptions. */
function compileWords(options: PersonalDataOptions, remember: boolean): CompiledVocabulary {
  const ignored = new Set(options.ignoreWords.map(key));
  const terms: PersonalDataTerm[] = [
    ...PERSONAL_DATA_TERMS,
    ...options.extraSpecialCategoryWords.map((term) => ({ term, category: 'special-category' as const })),
    ...options.extraCriminalOffenceWords.map((term) => ({ term, category: 'criminal-offence' as const })),
    ...options.extraWords.map((term) => ({ term, category: 'personal' as const })),
  ]
    .filter((t) => !ignored.has(key(t.term)))
    .sort((a, b) => RANK[a.category] - RANK[b.category]);
  return {
    names: new TermMatcher(terms.map((t) => ({ term: t.term, item: t }))),
    // Free text mentions many things in passing; only the sensitive categories are looked for there.
    descriptions: new TermMatcher(
      terms.filter((t) => !t.nameOnly && t.category !== 'personal').map((t) => ({ term: t.term, item: t })),
    ),
    ignoredNames: ignored,
    seenNames: remember ? new Map() : undefined,
    seenDescriptions: remember ? new Map() : undefined,
  };
}

/**
 * A matcher of its own for one word list, compiled now and remembering texts only if asked: what `matchProperty`
 * does without the shared caches, for measuring the cost of matching.
 */
export function createPersonalDataMatcher(
  options: PersonalDataOptions,
  remember = true,
): (property: PropertyRef) => PersonalDataMatch | undefined {
  const vocabulary = compileWords(options, remember);
  return (property) => matchWith(vocabulary, property);
}

const wordSet = (list: readonly string[]) => new Set(list);
const THING = wordSet(THING_HEADS);
const FIGURE = wordSet(FIGURE_HEADS);
const KIND = wordSet(KIND_HEADS);
const ORGANISATION = wordSet(ORGANISATION_QUALIFIERS);
const PERSON = wordSet(PERSON_WORDS);
const isIn = (set: Set<string>, word: string) => set.has(word) || set.has(singular(word));

/**
 * The terms found in the words that are about a person. A term followed by a word that makes the name about something
 * else ("credit card amount", "email type", "health product"), or preceded by an organisation's word with no person
 * in between ("company phone", but not "company director phone"), does not count. `reach` is how many words either
 * side qualify a term: the whole name for identifiers, the neighbours in free text.
 */
function aboutAPerson(
  matcher: TermMatcher<PersonalDataTerm>,
  textWords: readonly string[],
  reach: number,
): PersonalDataTerm[] {
  const found: PersonalDataTerm[] = [];
  for (const { item, start, end } of matcher.findAllAt(textWords)) {
    if (qualifiesAsPersonal(item, textWords, start, end, reach)) found.push(item);
  }
  return found;
}

function qualifiesAsPersonal(
  item: PersonalDataTerm,
  textWords: readonly string[],
  start: number,
  end: number,
  reach: number,
): boolean {
  const afterEnd = Math.min(textWords.length, end + reach);
  for (let k = end; k < afterEnd; k++) {
    const w = textWords[k];
    if (isIn(THING, w)) return false;
    if (item.category === 'personal' && isIn(FIGURE, w)) return false;
    if (item.category === 'personal' && !item.attribute && isIn(KIND, w)) return false;
  }
  for (let k = start; k < end; k++) if (isIn(PERSON, textWords[k])) return true; // "company customer name"
  // Walking back from the term: a person word first keeps it personal, an organisation word first does not.
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    if (isIn(PERSON, textWords[k])) return true;
    if (isIn(ORGANISATION, textWords[k])) return false;
  }
  return true;
}

/** The terms about a person in one name or description, remembered per word list. */
function termsIn(
  matcher: TermMatcher<PersonalDataTerm>,
  seen: Map<string, PersonalDataTerm[]> | undefined,
  text: string,
  reach: number,
): PersonalDataTerm[] {
  const known = seen?.get(text);
  if (known) return known;
  const found = aboutAPerson(matcher, eraser.erase(words(text)), reach);
  if (!seen || text.length > SEEN_LENGTH) return found;
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(text, found);
  return found;
}

/** The first of the most sensitive terms, carrying on from the best found so far. */
function strongest(found: readonly PersonalDataTerm[], best?: PersonalDataTerm): PersonalDataTerm | undefined {
  for (const t of found) if (!best || RANK[t.category] < RANK[best.category]) best = t;
  return best;
}

/** The strongest personal-data match for one property, or undefined. */
export function matchProperty(
  property: PropertyRef,
  options: PersonalDataOptions = DEFAULT_PERSONAL_DATA_OPTIONS,
): PersonalDataMatch | undefined {
  return matchWith(compile(options), property);
}

function matchWith(vocabulary: CompiledVocabulary, property: PropertyRef): PersonalDataMatch | undefined {
  const value = property.value;
  // Array items without a name of their own are judged with their array, not a second time.
  if (property.path[property.path.length - 1] === 'items' && str(value.name) === undefined) return undefined;
  const name = str(value.name) ?? property.name ?? '';
  if (name !== '' && vocabulary.ignoredNames.size > 0 && vocabulary.ignoredNames.has(key(name))) return undefined;
  let best = strongest(termsIn(vocabulary.names, vocabulary.seenNames, name, Infinity));
  const businessName = str(value.businessName);
  if (businessName) best = strongest(termsIn(vocabulary.names, vocabulary.seenNames, businessName, Infinity), best);
  const description = str(value.description);
  // In free text only the words next to a term qualify it ("a health product sold in pharmacies").
  if (description) {
    best = strongest(termsIn(vocabulary.descriptions, vocabulary.seenDescriptions, description, 1), best);
  }
  return best ? { property, category: best.category, term: best.term } : undefined;
}

// Several rules ask the same question of the same contract; answer it once per contract and options.
const matchesByParts = new WeakMap<ContractParts, Map<string, PersonalDataMatch[]>>();

/** Every property of the contract that looks like personal data, in file order. */
export function personalDataIn(
  parts: ContractParts,
  options: PersonalDataOptions = DEFAULT_PERSONAL_DATA_OPTIONS,
): PersonalDataMatch[] {
  const cacheKey = optionsKey(options);
  let byOptions = matchesByParts.get(parts);
  if (!byOptions) matchesByParts.set(parts, (byOptions = new Map()));
  const cached = byOptions.get(cacheKey);
  if (cached) return cached;
  const vocabulary = compile(options);
  const matches = parts.properties.flatMap((p) => {
    const match = matchWith(vocabulary, p);
    return match ? [match] : [];
  });
  byOptions.set(cacheKey, matches);
  return matches;
}

export const CATEGORY_NAMES: Record<PersonalDataCategory, string> = {
  // The article (UK GDPR Art. 9 and 10) is on the rules' documentation pages; messages stay short.
  'special-category': 'special-category data',
  'criminal-offence': 'criminal-offence data',
  personal: 'personal data',
};

/** "'email'" or "'email' and 2 more": the properties in a message about the whole contract (each one is in related). */
export function propertyNames(matches: readonly PersonalDataMatch[]): string {
  if (matches.length === 0) return 'no property';
  const first = matches[0].property;
  const rest = matches.length - 1;
  return `'${first.name ?? first.label}'${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** Each matched property as a related place of a whole-contract finding. */
export function relatedProperties(matches: readonly PersonalDataMatch[]): Array<{ path: JsonPath; message: string }> {
  return matches.map((m) => ({
    path: m.property.path,
    message: `${capitalizeFirst(m.property.label)} looks like ${CATEGORY_NAMES[m.category]} ('${m.term}').`,
  }));
}

const capitalizeFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "property 'email' in schema 'customers'" or "property 'email' in schema 'customers' and 2 more". */
export function describeProperties(matches: readonly PersonalDataMatch[]): string {
  if (matches.length === 0) return 'no property';
  const rest = matches.length - 1;
  return `${matches[0].property.label}${rest > 0 ? ` and ${rest} more` : ''}`;
}
