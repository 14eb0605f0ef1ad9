// Judges whether a description tells a reader something the name does not.
import { words } from './match-words';

export type DescriptionProblem = 'missing' | 'tooShort' | 'repeatsName';

/** Words that add nothing when a description just restates a name ("The order id column"). */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'this',
  'that',
  'column',
  'field',
  'property',
  'attribute',
  'value',
  'table',
  'object',
  'schema',
  'data',
  'contract',
  'is',
]);

const significant = (text: string): string[] => words(text).filter((w) => !FILLER.has(w));

/** True when the description's words are just the words of one of the names (order_id → "Order id", "The order ID"). */
export function repeatsName(description: string, names: ReadonlyArray<string | undefined>): boolean {
  const d = significant(description);
  if (d.length === 0) return true;
  const spaced = d.join(' ');
  const joined = d.join('');
  return names.some((name) => {
    if (!name) return false;
    const n = significant(name);
    return n.length > 0 && (spaced === n.join(' ') || joined === n.join(''));
  });
}

export function descriptionProblem(
  description: unknown,
  names: ReadonlyArray<string | undefined>,
  minLength: number,
): DescriptionProblem | undefined {
  if (typeof description !== 'string' || description.trim() === '') return 'missing';
  if (repeatsName(description, names)) return 'repeatsName';
  if (description.trim().length < minLength) return 'tooShort';
  return undefined;
}
