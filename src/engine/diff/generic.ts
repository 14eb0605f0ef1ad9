// Whatever a comparison does not read itself: each key whose value differs by meaning is one `other-changed`.
import type { Obj } from '../contract-nodes';
import type { JsonPath } from '../types';
import { capitalize, subjectOf, type Found, type Quote } from './found';
import { same } from './values';

/** Keys that only document or label: changing them is wording, a patch release. */
const WORDING_KEYS = new Set([
  'description',
  'businessName',
  'tags',
  'examples',
  'authoritativeDefinitions',
  'customProperties',
  'synonyms',
  'contractCreatedTs',
  'comment',
  'label',
]);

/** Keys said in words rather than quoted. */
const KEY_WORDS: Record<string, string> = { description: 'the description', businessName: 'the business name' };

export interface Place {
  schema: string | null;
  property: string | null;
  /** The node's path in the new file. */
  at: JsonPath;
  /** How the node is named, when it is neither the contract, a schema object nor a property. */
  label?: (q: Quote) => string;
}

export function describePlace(q: Quote, place: Place): string {
  return place.label ? place.label(q) : subjectOf(q, place.schema, place.property);
}

export function otherChanges(before: Obj, after: Obj, handled: ReadonlySet<string>, place: Place): Found[] {
  const out: Found[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (handled.has(key) || same(before[key], after[key])) continue;
    const change = !(key in before) ? 'added' : !(key in after) ? 'removed' : 'changed';
    out.push({
      type: key === 'description' || key === 'businessName' ? 'description-changed' : 'other-changed',
      schema: place.schema,
      property: place.property,
      at: [...place.at, key],
      what: (q) => capitalize(`${KEY_WORDS[key] ?? q(key)} of ${describePlace(q, place)} was ${change}`),
      before: before[key] ?? null,
      after: after[key] ?? null,
      wording: WORDING_KEYS.has(key),
    });
  }
  return out;
}
