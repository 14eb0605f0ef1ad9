// A new contract that invents nothing: what the inputs say (name, domain, the Data Owner) is written as given; every
// value only its authors can know (purpose, team name, the table and its columns) is a "TODO" placeholder that the
// todo-placeholder rule flags and the score does not count. Two forms of the same text: plain text to save, and an
// LSP/VS Code snippet in which each placeholder is a tab stop. Written in the ODCS version asked for (v3.2.0 by default).
import { yamlText } from './score/contract-facts';
import {
  DEFAULT_NEW_CONTRACT_VERSION,
  isNewContractVersion,
  type NewContractVersion,
  type SharedSettings,
} from '../config/settings';

export interface NewContractInput {
  /** What the data is called, e.g. "Prison population". */
  name: string;
  /** The business area, e.g. "prisons". */
  domain: string;
  /** The Data Owner's username or email; a placeholder when empty. */
  owner: string;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The version a new contract is written in: the editor's setting when it names one, else `settings.odcsVersion`
 * of `.dclens.yaml`, else v3.2.0.
 */
export function newContractVersion(settings?: SharedSettings, editorSetting?: string): NewContractVersion {
  if (isNewContractVersion(editorSetting)) return editorSetting;
  return settings?.odcsVersion ?? DEFAULT_NEW_CONTRACT_VERSION;
}

/** How the template writes a value: as it is (known), or as a placeholder to fill in (a tab stop in a snippet). */
interface Writer {
  known(value: string): string;
  todo(placeholder: string): string;
}

/** The contract as plain text, ready to save: each unknown value reads "TODO …". */
export function newContractSkeleton(
  input: NewContractInput,
  version: NewContractVersion = DEFAULT_NEW_CONTRACT_VERSION,
): string {
  return template(input, version, { known: (v) => v, todo: (p) => p });
}

/**
 * The same contract as a snippet (LSP/VS Code syntax): each unknown value is a tab stop `${n:TODO …}` whose default is
 * the placeholder of the plain text, so a value left unfilled is still flagged once saved.
 */
export function newContractSnippet(
  input: NewContractInput,
  version: NewContractVersion = DEFAULT_NEW_CONTRACT_VERSION,
): string {
  // Stops are numbered in the order they appear, whatever order the template computes them in.
  const marked = template(input, version, { known: escapeSnippet, todo: (p) => `\u0000${escapeSnippet(p)}\u0001` });
  let stop = 0;
  return `${marked.replace(/\u0000([^\u0001]*)\u0001/g, (_, p: string) => `\${${++stop}:${p}}`)}$0`;
}

/** Text a snippet shows as written: `$`, `}` and `\` lose their meaning. */
const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

function template(input: NewContractInput, version: NewContractVersion, w: Writer): string {
  // v3.0.x has no team object, only a list of members.
  const v30 = version === 'v3.0.2';
  const name = input.name.trim();
  const domain = input.domain.trim();
  const owner = input.owner.trim();
  const id = words(name).join('-');
  const scalar = (value: string, placeholder: string) => (value ? w.known(yamlText(value)) : w.todo(placeholder));

  const ownerValue = scalar(owner, 'TODO-data-owner');
  const owners = v30
    ? `team:
  - username: ${ownerValue}
    role: Data Owner`
    : `team:
  name: ${w.todo('TODO-team-name')}
  members:
    - username: ${ownerValue}
      role: Data Owner`;

  return `apiVersion: ${version}
kind: DataContract
id: ${scalar(id, 'TODO-contract-id')}
name: ${scalar(name, 'TODO-contract-name')}
version: 0.1.0
status: draft
domain: ${scalar(domain, 'TODO-domain')}
description:
  purpose: ${w.todo('TODO - what the data is for and who uses it')}
  usage: ${w.todo('TODO - how to use the data well')}
  limitations: ${w.todo('TODO - what the data must not be used for')}
${owners}
schema:
  - name: ${w.todo('TODO-table-name')}
    physicalType: table
    description: ${w.todo('TODO - what the table holds')}
    dataGranularityDescription: ${w.todo('TODO - what one row stands for')}
    properties:
      - name: ${w.todo('TODO-column-name')}
        description: ${w.todo('TODO - what the column holds')}
`;
}
