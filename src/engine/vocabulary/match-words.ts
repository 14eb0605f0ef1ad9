// Whole-word matching of curated terms against identifiers and free text, compiled once for speed
// (contracts can have tens of thousands of properties).

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Splits `dateOfBirth`, `date_of_birth`, `DATE-OF-BIRTH` and `NINumber` into lower-case words. */
export function words(text: string): string[] {
  // One pass over the characters (this runs for every name and description of large contracts): runs of capitals
  // not followed by a lower-case letter ("NI" in "NINumber"), capitalised or lower-case words, and digit runs, as the
  // pattern /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g finds them. Other characters separate words.
  const found: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (isUpper(c)) {
      while (end < n && isUpper(text.charCodeAt(end))) end++;
      if (end < n && isLower(text.charCodeAt(end))) {
        // "NINumber": the last capital starts the next word. "Number": one capital starts this one.
        if (end - i > 1) end--;
        else while (++end < n && isLower(text.charCodeAt(end)));
      }
      found.push(text.slice(i, end).toLowerCase());
    } else if (isLower(c)) {
      while (end < n && isLower(text.charCodeAt(end))) end++;
      found.push(text.slice(i, end));
    } else if (isDigit(c)) {
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      found.push(text.slice(i, end));
    }
    i = end;
  }
  return found;
}

export const singular = (w: string): string =>
  w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

interface TrieNode<T> {
  /** The node reached by each next word. */
  next: Map<string, TrieNode<T>> | undefined;
  /** The term whose words, run together, are this one word ("emailaddress"); set on depth-1 nodes only. */
  joined: T | undefined;
  /** The terms of two or more words that end here, each with its place in the list (earlier wins). */
  ends: Array<{ item: T; order: number }> | undefined;
}

const node = <T>(): TrieNode<T> => ({ next: undefined, joined: undefined, ends: undefined });

function child<T>(parent: TrieNode<T>, word: string): TrieNode<T> {
  parent.next ??= new Map();
  let found = parent.next.get(word);
  if (!found) parent.next.set(word, (found = node()));
  return found;
}

export interface TermAt<T> {
  item: T;
  /** The first word of the match (inclusive). */
  start: number;
  /** After the last word of the match (exclusive). */
  end: number;
}

/**
 * A set of terms, each found as whole words or as one run-together word ("emailaddress" for "email address"). The
 * list is compiled once into a trie over singular lower-case words, so a text costs one walk per word, as deep as the
 * longest term that starts there, whatever the size of the list.
 */
export class TermMatcher<T> {
  private readonly root: TrieNode<T> = node();

  /** Earlier terms win when several match, so list the most important first. */
  constructor(entries: ReadonlyArray<{ term: string; item: T }>) {
    let order = 0;
    for (const { term, item } of entries) {
      const w = words(term).map(singular);
      if (w.length === 0) continue;
      const first = child(this.root, w.join(''));
      first.joined ??= item;
      if (w.length > 1) {
        let at = this.root;
        for (const word of w) at = child(at, word);
        (at.ends ??= []).push({ item, order: order++ });
      }
    }
  }

  /** Every term found in the words, in no particular order. */
  findAll(textWords: readonly string[]): T[] {
    return this.findAllAt(textWords).map((m) => m.item);
  }

  /**
   * Every term found, with the words it covers. By first word; at one first word the run-together match, then the
   * longer terms in list order.
   */
  findAllAt(textWords: readonly string[]): Array<TermAt<T>> {
    const found: Array<TermAt<T>> = [];
    const norm = textWords.map(singular);
    const root = this.root.next;
    if (!root) return found;
    for (let i = 0; i < norm.length; i++) {
      const first = norm[i] === '' ? undefined : root.get(norm[i]);
      if (!first) continue;
      if (first.joined !== undefined) found.push({ item: first.joined, start: i, end: i + 1 });
      let longer: Array<{ item: T; end: number; order: number }> | undefined;
      let at: TrieNode<T> | undefined = first;
      for (let j = i + 1; j < norm.length && at?.next; j++) {
        at = at.next.get(norm[j]);
        if (at?.ends) for (const { item, order } of at.ends) (longer ??= []).push({ item, end: j + 1, order });
      }
      if (!longer) continue;
      // Longer terms that start at the same word keep the list's order, which decides between equal matches.
      if (longer.length > 1) longer.sort((a, b) => a.order - b.order);
      for (const { item, end } of longer) found.push({ item, start: i, end });
    }
    return found;
  }
}

/** Blanks out the words of any of `phrases`, so "health check" no longer contains "health". */
export class PhraseEraser {
  /** Depth-1 nodes whose `joined` is set are a phrase run together ("healthcheck"); `ends` marks a phrase's end. */
  private readonly root: TrieNode<true> = node();

  constructor(phrases: readonly string[]) {
    for (const p of phrases.map(words)) {
      if (p.length === 0) continue;
      child(this.root, p.join('')).joined = true;
      let at = this.root;
      for (const word of p) at = child(at, word);
      at.ends = [{ item: true, order: 0 }];
    }
  }

  /** The words with those of every phrase blanked; the same array when there is nothing to blank. */
  erase(textWords: readonly string[]): readonly string[] {
    const root = this.root.next;
    if (!root) return textWords;
    let out: string[] | undefined;
    for (let i = 0; i < textWords.length; i++) {
      let at = root.get(textWords[i]);
      if (at?.joined) (out ??= textWords.slice())[i] = '';
      for (let j = i; at;) {
        if (at.ends) for (let k = i; k <= j; k++) (out ??= textWords.slice())[k] = '';
        if (++j >= textWords.length || !at.next) break;
        at = at.next.get(textWords[j]);
      }
    }
    return out ?? textWords;
  }
}
