// Walks a contract value and yields its parts (schema objects, properties, quality rules, …) with their paths
// and the plain-English names messages use ("property 'order_id' in schema 'orders'").
import type { JsonPath } from './types';
import { isObject } from './detect';
import { valuesOnDemand, type ContractValues } from './contract-values';

export type Obj = Record<string, unknown>;

export interface NodeRef {
  value: Obj;
  path: JsonPath;
  /** How a person names this part, e.g. "property 'order_id' in schema 'orders'". */
  label: string;
}
export interface SchemaObjectRef extends NodeRef {
  name?: string;
}
export interface PropertyRef extends NodeRef {
  name?: string;
  schemaObject: SchemaObjectRef;
  parent?: PropertyRef;
}
export interface QualityRef extends NodeRef {
  owner: SchemaObjectRef | PropertyRef;
  ownerKind: 'schema' | 'property';
}
export interface RelationshipRef extends NodeRef {
  owner: SchemaObjectRef | PropertyRef;
  ownerKind: 'schema' | 'property';
}
export interface TeamMemberRef extends NodeRef {
  username?: string;
  legacyArray: boolean;
}
export type ItemRef = NodeRef;

export interface ContractParts {
  contract: NodeRef;
  schemaObjects: SchemaObjectRef[];
  properties: PropertyRef[];
  quality: QualityRef[];
  relationships: RelationshipRef[];
  teamMembers: TeamMemberRef[];
  servers: ItemRef[];
  slaProperties: ItemRef[];
  support: ItemRef[];
  roles: ItemRef[];
  customProperties: ItemRef[];
  /** Every value of the contract from one shared walk, made on first use (see contract-values.ts). */
  readonly values: ContractValues;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** The objects of a list with their places in it (a loop: rules call this for every list they read). */
export function objects(v: unknown): Array<[Obj, number]> {
  const out: Array<[Obj, number]> = [];
  if (!Array.isArray(v)) return out;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (isObject(item)) out.push([item, i]);
  }
  return out;
}

const named = (noun: string, name: unknown, index: number): string =>
  typeof name === 'string' && name.trim() !== '' ? `${noun} '${name}'` : `${noun} #${index + 1}`;

export function collectParts(contract: Obj): ContractParts {
  const parts: ContractParts = {
    contract: { value: contract, path: [], label: 'the contract' },
    schemaObjects: [],
    properties: [],
    quality: [],
    relationships: [],
    teamMembers: [],
    servers: [],
    slaProperties: [],
    support: [],
    roles: [],
    customProperties: [],
    values: valuesOnDemand(contract),
  };

  const addQualityAndRelationships = (owner: SchemaObjectRef | PropertyRef, ownerKind: 'schema' | 'property') => {
    for (const [q, i] of objects(owner.value.quality)) {
      const qName = str(q.name);
      const label = `${qName ? `quality rule '${qName}'` : `quality rule #${i + 1}`} of ${owner.label}`;
      parts.quality.push({ value: q, path: [...owner.path, 'quality', i], label, owner, ownerKind });
    }
    for (const [r, i] of objects(owner.value.relationships)) {
      parts.relationships.push({
        value: r,
        path: [...owner.path, 'relationships', i],
        label: `relationship #${i + 1} of ${owner.label}`,
        owner,
        ownerKind,
      });
    }
  };

  const walkProperties = (list: unknown, basePath: JsonPath, schemaObject: SchemaObjectRef, parent?: PropertyRef) => {
    for (const [p, i] of objects(list)) {
      const name = str(p.name);
      const where = parent
        ? `of ${parent.name ? `'${parent.name}'` : 'its parent'} in ${schemaObject.label}`
        : `in ${schemaObject.label}`;
      const ref: PropertyRef = {
        value: p,
        path: [...basePath, i],
        label: `${named('property', name, i)} ${where}`,
        name,
        schemaObject,
        parent,
      };
      parts.properties.push(ref);
      addQualityAndRelationships(ref, 'property');
      walkProperties(p.properties, [...ref.path, 'properties'], schemaObject, ref);
      if (isObject(p.items)) {
        const items = p.items;
        const itemRef: PropertyRef = {
          value: items,
          path: [...ref.path, 'items'],
          label: `the items of ${ref.label}`,
          name: str(items.name) ?? (name ? `${name}[]` : undefined),
          schemaObject,
          parent: ref,
        };
        parts.properties.push(itemRef);
        addQualityAndRelationships(itemRef, 'property');
        walkProperties(items.properties, [...itemRef.path, 'properties'], schemaObject, itemRef);
      }
    }
  };

  for (const [o, i] of objects(contract.schema)) {
    const name = str(o.name);
    const ref: SchemaObjectRef = { value: o, path: ['schema', i], label: named('schema', name, i), name };
    parts.schemaObjects.push(ref);
    addQualityAndRelationships(ref, 'schema');
    walkProperties(o.properties, ['schema', i, 'properties'], ref);
  }

  const team = contract.team;
  const memberList = Array.isArray(team) ? team : isObject(team) ? team.members : undefined;
  const memberBase: JsonPath = Array.isArray(team) ? ['team'] : ['team', 'members'];
  for (const [m, i] of objects(memberList)) {
    const username = str(m.username) ?? str(m.name);
    parts.teamMembers.push({
      value: m,
      path: [...memberBase, i],
      label: named('team member', username, i),
      username,
      legacyArray: Array.isArray(team),
    });
  }
  for (const [s, i] of objects(contract.servers))
    parts.servers.push({ value: s, path: ['servers', i], label: named('server', s.server ?? s.id, i) });
  for (const [s, i] of objects(contract.slaProperties))
    parts.slaProperties.push({ value: s, path: ['slaProperties', i], label: named('SLA property', s.property, i) });
  for (const [s, i] of objects(contract.support))
    parts.support.push({ value: s, path: ['support', i], label: named('support channel', s.channel, i) });
  for (const [s, i] of objects(contract.roles))
    parts.roles.push({ value: s, path: ['roles', i], label: named('role', s.role, i) });
  for (const [s, i] of objects(contract.customProperties))
    parts.customProperties.push({
      value: s,
      path: ['customProperties', i],
      label: named('custom property', s.property, i),
    });
  return parts;
}

/**
 * Finds the most specific named part (schema object, property, quality rule, server, team member, …) that holds a
 * path, and how deep in the path it sits, so messages can name where a value is the way a person would.
 */
export function partFinder(parts: ContractParts): (path: JsonPath) => { part: NodeRef; depth: number } | undefined {
  let byPath: Map<string, NodeRef> | undefined;
  return (path) => {
    byPath ??= new Map(
      [
        ...parts.schemaObjects,
        ...parts.properties,
        ...parts.quality,
        ...parts.relationships,
        ...parts.teamMembers,
        ...parts.servers,
        ...parts.slaProperties,
        ...parts.support,
        ...parts.roles,
        ...parts.customProperties,
      ].map((n) => [JSON.stringify(n.path), n]),
    );
    for (let end = path.length - 1; end > 0; end--) {
      const part = byPath.get(JSON.stringify(path.slice(0, end)));
      if (part) return { part, depth: end };
    }
    return undefined;
  };
}
