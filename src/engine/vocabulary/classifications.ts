// Controlled vocabularies for classification and the x-gov metadata model (reference/gov/ukgov-metadata-exchange-model).

/** Default values accepted in a property's `classification` (common ODCS values plus the x-gov ones). */
export const DEFAULT_CLASSIFICATIONS: readonly string[] = [
  'public',
  'internal',
  'restricted',
  'confidential',
  'sensitive',
  'secret',
  'top secret',
  'official',
  'official-sensitive',
  'official - for public release',
  'not applicable',
];

/** x-gov `securityClassification` values, plus OFFICIAL-SENSITIVE, a handling marking on OFFICIAL. */
export const SECURITY_CLASSIFICATIONS: readonly string[] = [
  'OFFICIAL',
  'OFFICIAL-SENSITIVE',
  'SECRET',
  'TOP_SECRET',
  'NOT_APPLICABLE',
];

/** x-gov `accessRights` values. */
export const ACCESS_RIGHTS: readonly string[] = ['INTERNAL', 'OPEN', 'COMMERCIAL'];

/** x-gov `updateFrequency` values (Dublin Core frequency vocabulary). */
export const UPDATE_FREQUENCIES: readonly string[] = [
  'freq:triennial',
  'freq:biennial',
  'freq:annual',
  'freq:semiannual',
  'freq:threeTimesAYear',
  'freq:quarterly',
  'freq:bimonthly',
  'freq:monthly',
  'freq:semimonthly',
  'freq:biweekly',
  'freq:threeTimesAMonth',
  'freq:weekly',
  'freq:semiweekly',
  'freq:threeTimesAWeek',
  'freq:daily',
  'freq:continuous',
  'freq:irregular',
];

/** Case, spaces, `_` and `-` do not matter when comparing vocabulary values. */
export const vocabularyKey = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** The vocabulary entry `value` stands for, ignoring case and separators; undefined when it is not in the list. */
export function canonicalValue(value: string, vocabulary: readonly string[]): string | undefined {
  const k = vocabularyKey(value);
  return vocabulary.find((v) => vocabularyKey(v) === k);
}
