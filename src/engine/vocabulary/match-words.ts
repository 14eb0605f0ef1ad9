// Whole-word matching of curated terms against identifiers and free text, compiled once for speed
// (contracts can have tens of thousands of properties).

/** Splits `dateOfBirth`, `date_of_birth`, `DATE-OF-BIRTH` and `NINumber` into lower-case words. */
export function words(text: string): string[] {
  // One pass (this runs for every name and description of large contracts): runs of capitals not followed by a
  // lower-case letter ("NI" in "NINumber"), capitalised or lower-case words, and digit runs.
  const found = text.match(WORD);
  return found ? found.map((w) => w.toLowerCase()) : [];
}

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

export const singular = (w: string): string =>
  w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

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
    return this.findAllAt(textWords).map((m) => m.item);
  }

  /** Every term found, with the words it covers (`start` inclusive, `end` exclusive), in no particular order. */
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

/** Blanks out the words of any of `phrases`, so "health check" no longer contains "health". */
export class PhraseEraser {
  private readonly byFirstWord = new Map<string, string[][]>();
  private readonly joined: Set<string>;

  constructor(phrases: readonly string[]) {
    const list = phrases.map(words).filter((p) => p.length > 0);
    this.joined = new Set(list.map((p) => p.join('')));
    // Indexed by first word, so a long description costs one lookup per word rather than one pass per phrase.
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
