// Curated words that mark a property as personal data (UK GDPR). Each term is matched on whole words of a
// property name (snake_case, camelCase, kebab-case and run-together names such as `emailaddress` all work),
// so `email_verified_flag` matches `email` but `hemail` does not.

/** Art. 9 special category, Art. 10 criminal-offence data, or other personal data. */
export type PersonalDataCategory = 'special-category' | 'criminal-offence' | 'personal';

export interface PersonalDataTerm {
  term: string;
  category: PersonalDataCategory;
  /** Too ambiguous in free text ("a health check", "a sentence"): matched in property names only. */
  nameOnly?: boolean;
}

const special = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'special-category', nameOnly }));
const criminal = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'criminal-offence', nameOnly }));
const personal = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'personal', nameOnly }));

export const PERSONAL_DATA_TERMS: readonly PersonalDataTerm[] = [
  // UK GDPR Art. 9: racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union
  // membership, genetic data, biometric data, health, sex life and sexual orientation.
  ...special(['ethnicity', 'ethnic origin', 'ethnic group', 'racial origin', 'political opinion', 'political opinions',
    'political affiliation', 'religion', 'religious belief', 'religious beliefs', 'philosophical belief',
    'philosophical beliefs', 'trade union', 'union membership', 'genetic', 'genetic data', 'genome', 'biometric',
    'biometrics', 'fingerprint', 'fingerprints', 'iris scan', 'facial image', 'health condition', 'medical condition',
    'mental health', 'diagnosis', 'disability', 'disabilities', 'medication', 'pregnancy', 'vaccination status',
    'sexual orientation', 'sexuality', 'sex life']),
  ...special(['ethnic', 'race', 'racial', 'political', 'religious', 'faith', 'belief', 'health', 'medical',
    'disabled', 'illness', 'dna'], true),
  // UK GDPR Art. 10: criminal convictions and offences (most justice data).
  ...criminal(['offence', 'offences', 'offense', 'offence code', 'conviction', 'convictions', 'criminal record',
    'criminal history', 'offender', 'offenders', 'prisoner', 'prison number', 'pnc id', 'pnc number', 'cro number',
    'probation', 'parole', 'verdict', 'arrest', 'arrested', 'defendant', 'defendants', 'nomis id', 'noms number']),
  ...criminal(['criminal', 'convicted', 'sentence', 'sentence length', 'custody', 'caution', 'bail', 'remand'], true),
  // Other personal data: identifiers and contact details of a living person.
  ...personal(['date of birth', 'birth date', 'dob', 'national insurance', 'national insurance number', 'ni number',
    'nino', 'national id', 'national id number', 'passport number', 'driving licence number', 'driver license number',
    'nhs number', 'nhs no', 'ni no', 'social security number', 'ssn', 'email', 'email address', 'e mail', 'phone', 'phone number',
    'telephone', 'telephone number', 'mobile number', 'postcode', 'post code', 'postal code', 'zip code', 'zipcode',
    'home address', 'street address', 'postal address', 'address line', 'ip address', 'first name', 'last name',
    'surname', 'forename', 'forenames', 'full name', 'given name', 'family name', 'middle name', 'maiden name',
    'customer name', 'person name', 'client name', 'marital status', 'gender', 'nationality', 'bank account', 'sort code', 'card number', 'credit card']),
  ...personal(['sex', 'mobile'], true),
];

/** Phrases that contain a term but are not about a person ("health check"). */
export const NOT_PERSONAL_PHRASES: readonly string[] = [
  'health check', 'healthcheck', 'service health', 'phone type',
  'phone number type', 'mobile app', 'faith school', 'race condition',
];
