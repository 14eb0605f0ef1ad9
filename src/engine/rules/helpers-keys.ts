// Shared by the documentation rules: a key that is missing only because it is misspelt is one mistake, which the
// schema check reports (with a rename), not a second "missing" finding.
import { likelyMeant } from '../model/issues';

/** Whether `obj` lacks `key` but has a key that is a misspelling of it ('descripton' for 'description'). */
export function hasMisspeltKey(obj: Record<string, unknown>, key: string): boolean {
  if (key in obj) return false;
  return Object.keys(obj).some((k) => likelyMeant(k, [key]) === key);
}
