// The contract root and the small shared objects (roles, support, price, SLA, team, custom
// properties, authoritative definitions), per ODCS version.
import * as L from './leaves';
import type { Leaf } from './leaves';
import {
  ODCS_VERSIONS,
  simpleNode,
  type ChildRef,
  type FieldSpec,
  type Fields,
  type NodeKind,
  type NodeSpec,
  type OdcsVersion,
} from './spec';

export function field(leaf: Leaf, description: string, deprecated?: boolean): FieldSpec {
  return deprecated ? { leaf, description, deprecated } : { leaf, description };
}
export function child(kind: NodeKind, list: boolean, description: string, extra?: Partial<ChildRef>): FieldSpec {
  return { child: { kind, list, ...extra }, description };
}
/** Keep only the entries whose condition is true (version switches). */
export function pick(entries: Array<[string, FieldSpec, boolean?]>): Fields {
  const out: Record<string, FieldSpec> = {};
  for (const [key, spec, when] of entries) if (when !== false) out[key] = spec;
  return out;
}

export interface VersionFlags {
  v301: boolean; // v3.0.1 or later
  v302: boolean; // v3.0.2 or later
  v31: boolean; // v3.1.0 or later
  v32: boolean; // v3.2.0 or later
}
export function flagsOf(version: OdcsVersion): VersionFlags {
  const at = ODCS_VERSIONS.indexOf(version);
  const from = (v: OdcsVersion) => at >= ODCS_VERSIONS.indexOf(v);
  return { v301: from('v3.0.1'), v302: from('v3.0.2'), v31: from('v3.1.0'), v32: from('v3.2.0') };
}

const API_VERSIONS: Record<OdcsVersion, string[]> = {
  'v3.0.0': ['v3.0.0', 'v2.2.2', 'v2.2.1', 'v2.2.0'],
  'v3.0.1': ['v3.0.1', 'v3.0.0', 'v2.2.2', 'v2.2.1', 'v2.2.0'],
  'v3.0.2': ['v3.0.2', 'v3.0.1', 'v3.0.0', 'v2.2.2', 'v2.2.1', 'v2.2.0'],
  'v3.1.0': ['v3.1.0', 'v3.0.2', 'v3.0.1', 'v3.0.0', 'v2.2.2', 'v2.2.1', 'v2.2.0'],
  'v3.2.0': ['v3.2.0', 'v3.1.0', 'v3.0.2', 'v3.0.1', 'v3.0.0', 'v2.2.2', 'v2.2.1', 'v2.2.0'],
};

const idField = field(L.stableId, "Stable technical identifier for references; letters, digits, '-' and '_'.");
const customProps = child('customProperty', true, 'Custom properties that are not part of the standard.');
const authDefs = child(
  'authoritativeDefinition',
  true,
  'Links to authoritative definitions (business glossary, documentation, …).',
);
const tags = field(L.textList, 'Tags, a list of texts.');
const context = child(
  'context',
  false,
  'Context for people and AI tools: instructions, verified statements and constraints (or one text).',
  { orText: true },
);

export function sharedNodes(version: OdcsVersion, f: VersionFlags): NodeSpec[] {
  const { v301, v31, v32 } = f;
  const contract = simpleNode(
    'contract',
    pick([
      ['version', field(L.text, 'Current version of the data contract.')],
      ['kind', field(L.oneOf(['DataContract']), 'The kind of file this is; always DataContract.')],
      ['apiVersion', field(L.oneOf(API_VERSIONS[version]), 'Version of the standard used to build the data contract.')],
      ['id', field(L.text, 'A unique identifier of the contract, such as a UUID.')],
      ['name', field(L.text, 'Name of the data contract.')],
      ['tenant', field(L.text, 'The tenant the data is primarily associated with.')],
      ['tags', tags],
      ['status', field(L.text, 'Current status of the contract, e.g. proposed, draft, active, deprecated, retired.')],
      ['servers', child('server', true, 'Servers where the datasets reside.')],
      ['dataProduct', field(L.text, 'The name of the data product.', v31)],
      [
        'description',
        child('contractDescription', false, 'High-level description of the dataset: usage, purpose, limitations.'),
      ],
      ['domain', field(L.text, 'Name of the logical data domain.')],
      ['schema', child('schema', true, 'The tables, topics or files described by the contract.')],
      ['support', child('support', true, 'Support channels: email, Slack, Teams, tickets, …')],
      ['price', child('price', false, 'Price of the data.')],
      [
        'team',
        {
          description: 'The team that owns the contract: name, description and members.',
          teamForms: { object: 'team', legacyItem: 'teamMember', objectAllowed: v31 },
        },
      ],
      ['roles', child('role', true, 'Roles that give users access to the dataset.')],
      ['slaDefaultElement', field(L.text, 'Element the SLA checks apply to by default.', v31)],
      ['slaProperties', child('sla', true, 'Service-level agreement properties: latency, retention, frequency, …')],
      ['authoritativeDefinitions', authDefs, v301],
      ['customProperties', customProps],
      ['contractCreatedTs', field(L.dateTime, 'Timestamp in UTC of when the contract was created.')],
      ['context', context, v32],
    ]),
    v32 ? ['version', 'apiVersion', 'kind', 'id'] : ['version', 'apiVersion', 'kind', 'id', 'status'],
    false,
  );
  const contractDescription = simpleNode(
    'contractDescription',
    pick([
      ['usage', field(L.text, 'Intended usage of the dataset.')],
      ['purpose', field(L.text, 'Purpose of the dataset.')],
      ['limitations', field(L.text, 'Limitations of the dataset.')],
      ['authoritativeDefinitions', authDefs, v301],
      ['customProperties', customProps, v301],
    ]),
    [],
    true, // the schema does not close this object
  );
  const role = simpleNode(
    'role',
    pick([
      ['id', idField, v31],
      ['role', field(L.text, 'Name of the IAM role that gives access.')],
      ['description', field(L.text, 'Description of the role.')],
      ['access', field(L.text, 'Type of access, e.g. read or write.')],
      ['firstLevelApprovers', field(L.text, 'First-level approvers of access requests.')],
      ['secondLevelApprovers', field(L.text, 'Second-level approvers of access requests.')],
      ['customProperties', customProps, v301],
    ]),
    ['role'],
    !v31,
  );
  const support = simpleNode(
    'support',
    pick([
      ['id', idField, v31],
      ['channel', field(L.text, 'Channel name or identifier.')],
      ['url', field(L.text, 'Access URL of the channel.')],
      ['description', field(L.text, 'Description of the channel.')],
      ['tool', field(L.text, 'Tool, e.g. email, slack, teams, discord, ticket.')],
      ['scope', field(L.text, 'Scope, e.g. interactive, announcements, issues.')],
      ['invitationUrl', field(L.text, 'Invitation URL to join the channel.')],
      ['customProperties', customProps, v31],
    ]),
    v31 ? ['channel'] : ['channel', 'url'],
    !v31,
  );
  const price = simpleNode(
    'price',
    pick([
      ['id', idField, v31],
      ['priceAmount', field(L.num, 'Price of the data, as a number.')],
      ['priceCurrency', field(L.text, 'Currency of the price, e.g. USD.')],
      ['priceUnit', field(L.text, 'Unit of the price, e.g. megabyte.')],
    ]),
    [],
    !v31,
  );
  const sla = simpleNode(
    'sla',
    pick([
      ['id', idField, v31],
      ['property', field(L.text, 'The SLA property, e.g. latency, retention, frequency, availability.')],
      ['value', field(L.scalar, 'Agreement value: a text, number or true/false.')],
      ['valueExt', field(L.scalar, 'Extended agreement value.')],
      ['unit', field(L.text, 'Unit of the value, e.g. d (days), h, m, y.')],
      ['element', field(L.text, 'Element(s) the SLA applies to, e.g. table.column.')],
      ['driver', field(L.text, 'Importance of the SLA: regulatory, analytics, operational.')],
      ['description', field(L.text, 'Description of the SLA.'), v31],
      ['scheduler', field(L.text, 'Scheduler used to check the SLA, e.g. cron.'), v31],
      ['schedule', field(L.text, 'Schedule of the check, e.g. a cron expression.'), v31],
      ['customProperties', customProps, v32],
      ['authoritativeDefinitions', authDefs, v32],
    ]),
    ['property', 'value'],
    !v31,
  );
  const customProperty = simpleNode(
    'customProperty',
    pick([
      ['id', idField, v31],
      ['property', field(L.text, 'Name of the custom property.')],
      ['value', field(L.anyValue, 'Value of the custom property.')],
      ['description', field(L.text, 'Description of the custom property.'), v31],
      ['vendor', field(L.text, "The vendor or system the custom property belongs to, e.g. 'datacontract-cli'."), v32],
    ]),
    v31 ? ['property', 'value'] : [],
    !v31,
  );
  const authoritativeDefinition = simpleNode(
    'authoritativeDefinition',
    pick([
      ['id', idField, v31],
      ['url', field(L.text, 'URL of the authoritative definition.')],
      ['type', field(L.text, 'Type of definition, e.g. businessDefinition, transformationImplementation.')],
      ['description', field(L.text, 'Description of the definition.'), v31],
    ]),
    ['url', 'type'],
    !v31,
  );
  const memberFields = pick([
    ['id', idField, v31],
    ['username', field(L.text, "The member's user name or email.")],
    ['name', field(L.text, "The member's full name."), f.v302],
    ['description', field(L.text, 'Description of the member.'), f.v302],
    ['role', field(L.text, 'Role of the member, e.g. Data Owner, Data Steward.')],
    ['dateIn', field(L.date, 'Date the member joined the team, e.g. 2025-01-31.')],
    ['dateOut', field(L.date, 'Date the member left the team.')],
    ['replacedByUsername', field(L.text, 'User name of the member who replaced this one.')],
    ['tags', tags, v31],
    ['customProperties', customProps, v31],
    ['authoritativeDefinitions', authDefs, v31],
  ]);
  const teamMember = simpleNode('teamMember', memberFields, v31 ? ['username'] : [], !v31);
  const team = simpleNode(
    'team',
    pick([
      ['id', idField],
      ['name', field(L.text, 'Name of the team.')],
      ['description', field(L.text, 'Description of the team.')],
      ['members', child('teamMember', true, 'Members of the team.')],
      ['tags', tags],
      ['customProperties', customProps],
      ['authoritativeDefinitions', authDefs],
    ]),
    [],
    false,
  );
  const nodes = [
    contract,
    contractDescription,
    role,
    support,
    price,
    sla,
    customProperty,
    authoritativeDefinition,
    teamMember,
    team,
  ];
  if (v32) nodes.push(...contextNodes());
  return nodes;
}

/** ODCS v3.2.0 `context` (contract and schema objects): guidance for people and AI tools. */
function contextNodes(): NodeSpec[] {
  const plainId = field(L.text, 'Identifier of the entry.');
  const entry = (key: string, text: string, extra: Array<[string, FieldSpec]>): Fields =>
    pick([
      ['id', plainId],
      [key, field(L.text, text)],
      ...extra,
      ['authoritativeDefinitions', authDefs],
      ['tags', tags],
      ['customProperties', customProps],
    ]);
  return [
    simpleNode(
      'context',
      pick([
        ['instructions', field(L.text, 'Instructions for people and tools that use the data.')],
        ['verifiedStatements', child('contextStatement', true, 'Questions with verified answers about the data.')],
        ['constraints', child('contextConstraint', true, 'Constraints a user of the data must respect.')],
      ]),
      [],
      false,
    ),
    simpleNode(
      'contextStatement',
      entry('question', 'A question someone may ask about the data.', [
        ['answer', field(L.text, 'The verified answer.')],
      ]),
      ['question'],
      false,
    ),
    simpleNode('contextConstraint', entry('constraint', 'The constraint, in plain words.', []), ['constraint'], false),
  ];
}

export { idField, customProps, authDefs, tags, context };
