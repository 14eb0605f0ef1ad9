// A new contract that is complete enough to lint clean: a named owner, a described table with a checked key,
// a freshness promise on a timestamp. Everything in it is derived from the inputs, so nothing reads "TODO".
// It is written in the ODCS version asked for (v3.2.0 by default) using only what that version allows.
import { yamlText } from './score/contract-facts';
import {
  DEFAULT_NEW_CONTRACT_VERSION, isNewContractVersion, type NewContractVersion, type SharedSettings,
} from '../config/settings';

export interface NewContractInput {
  /** What the data is called, e.g. "Prison population". */
  name: string;
  /** The business area, e.g. "prisons". */
  domain: string;
  /** The Data Owner's username or email. */
  owner: string;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** snake_case for table and column names; never starts with a digit. */
function snake(text: string, fallback: string): string {
  const joined = words(text).join('_') || fallback;
  return /^[0-9]/.test(joined) ? `t_${joined}` : joined;
}

const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/**
 * The version a new contract is written in: the editor's setting when it names one, else `settings.odcsVersion`
 * of `.dclens.yaml`, else v3.2.0.
 */
export function newContractVersion(settings?: SharedSettings, editorSetting?: string): NewContractVersion {
  if (isNewContractVersion(editorSetting)) return editorSetting;
  return settings?.odcsVersion ?? DEFAULT_NEW_CONTRACT_VERSION;
}

export function newContractSkeleton(input: NewContractInput, version: NewContractVersion = DEFAULT_NEW_CONTRACT_VERSION): string {
  // v3.0.x has no team object (a list of members), no 'metric' (library checks name a 'rule') and no timestamp type.
  const v30 = version === 'v3.0.2';
  const name = input.name.trim() || 'New data';
  const domain = input.domain.trim() || 'general';
  const owner = input.owner.trim() || 'data.owner';
  const table = snake(name, 'records');
  const id = table.replace(/_/g, '-');
  const record = singular(table.split('_').pop() ?? table);
  const key = `${singular(table)}_id`;
  const domainSlug = words(domain).join('-') || 'general';
  const team = `${domainSlug}-data`;
  const readable = name.charAt(0).toUpperCase() + name.slice(1);

  const owners = v30
    ? `team:
  - username: ${yamlText(owner)}
    role: Data Owner`
    : `team:
  name: ${team}
  members:
    - username: ${yamlText(owner)}
      role: Data Owner`;
  const check = v30 ? 'rule' : 'metric';
  const timestamp = v30 ? 'date\n        physicalType: timestamp' : 'timestamp';

  return `apiVersion: ${version}
kind: DataContract
id: ${id}
name: ${yamlText(name)}
version: 0.1.0
status: draft
domain: ${yamlText(domain)}
description:
  purpose: ${yamlText(`${readable} for the ${domain} domain, published so analysts can report on it.`)}
  usage: ${yamlText(`Join other tables on ${key}; refreshed once a day.`)}
  limitations: ${yamlText('A first version: the table lists only its key and last-change time so far.')}
${owners}
support:
  - channel: ${team}
    tool: email
    url: ${yamlText(`mailto:${team}@example.org`)}
slaProperties:
  - property: latency
    value: 1
    unit: d
    element: ${table}.updated_at
  - property: frequency
    value: 1
    unit: d
    element: ${table}
schema:
  - name: ${table}
    physicalType: table
    description: ${yamlText(`${readable}, as recorded in the source system of the ${domain} domain.`)}
    dataGranularityDescription: ${yamlText(`One row per ${record}.`)}
    quality:
      - type: library
        ${check}: rowCount
        mustBeGreaterThan: 0
        dimension: completeness
    properties:
      - name: ${key}
        logicalType: string
        logicalTypeOptions:
          minLength: 1
        description: ${yamlText(`Identifier that tells each ${record} apart; it never changes once issued.`)}
        primaryKey: true
        required: true
        unique: true
        quality:
          - type: library
            ${check}: nullValues
            mustBe: 0
            dimension: completeness
          - type: library
            ${check}: duplicateValues
            mustBe: 0
            dimension: uniqueness
      - name: updated_at
        logicalType: ${timestamp}
        description: When the source system last changed this row, in UTC.
`;
}
