// Whole entries for a fresh list item: a ready-made quality rule, team member or SLA, for people who know what
// they want to say but not yet how ODCS spells it.
import type { JsonPath } from '../types';
import { kindAndKey } from '../guidance';

export interface EntrySnippet {
  label: string;
  detail: string;
  /** Snippet text at indentation 0; the editor indents the following lines like the first. */
  body: string;
}

const QUALITY: EntrySnippet[] = [
  { label: 'No missing values (nullValues)', detail: 'completeness', body: 'type: library\nmetric: nullValues\nmustBe: 0\ndimension: completeness' },
  { label: 'No duplicates (duplicateValues)', detail: 'uniqueness', body: 'type: library\nmetric: duplicateValues\nmustBe: 0\ndimension: uniqueness' },
  {
    label: 'Only listed values (invalidValues)', detail: 'validity (ODCS: conformity)',
    body: 'type: library\nmetric: invalidValues\narguments:\n  validValues: [${1:value_a}, ${2:value_b}]\nmustBe: 0\ndimension: conformity',
  },
  { label: 'At least some rows (rowCount)', detail: 'completeness', body: 'type: library\nmetric: rowCount\nmustBeGreaterThan: ${1:0}\ndimension: completeness' },
  {
    label: 'SQL check', detail: 'a query returning one number',
    body: 'type: sql\ndescription: ${1:What the query checks}\nquery: |\n  SELECT COUNT(*) FROM {object} WHERE ${2:condition}\nmustBe: 0\ndimension: ${3|accuracy,completeness,consistency,timeliness,uniqueness,conformity,coverage|}',
  },
];

const MEMBERS: EntrySnippet[] = ['Data Owner', 'Data Steward', 'Data Custodian'].map((role) => ({
  label: `${role} member`, detail: 'team member', body: `username: \${1:name@example.org}\nrole: ${role}`,
}));

const SLAS: EntrySnippet[] = [
  { label: 'Latency: data at most N days old', detail: 'timeliness', body: 'property: latency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}' },
  { label: 'Update frequency', detail: 'timeliness', body: 'property: frequency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}' },
  { label: 'Retention: kept for N years', detail: 'storage limitation', body: 'property: retention\nvalue: ${1:7}\nunit: y\nelement: ${2:table}' },
];

/** Entry snippets for a new item of the list at `itemPath` (e.g. ['schema', 0, 'quality', 2]). */
export function entrySnippetsFor(itemPath: JsonPath): EntrySnippet[] {
  if (typeof itemPath[itemPath.length - 1] !== 'number') return [];
  const found = kindAndKey(itemPath);
  if (!found) return [];
  if (found.key === 'quality' && (found.kind === 'schema' || found.kind === 'property')) return QUALITY;
  if ((found.kind === 'team' && found.key === 'members') || (found.kind === 'contract' && found.key === 'team')) return MEMBERS;
  if (found.kind === 'contract' && found.key === 'slaProperties') return SLAS;
  return [];
}
