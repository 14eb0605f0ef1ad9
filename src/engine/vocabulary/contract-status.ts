// The contract statuses ODCS recommends. `status` is free text in every v3 schema; its documented values are
// proposed, draft, active, deprecated and retired (v3.0.1 on), and production, test and development in v3.0.0.
import { likelyMeant } from '../model/issues';

export const LIFECYCLE_STATUSES = ['proposed', 'draft', 'active', 'deprecated', 'retired'] as const;
const V300_STATUSES = ['production', 'test', 'development'] as const;

/** The statuses the ODCS schema of a version documents. */
export function statusesFor(apiVersion: string): readonly string[] {
  return apiVersion === 'v3.0.0' ? [...V300_STATUSES, ...LIFECYCLE_STATUSES] : LIFECYCLE_STATUSES;
}

/** Every documented status of any v3 version: a value among them is never reported. */
const KNOWN = new Set<string>([...LIFECYCLE_STATUSES, ...V300_STATUSES]);

export const isKnownStatus = (value: string): boolean => KNOWN.has(value);

/**
 * The documented status a value is a misspelling of ('drafty', 'Active', 'depricated'), or undefined when it is not
 * clearly one (a team's own word such as 'in review' is left alone).
 */
export function misspeltStatus(value: string): string | undefined {
  const text = value.trim();
  if (text === '' || KNOWN.has(text)) return undefined;
  return likelyMeant(text, [...KNOWN]);
}
