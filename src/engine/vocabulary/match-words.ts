// Whole-word matching of curated terms against identifiers and free text, compiled once for speed
// (contracts can have tens of thousands of properties).

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

/** A set of terms, each found as whole words or as one run-together word ("emailaddress" for "email address"). */
export class TermMatcher<T> {
  private readonly byJoined = new Map<string, T>();
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; item: T }>>();

  /** Earlier terms win when several match, so list the most important first. */
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

  /** Every term found in the words, in no particular order. */
  findAll(textWords: readonly string[]): T[] {
    const found: T[] = [];
    const norm = textWords.map(singular);
    for (let i = 0; i < norm.length; i++) {
      if (norm[i] === '') continue;
      const whole = this.byJoined.get(norm[i]);
      if (whole !== undefined) found.push(whole);
      for (const candidate of this.byFirstWord.get(norm[i]) ?? []) {
        if (i + candidate.words.length <= norm.length && candidate.words.every((w, k) => norm[i + k] === w)) found.push(candidate.item);
      }
    }
    return found;
  }
}

/** Blanks out the words of any of `phrases`, so "health check" no longer contains "health". */
export class PhraseEraser {
  private readonly phrases: string[][];
  private readonly joined: Set<string>;

  constructor(phrases: readonly string[]) {
    this.phrases = phrases.map(words).filter((p) => p.length > 0);
    this.joined = new Set(this.phrases.map((p) => p.join('')));
  }

  erase(textWords: readonly string[]): string[] {
    const out = textWords.map((w) => (this.joined.has(w) ? '' : w));
    for (const p of this.phrases) {
      for (let i = 0; i + p.length <= out.length; i++) {
        if (out[i] === p[0] && p.every((w, k) => out[i + k] === w)) for (let k = 0; k < p.length; k++) out[i + k] = '';
      }
    }
    return out;
  }
}
