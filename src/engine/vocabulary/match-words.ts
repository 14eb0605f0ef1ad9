// Whole-word matching of curated terms against identifiers and free text.

/** Splits `dateOfBirth`, `date_of_birth`, `DATE-OF-BIRTH` and `NINumber` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const singular = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const same = (a: string, b: string): boolean => a === b || singular(a) === singular(b);

/**
 * Whether `term` (one or more words) occurs in `textWords` as whole words, or as one run-together word
 * (`emailaddress` for "email address", `dateofbirth` for "date of birth").
 */
export function containsTerm(textWords: readonly string[], term: string): boolean {
  const termWords = words(term);
  if (termWords.length === 0) return false;
  const joined = termWords.join('');
  for (let i = 0; i < textWords.length; i++) {
    if (same(textWords[i], joined)) return true;
    if (i + termWords.length <= textWords.length && termWords.every((t, k) => same(textWords[i + k], t))) return true;
  }
  return false;
}

/** Removes the words of any of `phrases` from `textWords`, so "health check" no longer contains "health". */
export function withoutPhrases(textWords: readonly string[], phrases: readonly string[]): string[] {
  const out = [...textWords];
  for (const phrase of phrases) {
    const p = words(phrase);
    if (p.length === 0) continue;
    for (let i = 0; i + p.length <= out.length; i++) {
      if (p.every((w, k) => out[i + k] === w)) out.splice(i, p.length, ...p.map(() => ''));
    }
    const joined = p.join('');
    for (let i = 0; i < out.length; i++) if (out[i] === joined) out[i] = '';
  }
  return out;
}
