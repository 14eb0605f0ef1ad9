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
  /** Describes the person (gender, nationality): a type or category of it is still about them. */
  attribute?: boolean;
}

const special = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'special-category', nameOnly }));
const criminal = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'criminal-offence', nameOnly }));
const personal = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'personal', nameOnly }));
const attributes = (terms: string[], nameOnly = false): PersonalDataTerm[] =>
  terms.map((term) => ({ term, category: 'personal', nameOnly, attribute: true }));

export const PERSONAL_DATA_TERMS: readonly PersonalDataTerm[] = [
  // UK GDPR Art. 9: racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union
  // membership, genetic data, biometric data, health, sex life and sexual orientation.
  ...special([
    'ethnicity',
    'ethnic origin',
    'ethnic group',
    'racial origin',
    'political opinion',
    'political opinions',
    'political affiliation',
    'religion',
    'religious belief',
    'religious beliefs',
    'philosophical belief',
    'philosophical beliefs',
    'trade union',
    'union membership',
    'genetic',
    'genetic data',
    'genome',
    'biometric',
    'biometrics',
    'fingerprint',
    'fingerprints',
    'iris scan',
    'facial image',
    'health condition',
    'medical condition',
    'mental health',
    'diagnosis',
    'disability',
    'disabilities',
    'medication',
    'pregnancy',
    'vaccination status',
    'sexual orientation',
    'sexuality',
    'sex life',
  ]),
  ...special(
    [
      'ethnic',
      'race',
      'racial',
      'political',
      'religious',
      'faith',
      'belief',
      'health',
      'medical',
      'disabled',
      'illness',
      'dna',
    ],
    true,
  ),
  // UK GDPR Art. 10: criminal convictions and offences (most justice data).
  ...criminal([
    'offence',
    'offences',
    'offense',
    'offence code',
    'conviction',
    'convictions',
    'criminal record',
    'criminal history',
    'offender',
    'offenders',
    'prisoner',
    'prison number',
    'pnc id',
    'pnc number',
    'cro number',
    'probation',
    'parole',
    'verdict',
    'arrest',
    'arrested',
    'defendant',
    'defendants',
    'nomis id',
    'noms number',
  ]),
  ...criminal(['criminal', 'convicted', 'sentence', 'sentence length', 'custody', 'caution', 'bail', 'remand'], true),
  // Other personal data: identifiers and contact details of a living person.
  ...attributes(['date of birth', 'birth date', 'dob', 'marital status', 'gender', 'nationality']),
  ...attributes(['sex'], true),
  ...personal([
    'national insurance',
    'national insurance number',
    'ni number',
    'nino',
    'national id',
    'national id number',
    'passport number',
    'driving licence number',
    'driver license number',
    'nhs number',
    'nhs no',
    'ni no',
    'social security number',
    'ssn',
    'email',
    'email address',
    'e mail',
    'phone',
    'phone number',
    'telephone',
    'telephone number',
    'mobile number',
    'postcode',
    'post code',
    'postal code',
    'zip code',
    'zipcode',
    'home address',
    'street address',
    'postal address',
    'address line',
    'ip address',
    'first name',
    'last name',
    'surname',
    'forename',
    'forenames',
    'full name',
    'given name',
    'family name',
    'middle name',
    'maiden name',
    'customer name',
    'person name',
    'client name',
    'bank account',
    'sort code',
    'card number',
    'credit card',
  ]),
  ...personal(['mobile'], true),
];

/** Phrases that contain a term but are not about a person ("health check"). */
export const NOT_PERSONAL_PHRASES: readonly string[] = [
  'health check',
  'healthcheck',
  'service health',
  'phone type',
  'phone number type',
  'mobile app',
  'faith school',
  'race condition',
];

// Words around a term that show the name is not about a person, even though it contains the term. In a property name
// the head noun comes last ("credit_card_amount" is an amount), and a qualifier before the term says whose it is
// ("company_phone" is a company's phone).

/** After any term: the name is about a thing ("drugAndHealthProductName" names a product, not someone's health). */
export const THING_HEADS: readonly string[] = ['product', 'products'];
/** After an identifier, contact detail or attribute: a figure about it, not the value ("credit_card_amount"). */
export const FIGURE_HEADS: readonly string[] = [
  'amount',
  'amt',
  'count',
  'cnt',
  'total',
  'sum',
  'average',
  'avg',
  'percentage',
  'pct',
];
/** After an identifier or contact detail: a kind of it, not the value ("card_type", "email_category"). */
export const KIND_HEADS: readonly string[] = ['type', 'types', 'category', 'categories', 'kind'];
/** Before any term: it belongs to an organisation or a product ("company_phone", "business_email"). */
export const ORGANISATION_QUALIFIERS: readonly string[] = [
  'company',
  'business',
  'organisation',
  'organization',
  'org',
  'corporate',
  'firm',
  'supplier',
  'vendor',
  'merchant',
  'store',
  'shop',
  'branch',
  'agency',
  'product',
];
/** Between an organisation word and the term, a person makes it personal again ("company_director_phone"). */
export const PERSON_WORDS: readonly string[] = [
  'person',
  'people',
  'individual',
  'director',
  'officer',
  'owner',
  'employee',
  'staff',
  'customer',
  'client',
  'patient',
  'user',
  'member',
  'contact',
  'manager',
  'representative',
  'rep',
  'applicant',
  'citizen',
  'resident',
  'student',
  'child',
  'parent',
  'guardian',
  'worker',
  'holder',
  'founder',
  'partner',
];
