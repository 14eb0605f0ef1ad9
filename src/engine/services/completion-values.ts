// Values worth proposing where the ODCS model allows free text but people use a known vocabulary, and the
// names of objects and properties where a reference is expected.
import type { JsonPath } from '../types';
import { kindAndKey, type GuidanceKind } from '../guidance';
import { SECURITY_CLASSIFICATIONS } from '../vocabulary/classifications';
import { collectParts, type Obj } from '../contract-nodes';
import { isObject } from '../detect';

/** Conventional values by kind of object and key (the model's own enums come first, from enumValuesAt). */
const VOCABULARY: Partial<Record<GuidanceKind, Record<string, readonly string[]>>> = {
  contract: { status: ['proposed', 'draft', 'active', 'deprecated', 'retired'] },
  teamMember: { role: ['Data Owner', 'Data Steward', 'Data Custodian'] },
  sla: {
    property: [
      'latency',
      'frequency',
      'retention',
      'availability',
      'timeOfAvailability',
      'throughput',
      'errorRate',
      'generalAvailability',
      'endOfSupport',
      'endOfLife',
    ],
    unit: ['d', 'h', 'm', 'y'],
    driver: ['regulatory', 'analytics', 'operational'],
  },
  quality: {
    unit: ['rows', 'percent'],
    severity: ['error', 'warning', 'info'],
    businessImpact: ['operational', 'regulatory'],
    method: ['reconciliation'],
  },
  property: { classification: SECURITY_CLASSIFICATIONS },
  authoritativeDefinition: {
    type: [
      'businessDefinition',
      'transformationImplementation',
      'videoTutorial',
      'tutorial',
      'implementation',
      'glossary',
      'ontology',
      'taxonomy',
    ],
  },
  synonym: { status: ['active', 'deprecated'] },
  customProperty: { vendor: ['confluent', 'zeenea', 'atlan', 'soda'] },
  support: {
    tool: ['email', 'slack', 'teams', 'discord', 'ticket', 'other'],
    scope: ['interactive', 'announcements', 'issues'],
  },
  server: { environment: ['prod', 'preprod', 'uat', 'dev'], encoding: ['UTF-8', 'ISO-8859-1', 'ASCII', 'UTF-16'] },
  role: { access: ['read', 'write'] },
};

export function vocabularyAt(path: JsonPath, classifications?: readonly string[]): readonly string[] | undefined {
  const found = kindAndKey(path);
  if (!found) return undefined;
  if (found.kind === 'property' && found.key === 'classification' && classifications && classifications.length > 0)
    return classifications;
  return VOCABULARY[found.kind]?.[found.key];
}

export type ReferenceKind = 'relationship-to' | 'relationship-from' | 'sla-element' | 'sql';

/** Which kind of reference the value at path holds, if any. A list index after the key counts as the key. */
export function referenceKindAt(path: JsonPath): ReferenceKind | undefined {
  const segments = [...path];
  while (typeof segments[segments.length - 1] === 'number') segments.pop();
  const key = segments[segments.length - 1];
  const found = kindAndKey(segments);
  if (!found) return undefined;
  if (found.kind === 'relationship' && key === 'to') return 'relationship-to';
  if (found.kind === 'relationship' && key === 'from') return 'relationship-from';
  if (found.kind === 'sla' && key === 'element') return 'sla-element';
  if (found.kind === 'quality' && key === 'query') return 'sql';
  return undefined;
}

export interface NamedReference {
  /** What is inserted: 'orders' or 'orders.order_id'. */
  text: string;
  kind: 'object' | 'property';
  description?: string;
  /** The object the cursor is in (for ordering: a 'to' usually points elsewhere, a 'from' starts here). */
  own: boolean;
}

/** Objects and their top-level properties, as `object` and `object.property`. */
export function referencesIn(contract: unknown, path: JsonPath): NamedReference[] {
  if (!isObject(contract)) return [];
  const parts = collectParts(contract as Obj);
  const ownIndex = path[0] === 'schema' && typeof path[1] === 'number' ? path[1] : undefined;
  const out: NamedReference[] = [];
  for (const object of parts.schemaObjects) {
    if (!object.name) continue;
    const own = object.path[1] === ownIndex;
    const description = typeof object.value.description === 'string' ? object.value.description : undefined;
    out.push({ text: object.name, kind: 'object', own, ...(description ? { description } : {}) });
    for (const p of parts.properties) {
      if (p.schemaObject !== object || p.parent !== undefined || !p.name) continue;
      const text = typeof p.value.description === 'string' ? p.value.description : undefined;
      out.push({ text: `${object.name}.${p.name}`, kind: 'property', own, ...(text ? { description: text } : {}) });
    }
  }
  return out;
}

/** The names of the object and property a quality rule at `path` belongs to, for SQL. */
export function sqlNamesFor(contract: unknown, path: JsonPath): { object?: string; property?: string } {
  if (!isObject(contract) || path[0] !== 'schema' || typeof path[1] !== 'number') return {};
  const objects = (contract as Obj).schema;
  const object = Array.isArray(objects) && isObject(objects[path[1]]) ? (objects[path[1]] as Obj) : undefined;
  const qualityAt = path.lastIndexOf('quality');
  let node: unknown = contract;
  for (const seg of path.slice(0, qualityAt))
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[seg] : undefined;
  const onProperty = path.slice(0, qualityAt).includes('properties') && isObject(node);
  return {
    ...(typeof object?.name === 'string' ? { object: object.name } : {}),
    ...(onProperty && typeof (node as Obj).name === 'string' ? { property: (node as Obj).name as string } : {}),
  };
}
