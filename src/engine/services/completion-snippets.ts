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
  /** A short name to type for it (`odcs-quality-completeness`), matched as well as the label. */
  prefix?: string;
}

/** One check per data-quality dimension, each a complete rule once its tab stops are filled in. */
const QUALITY: EntrySnippet[] = [
  {
    label: 'Completeness: no missing values (nullValues)',
    detail: 'completeness',
    prefix: 'odcs-quality-completeness',
    body: 'type: library\nmetric: nullValues\nmustBe: 0\ndimension: completeness\ndescription: ${1:Every row has a value.}',
  },
  {
    label: 'Uniqueness: no duplicates (duplicateValues)',
    detail: 'uniqueness',
    prefix: 'odcs-quality-uniqueness',
    body: 'type: library\nmetric: duplicateValues\nmustBe: 0\ndimension: uniqueness\ndescription: ${1:No two rows share a value.}',
  },
  {
    label: 'Validity: only listed values (invalidValues)',
    detail: 'validity (ODCS: conformity)',
    prefix: 'odcs-quality-validity',
    body: "type: library\nmetric: invalidValues\narguments:\n  validValues: [${1:'A', 'B'}]\nmustBe: 0\ndimension: conformity\ndescription: ${2:Only the listed codes are used.}",
  },
  {
    label: 'Accuracy: row count within bounds (rowCount)',
    detail: 'accuracy',
    prefix: 'odcs-quality-accuracy',
    body: 'type: library\nmetric: rowCount\nmustBeBetween: [${1:1000}, ${2:100000}]\ndimension: accuracy\ndescription: ${3:Row count matches the source system.}',
  },
  {
    label: 'Coverage: few missing values (missingValues)',
    detail: 'coverage',
    prefix: 'odcs-quality-coverage',
    body: "type: library\nmetric: missingValues\narguments:\n  missingValues: [null, '', 'N/A']\nmustBeLessThan: ${1:5}\nunit: percent\ndimension: coverage\ndescription: ${2:At most a few rows lack a value.}",
  },
  {
    label: 'Consistency: values agree (SQL)',
    detail: 'consistency · a query returning one number',
    prefix: 'odcs-quality-consistency',
    body: 'type: sql\nquery: |\n  SELECT COUNT(*) FROM ${1:{object}} WHERE ${2:shipped_at < ordered_at}\nmustBe: 0\ndimension: consistency\ndescription: ${3:No order is shipped before it was placed.}',
  },
  {
    label: 'Timeliness: recent rows arrive (SQL)',
    detail: 'timeliness · a query returning one number',
    prefix: 'odcs-quality-timeliness',
    body: "type: sql\nquery: |\n  SELECT COUNT(*) FROM ${1:{object}} WHERE ${2:updated_at} > CURRENT_DATE - INTERVAL '1' DAY\nmustBeGreaterThan: 0\ndimension: timeliness\ndescription: ${3:Rows arrive every day.}",
  },
];

/** A member per role; the username stays a TODO (flagged, never scored) until the real person is named. */
const MEMBERS: EntrySnippet[] = ['Data Owner', 'Data Steward', 'Data Custodian'].map((role) => {
  const word = role.split(' ')[1].toLowerCase();
  return {
    label: `${role} member`,
    detail: 'team member',
    prefix: `odcs-member-${word}`,
    body: `username: \${1:TODO-${word}}\nrole: ${role}`,
  };
});

const SLAS: EntrySnippet[] = [
  {
    label: 'Latency: data at most N days old',
    detail: 'timeliness',
    prefix: 'odcs-sla-freshness',
    body: 'property: latency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}',
  },
  {
    label: 'Update frequency',
    detail: 'timeliness',
    prefix: 'odcs-sla-frequency',
    body: 'property: frequency\nvalue: ${1:1}\nunit: d\nelement: ${2:table.column}',
  },
  {
    label: 'Retention: kept for N years',
    detail: 'storage limitation',
    prefix: 'odcs-sla-retention',
    body: 'property: retention\nvalue: ${1:7}\nunit: y\nelement: ${2:table}',
  },
];

const SCHEMA_OBJECTS: EntrySnippet[] = [
  {
    label: 'Table (schema object)',
    detail: 'a table or dataset with one column',
    prefix: 'odcs-schema-object',
    body: 'name: ${1:table_name}\nphysicalName: ${2:${1}}\nlogicalType: object\nphysicalType: ${3|table,view,topic,file|}\ndescription: ${4:One row per ...}\ndataGranularityDescription: ${5:One row per ...}\nproperties:\n  - name: ${6:id}\n    logicalType: string\n    description: ${7:What this column holds.}',
  },
];

const PROPERTIES: EntrySnippet[] = [
  {
    label: 'Column',
    detail: 'name, type and description',
    prefix: 'odcs-property',
    body: 'name: ${1:column_name}\nlogicalType: ${2|string,date,timestamp,time,number,integer,object,array,boolean|}\nphysicalType: ${3:varchar}\nrequired: ${4|true,false|}\ndescription: ${5:What this column holds, in plain words.}',
  },
];

/** Columns that use what ODCS v3.2.0 added: allowed values, maps, measures. */
const PROPERTIES_32: EntrySnippet[] = [
  {
    label: 'Column with allowed values (enum)',
    detail: 'validity · ODCS v3.2.0',
    prefix: 'odcs-property-enum',
    body: 'name: ${1:status}\nlogicalType: string\ndescription: ${2:Where the order is in its life.}\nenum:\n  - value: ${3:pending}\n    label: ${4:Pending}\n    description: ${5:Received, not yet processed.}\n  - value: ${6:shipped}\n    label: ${7:Shipped}\n    description: ${8:Sent to the customer.}',
  },
  {
    label: 'Map column (keys and values)',
    detail: 'key/value pairs · ODCS v3.2.0',
    prefix: 'odcs-property-map',
    body: 'name: ${1:attributes}\nlogicalType: map\nphysicalType: ${2:MAP<STRING, STRING>}\ndescription: ${3:Extra attributes, by attribute name.}\nmap:\n  key:\n    logicalType: string\n    description: ${4:Attribute name.}\n  value:\n    logicalType: ${5|string,integer,number,boolean,date,timestamp|}\n    description: ${6:Attribute value.}',
  },
  {
    label: 'Measure (an aggregated figure)',
    detail: 'semanticType measure · ODCS v3.2.0',
    prefix: 'odcs-property-measure',
    body: 'name: ${1:total_amount}\nsemanticType: measure\nlogicalType: number\ntransformLogic: ${2:SUM(amount)}\ndescription: ${3:Total amount paid, in pounds.}',
  },
];

const ENUM_VALUES: EntrySnippet[] = [
  {
    label: 'Allowed value',
    detail: 'value, label and meaning',
    prefix: 'odcs-enum-value',
    body: 'value: ${1:code}\nlabel: ${2:Label}\ndescription: ${3:What the value means.}',
  },
];

/**
 * Entry snippets for a new item of the list at `itemPath` (e.g. ['schema', 0, 'quality', 2]); v3.2.0 ones only for
 * v3.2.0 contracts.
 */
export function entrySnippetsFor(itemPath: JsonPath, v32 = false): EntrySnippet[] {
  if (typeof itemPath[itemPath.length - 1] !== 'number') return [];
  const found = kindAndKey(itemPath);
  if (!found) return [];
  if (found.key === 'quality' && (found.kind === 'schema' || found.kind === 'property')) return QUALITY;
  if (found.key === 'properties' && (found.kind === 'schema' || found.kind === 'property'))
    return v32 ? [...PROPERTIES, ...PROPERTIES_32] : PROPERTIES;
  if (found.kind === 'property' && found.key === 'enum') return ENUM_VALUES;
  if ((found.kind === 'team' && found.key === 'members') || (found.kind === 'contract' && found.key === 'team'))
    return MEMBERS;
  if (found.kind === 'contract' && found.key === 'slaProperties') return SLAS;
  if (found.kind === 'contract' && found.key === 'schema') return SCHEMA_OBJECTS;
  return [];
}

/** The same entry as a whole new list item, for a line under the list's key where no `- ` is typed yet. */
export function asListItem(s: EntrySnippet): EntrySnippet {
  return { ...s, body: `- ${s.body.replace(/\n/g, '\n  ')}` };
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
