// Guidance texts by kind of object and key, and the walk from a JSON path to the kind of object it ends in.
import type { JsonPath } from '../types';
import type { GuidanceEntry, GuidanceKind, GuidanceTable } from './guidance-types';
import { AUTHORITATIVE_DEFINITION, CONTRACT, CUSTOM_PROPERTY, DESCRIPTION, PRICE, SHARED } from './contract';
import { LOGICAL_TYPE_OPTIONS, MAP, PROPERTY, RELATIONSHIP, SCHEMA } from './schema';
import { CONTEXT, CONTEXT_CONSTRAINT, CONTEXT_STATEMENT, ENUM_VALUE, SYNONYM } from './meaning';
import { QUALITY } from './quality';
import { ROLE, SUPPORT, TEAM, TEAM_MEMBER } from './people';
import { SERVER, SLA } from './servers';

export type { GuidanceEntry, GuidanceKind } from './guidance-types';

const TABLES: Record<GuidanceKind, GuidanceTable> = {
  contract: CONTRACT,
  description: DESCRIPTION,
  schema: SCHEMA,
  property: PROPERTY,
  logicalTypeOptions: LOGICAL_TYPE_OPTIONS,
  relationship: RELATIONSHIP,
  quality: QUALITY,
  server: SERVER,
  team: TEAM,
  teamMember: TEAM_MEMBER,
  role: ROLE,
  support: SUPPORT,
  sla: SLA,
  price: PRICE,
  customProperty: CUSTOM_PROPERTY,
  authoritativeDefinition: AUTHORITATIVE_DEFINITION,
  enumValue: ENUM_VALUE,
  map: MAP,
  synonym: SYNONYM,
  context: CONTEXT,
  contextStatement: CONTEXT_STATEMENT,
  contextConstraint: CONTEXT_CONSTRAINT,
};

const CHILDREN: Partial<Record<GuidanceKind, Record<string, GuidanceKind>>> = {
  contract: {
    description: 'description',
    schema: 'schema',
    servers: 'server',
    support: 'support',
    price: 'price',
    team: 'team',
    roles: 'role',
    slaProperties: 'sla',
    context: 'context',
  },
  schema: {
    properties: 'property',
    relationships: 'relationship',
    quality: 'quality',
    synonyms: 'synonym',
    context: 'context',
  },
  property: {
    properties: 'property',
    items: 'property',
    logicalTypeOptions: 'logicalTypeOptions',
    relationships: 'relationship',
    quality: 'quality',
    enum: 'enumValue',
    map: 'map',
    synonyms: 'synonym',
  },
  map: { key: 'property', value: 'property' },
  context: { verifiedStatements: 'contextStatement', constraints: 'contextConstraint' },
  team: { members: 'teamMember' },
  server: { roles: 'role' },
};
const EVERYWHERE: Record<string, GuidanceKind> = {
  authoritativeDefinitions: 'authoritativeDefinition',
  customProperties: 'customProperty',
};

/** Turns 'schema[].properties[].logicalType' into ['schema', 0, 'properties', 0, 'logicalType']. */
export function patternToPath(pattern: string): JsonPath {
  return pattern.split('.').flatMap((part) => {
    const name = part.replace(/\[\]$/, '');
    return part.endsWith('[]') ? [name, 0] : [name];
  });
}

/** The kind of object and the key a path ends in; a list index at the end means the list's key. */
export function kindAndKey(path: JsonPath): { kind: GuidanceKind; key: string } | undefined {
  const segments = [...path];
  while (segments.length > 0 && typeof segments[segments.length - 1] === 'number') segments.pop();
  const key = segments.pop();
  if (typeof key !== 'string') return undefined;
  let kind: GuidanceKind = 'contract';
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (typeof seg === 'number') {
      if (kind === 'team' && segments[i - 1] === 'team') kind = 'teamMember'; // the deprecated list form of team
      continue;
    }
    const next: GuidanceKind | undefined = CHILDREN[kind]?.[seg] ?? EVERYWHERE[seg];
    if (!next) return undefined;
    kind = next;
  }
  return { kind, key };
}

export function guidanceEntry(kind: GuidanceKind, key: string): GuidanceEntry | undefined {
  return TABLES[kind][key] ?? SHARED[key];
}

/** Human words for each kind, used in titles. */
export const KIND_WORDS: Record<GuidanceKind, string> = {
  contract: 'contract',
  description: 'contract description',
  schema: 'table (schema object)',
  property: 'property (column)',
  logicalTypeOptions: 'type constraint',
  relationship: 'relationship',
  quality: 'quality rule',
  server: 'server',
  team: 'team',
  teamMember: 'team member',
  role: 'access role',
  support: 'support channel',
  sla: 'service level (SLA)',
  price: 'price',
  customProperty: 'custom property',
  authoritativeDefinition: 'authoritative definition',
  enumValue: 'allowed value (enum entry)',
  map: 'map (keys and values)',
  synonym: 'synonym (another name)',
  context: 'context for people and AI assistants',
  contextStatement: 'verified question',
  contextConstraint: 'constraint on use',
};

/** Every entry with its kind, for checks over all guidance. */
export function allGuidanceEntries(): Array<{ kind: GuidanceKind | 'shared'; key: string; entry: GuidanceEntry }> {
  const out: Array<{ kind: GuidanceKind | 'shared'; key: string; entry: GuidanceEntry }> = [];
  for (const [kind, table] of Object.entries(TABLES) as Array<[GuidanceKind, GuidanceTable]>) {
    for (const [key, entry] of Object.entries(table)) out.push({ kind, key, entry });
  }
  for (const [key, entry] of Object.entries(SHARED)) out.push({ kind: 'shared', key, entry });
  return out;
}

export { valueMeaning } from './values';
