// A pure index of a contract's schema objects and properties (names, physical names and ids), so references such as
// relationship ends (`orders.customer_id`, `schema/orders_obj/properties/customer_id_prop`) and SLA elements
// (`orders.updated_at`) can be resolved. Values may be any shape: anything unexpected is simply not indexed.
import type { JsonPath } from './types';
import { distance } from 'fastest-levenshtein';
import { objects, str, type Obj } from './contract-nodes';

export interface IndexedProperty {
  name?: string;
  physicalName?: string;
  id?: string;
  path: JsonPath;
  value: Obj;
  /** Nested properties (of an object-typed property). */
  properties: IndexedProperty[];
}

export interface IndexedObject {
  name?: string;
  physicalName?: string;
  id?: string;
  path: JsonPath;
  value: Obj;
  properties: IndexedProperty[];
}

export type Resolution =
  | { status: 'found'; object: IndexedObject; property?: IndexedProperty }
  /** No schema object has this name, physical name or id. */
  | { status: 'missing-object'; objectRef: string }
  /** The object exists but has no such property. */
  | { status: 'missing-property'; object: IndexedObject; propertyRef: string }
  /** A reference into another file (`other.yaml#/schema/...`): not checkable here. */
  | { status: 'external' }
  /** Not a reference form this index understands. */
  | { status: 'unknown-form' };

export interface ContractIndex {
  readonly objects: readonly IndexedObject[];
  /** Finds a schema object by name or physical name (exact first, then ignoring case). */
  objectByName(name: string): IndexedObject | undefined;
  objectById(id: string): IndexedObject | undefined;
  /** Finds a property among `list` by name or physical name (exact first, then ignoring case). */
  propertyByName(list: readonly IndexedProperty[], name: string): IndexedProperty | undefined;
  propertyById(list: readonly IndexedProperty[], id: string): IndexedProperty | undefined;
  /**
   * Resolves `object`, `object.property` (nested: `object.parent.child`) or the fully-qualified
   * `schema/<id>/properties/<id>[/properties/<id>…]` form (a leading `/` is allowed).
   */
  resolve(reference: string): Resolution;
  /** Every `object` and `object.property` name (names and physical names), for "did you mean" hints. */
  shorthandNames(): string[];
  /** The one shorthand name close to a mistyped `object` or `object.property` reference, if there is one. */
  closestName(reference: string): string | undefined;
}

function indexProperties(list: unknown, basePath: JsonPath): IndexedProperty[] {
  return objects(list).map(([p, i]) => {
    const path = [...basePath, i];
    return {
      name: str(p.name),
      physicalName: str(p.physicalName),
      id: str(p.id),
      path,
      value: p,
      properties: indexProperties(p.properties, [...path, 'properties']),
    };
  });
}

function findByName<T extends { name?: string; physicalName?: string }>(
  list: readonly T[],
  name: string,
): T | undefined {
  const exact = list.find((x) => x.name === name || x.physicalName === name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return list.find((x) => x.name?.toLowerCase() === lower || x.physicalName?.toLowerCase() === lower);
}

// Several rules index the same contract in one lint; the index is immutable, so build it once per contract value.
const indexByContract = new WeakMap<Obj, ContractIndex>();

export function buildContractIndex(contract: Obj): ContractIndex {
  let index = indexByContract.get(contract);
  if (!index) indexByContract.set(contract, (index = createContractIndex(contract)));
  return index;
}

function createContractIndex(contract: Obj): ContractIndex {
  const objectList: IndexedObject[] = objects(contract.schema).map(([o, i]) => ({
    name: str(o.name),
    physicalName: str(o.physicalName),
    id: str(o.id),
    path: ['schema', i],
    value: o,
    properties: indexProperties(o.properties, ['schema', i, 'properties']),
  }));

  const objectById = (id: string) => objectList.find((o) => o.id === id);
  const propertyById = (list: readonly IndexedProperty[], id: string) => list.find((p) => p.id === id);

  const resolveFullyQualified = (reference: string): Resolution => {
    const segments = reference.replace(/^\//, '').split('/');
    if (segments.length % 2 !== 0 || segments[0] !== 'schema') return { status: 'unknown-form' };
    // Ids are the documented form; names are accepted too, as people write them.
    const object = objectById(segments[1]) ?? findByName(objectList, segments[1]);
    if (!object) return { status: 'missing-object', objectRef: segments[1] };
    let list = object.properties;
    let property: IndexedProperty | undefined;
    for (let k = 2; k < segments.length; k += 2) {
      if (segments[k] !== 'properties') return { status: 'unknown-form' };
      property = propertyById(list, segments[k + 1]) ?? findByName(list, segments[k + 1]);
      if (!property)
        return {
          status: 'missing-property',
          object,
          propertyRef: segments
            .slice(3)
            .filter((_, j) => j % 2 === 0)
            .join('.'),
        };
      list = property.properties;
    }
    return { status: 'found', object, property };
  };

  const resolveShorthand = (reference: string): Resolution => {
    const [objectRef, ...propertyRefs] = reference.split('.');
    const object = findByName(objectList, objectRef);
    if (!object) return { status: 'missing-object', objectRef };
    let list = object.properties;
    let property: IndexedProperty | undefined;
    for (const ref of propertyRefs) {
      property = findByName(list, ref);
      if (!property) return { status: 'missing-property', object, propertyRef: propertyRefs.join('.') };
      list = property.properties;
    }
    return { status: 'found', object, property };
  };

  const namesOf = (x: { name?: string; physicalName?: string }) => [
    ...new Set([x.name, x.physicalName].filter((n): n is string => !!n)),
  ];
  const shorthandNames = (): string[] =>
    objectList.flatMap((o) =>
      namesOf(o).flatMap((on) => [on, ...o.properties.flatMap((p) => namesOf(p).map((pn) => `${on}.${pn}`))]),
    );

  return {
    objects: objectList,
    objectByName: (name) => findByName(objectList, name),
    objectById,
    propertyByName: (list, name) => findByName(list, name),
    propertyById,
    resolve(reference) {
      const ref = reference.trim();
      if (ref === '') return { status: 'unknown-form' };
      if (ref.includes('#')) return { status: 'external' };
      if (ref.includes('/')) return resolveFullyQualified(ref);
      if (/\s/.test(ref)) return { status: 'unknown-form' };
      return resolveShorthand(ref);
    },
    shorthandNames,
    closestName(reference) {
      const ref = reference.trim();
      if (ref === '' || ref.includes('/')) return undefined;
      const parts = ref.split('.').length;
      const scored = shorthandNames()
        .filter((n) => n.split('.').length === parts)
        .map((n) => ({ n, d: distance(n.toLowerCase(), ref.toLowerCase()) }))
        .filter(({ d }) => d > 0 && d <= Math.max(2, Math.floor(ref.length / 4)))
        .sort((a, b) => a.d - b.d);
      // Two equally close names: do not guess.
      if (scored.length === 0 || (scored.length > 1 && scored[1].d === scored[0].d && scored[1].n !== scored[0].n))
        return undefined;
      return scored[0].n;
    },
  };
}
