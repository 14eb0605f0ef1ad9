// Whole entries for a fresh list item: a ready-made quality rule, team member, SLA, column or allowed value, for
// people who know what they want to say but not yet how ODCS spells it; and a whole contract for an empty file.
import type { JsonPath } from '../types';
import { kindAndKey } from '../guidance';
import type { NewContractVersion } from '../config/settings';
import { newContractSnippet } from './new-contract';

export interface EntrySnippet {
  label: string;
  detail: string;
  /** Snippet text at indentation 0; the editor indents the following lines like the first. */
  body: string;
}

const QUALITY: EntrySnippet[] = [
  {
    label: 'No missing values (nullValues)',
    detail: 'completeness',
    body: 'type: library\nmetric: nullValues\nmustBe: 0\ndimension: completeness',
  },
  {
    label: 'No duplicates (duplicateValues)',
    detail: 'uniqueness',
    body: 'type: library\nmetric: duplicateValues\nmustBe: 0\ndimension: uniqueness',
  },
  {
    label: 'Only listed values (invalidValues)',
    detail: 'validity (ODCS: conformity)',
    body: 'type: library\nmetric: invalidValues\narguments:\n  validValues: [${1:value_a}, ${2:value_b}]\nmustBe: 0\ndimension: conformity',
  },
  {
    label: 'At least some rows (rowCount)',
    detail: 'completeness',
    body: 'type: library\nmetric: rowCount\nmustBeGreaterThan: ${1:0}\ndimension: completeness',
  },
  {
    label: 'SQL check',
    detail: 'a query returning one number',
    body: 'type: sql\ndescription: ${1:What the query checks}\nquery: |\n  SELECT COUNT(*) FROM {object} WHERE ${2:condition}\nmustBe: 0\ndimension: ${3|accuracy,completeness,consistency,timeliness,uniqueness,conformity,coverage|}',
  },
];

const MEMBERS: EntrySnippet[] = ['Data Owner', 'Data Steward', 'Data Custodian'].map((role) => ({
  label: `${role} member`,
  detail: 'team member',
  body: `username: \${1:name@example.org}\nrole: ${role}`,
}));

const SLAS: EntrySnippet[] = [
  {
    label: 'Latency: data at most N days old',
    detail: 'timeliness',
    body: 'property: latency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}',
  },
  {
    label: 'Update frequency',
    detail: 'timeliness',
    body: 'property: frequency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}',
  },
  {
    label: 'Retention: kept for N years',
    detail: 'storage limitation',
    body: 'property: retention\nvalue: ${1:7}\nunit: y\nelement: ${2:table}',
  },
];

/** Columns that use what ODCS v3.2.0 added: allowed values, maps, measures. */
const PROPERTIES_32: EntrySnippet[] = [
  {
    label: 'Column with allowed values (enum)',
    detail: 'validity · ODCS v3.2.0',
    body: 'name: ${1:status}\nlogicalType: string\ndescription: ${2:Where the order is in its life.}\nenum:\n  - value: ${3:pending}\n    label: ${4:Pending}\n  - value: ${5:shipped}\n    label: ${6:Shipped}',
  },
  {
    label: 'Map column (keys and values)',
    detail: 'key/value pairs · ODCS v3.2.0',
    body: 'name: ${1:attributes}\nlogicalType: map\ndescription: ${2:Extra attributes, by attribute name.}\nmap:\n  key:\n    logicalType: string\n  value:\n    logicalType: ${3|string,integer,number,boolean,date,timestamp|}',
  },
  {
    label: 'Measure (an aggregated figure)',
    detail: 'semanticType measure · ODCS v3.2.0',
    body: 'name: ${1:total_amount}\nsemanticType: measure\nlogicalType: number\ntransformLogic: ${2:SUM(amount)}\ndescription: ${3:Total amount paid, in pounds.}',
  },
];

const ENUM_VALUES: EntrySnippet[] = [
  {
    label: 'Allowed value',
    detail: 'value, label and meaning',
    body: 'value: ${1:code}\nlabel: ${2:Label}\ndescription: ${3:What the value means.}',
  },
];

/** Entry snippets for a new item of the list at `itemPath` (e.g. ['schema', 0, 'quality', 2]); v3.2.0 ones only for v3.2.0 contracts. */
export function entrySnippetsFor(itemPath: JsonPath, v32 = false): EntrySnippet[] {
  if (typeof itemPath[itemPath.length - 1] !== 'number') return [];
  const found = kindAndKey(itemPath);
  if (!found) return [];
  if (found.key === 'quality' && (found.kind === 'schema' || found.kind === 'property')) return QUALITY;
  if (found.key === 'properties' && (found.kind === 'schema' || found.kind === 'property'))
    return v32 ? PROPERTIES_32 : [];
  if (found.kind === 'property' && found.key === 'enum') return ENUM_VALUES;
  if ((found.kind === 'team' && found.key === 'members') || (found.kind === 'contract' && found.key === 'team'))
    return MEMBERS;
  if (found.kind === 'contract' && found.key === 'slaProperties') return SLAS;
  return [];
}

/** Blocks written in full when the key is chosen, because the key alone is not valid (ODCS v3.2.0). */
export const KEY_BLOCKS: Readonly<Record<string, string>> = {
  map: 'map:\n  key:\n    logicalType: ${1:string}\n  value:\n    logicalType: ${2|string,integer,number,boolean,date,timestamp,object,array|}',
  enum: 'enum:\n  - value: ${1:code}\n    label: ${2:Label}\n  - value: ${3:other_code}\n    label: ${4:Other label}',
};

/**
 * A whole contract for an empty file, in the version new contracts use: the same text as the "New data contract"
 * command, with a tab stop at every value only the author knows (each a TODO placeholder until filled in).
 */
export function contractSnippet(version: NewContractVersion): EntrySnippet {
  const body = newContractSnippet({ name: '', domain: '', owner: '' }, version);
  return { label: 'odcs-contract', detail: `New data contract (ODCS ${version})`, body };
}
