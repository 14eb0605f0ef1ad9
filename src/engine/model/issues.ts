// The issue types the model reports, and the sentences they carry.
import { closest, distance } from 'fastest-levenshtein';
import type { JsonPath } from '../types';

export type SchemaIssueKind =
  'unknown-key' | 'invalid-enum' | 'missing-required' | 'wrong-type' | 'invalid-value' | 'version-feature';

export type SchemaFixIntent = (
  | { kind: 'replace-value'; title: string; path: JsonPath; newText: string }
  | { kind: 'rename-key'; title: string; path: JsonPath; newKey: string }
) & {
  /** It changes what the contract promises (e.g. its version): offered for the user to pick, never applied by itself. */
  suggestion?: boolean;
};

export interface SchemaIssue {
  kind: SchemaIssueKind;
  /** The node concerned (for a missing key: the object that lacks it). */
  path: JsonPath;
  target: 'key' | 'value';
  /** A short plain-English sentence, action first. */
  message: string;
  /** What the message leaves out (the allowed values or keys, an example), in plain English. */
  detail?: string;
  fix?: SchemaFixIntent;
}

/** The allowed word a mistyped one most likely meant: same letters in another case, or one or two edits away. */
export function likelyMeant(word: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lower = word.toLowerCase();
  const loose = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const sameLetters = allowed.find((a) => a.toLowerCase() === lower) ?? allowed.find((a) => loose(a) === loose(word));
  if (sameLetters) return sameLetters;
  const best = closest(word, allowed as string[]);
  // two edits only in longer words: 'terms' is not a misspelling of 'team'
  const limit = word.length <= 5 ? 1 : 2;
  if (distance(word, best) > limit) return undefined;
  // only when the best candidate is clearly better than the runner-up
  const tied = allowed.filter((a) => a !== best && distance(word, a) === distance(word, best));
  return tied.length === 0 ? best : undefined;
}

export function listFew(items: readonly string[], max = 6): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and more` : items.join(', ');
}

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
