// Key and value lookups for the editor (completion, hover, guidance): which keys an object may
// have and which values a scalar may take, following the branch the author is in.
import type { JsonPath } from '../types';
import { modelFor } from './model';
import { LATEST_ODCS_VERSION, type FieldSpec, type Model, type NodeSpec, type OdcsVersion, type Shape } from './spec';

export interface KeyInfo {
  name: string;
  required: boolean;
  description: string;
  type: string;
  enumValues?: string[];
  deprecated?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function childAt(value: unknown, seg: string | number): unknown {
  return isObj(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[seg as never] : undefined;
}

function shapeOf(spec: NodeSpec, value: unknown): Shape {
  const obj = isObj(value) ? value : {};
  return spec.completionShape ? spec.completionShape(obj) : spec.shape(obj);
}

type Position = { spec: NodeSpec; value: unknown } | { field: FieldSpec; value: unknown; listOf?: NodeSpec };

/** Follows `path` through the document and the model; undefined when the path leaves the model. */
function resolve(model: Model, doc: unknown, path: JsonPath): Position | undefined {
  let pos: Position = { spec: model.contract, value: doc };
  for (const seg of path) {
    const value = childAt(pos.value, seg);
    if ('spec' in pos) {
      if (typeof seg !== 'string') return undefined;
      const field: FieldSpec | undefined = shapeOf(pos.spec, pos.value).fields[seg] ?? pos.spec.allFields[seg];
      if (!field) return undefined;
      if (field.child && !field.child.list) pos = { spec: field.child.spec ?? model[field.child.kind], value };
      else if (field.teamForms && !Array.isArray(value) && field.teamForms.objectAllowed)
        pos = { spec: model[field.teamForms.object], value };
      else pos = { field, value };
    } else {
      if (typeof seg !== 'number') return undefined;
      const field: FieldSpec = pos.field;
      if (field.child?.list) pos = { spec: field.child.spec ?? model[field.child.kind], value };
      else if (field.teamForms) pos = { spec: model[field.teamForms.legacyItem], value };
      else return undefined;
    }
  }
  return pos;
}

function typeOf(field: FieldSpec, model: Model): string {
  if (field.leaf) return field.leaf.typeName;
  if (field.child) return field.child.list ? `${field.child.kind}[]` : 'object';
  if (field.teamForms) return field.teamForms.objectAllowed ? 'team | teamMember[]' : 'teamMember[]';
  void model;
  return 'any';
}

function infoOf(name: string, field: FieldSpec, required: readonly string[], model: Model): KeyInfo {
  const info: KeyInfo = {
    name,
    required: required.includes(name),
    description: field.description,
    type: typeOf(field, model),
  };
  if (field.leaf?.enumValues) info.enumValues = [...field.leaf.enumValues];
  if (field.deprecated) info.deprecated = true;
  return info;
}

/** The keys allowed in the object at `path` (for the branch its logicalType / type / form selects). */
export function keysAt(
  value: unknown,
  path: JsonPath,
  version: OdcsVersion = LATEST_ODCS_VERSION,
): KeyInfo[] | undefined {
  const model = modelFor(version);
  const pos = resolve(model, value, path);
  if (!pos || !('spec' in pos)) return undefined;
  const shape = shapeOf(pos.spec, pos.value);
  return Object.entries(shape.fields).map(([name, field]) => infoOf(name, field, shape.required, model));
}

/** The values allowed for the scalar at `path`: an enum's values, or true/false. */
export function enumValuesAt(
  value: unknown,
  path: JsonPath,
  version: OdcsVersion = LATEST_ODCS_VERSION,
): string[] | undefined {
  const pos = resolve(modelFor(version), value, path);
  if (!pos || 'spec' in pos || !pos.field.leaf) return undefined;
  const leaf = pos.field.leaf;
  if (leaf.enumValues) return [...leaf.enumValues];
  if (leaf.typeName === 'boolean') return ['true', 'false'];
  return undefined;
}

/**
 * Every key of the newest model once, with a pattern such as 'schema[].properties[].logicalType'
 * (each kind of object is listed at its shortest path).
 */
export function allKeyPaths(): Array<{ pattern: string; info: KeyInfo }> {
  allKeys ??= collectKeyPaths();
  return allKeys.map((entry) => ({ pattern: entry.pattern, info: { ...entry.info } }));
}
let allKeys: Array<{ pattern: string; info: KeyInfo }> | undefined;

function collectKeyPaths(): Array<{ pattern: string; info: KeyInfo }> {
  const model = modelFor(LATEST_ODCS_VERSION);
  const out: Array<{ pattern: string; info: KeyInfo }> = [];
  const seen = new Set<NodeSpec>();
  const queue: Array<{ spec: NodeSpec; prefix: string; required: readonly string[] }> = [
    { spec: model.contract, prefix: '', required: model.contract.shape({}).required },
  ];
  while (queue.length) {
    const { spec, prefix, required } = queue.shift()!;
    if (seen.has(spec)) continue;
    seen.add(spec);
    for (const [name, field] of Object.entries(spec.allFields)) {
      const pattern = prefix + name;
      out.push({ pattern, info: infoOf(name, field, required, model) });
      const enqueue = (child: NodeSpec, p: string) =>
        queue.push({ spec: child, prefix: p, required: requiredOf(child) });
      if (field.child) enqueue(model[field.child.kind], `${pattern}${field.child.list ? '[]' : ''}.`);
      // the deprecated list form of team holds the same members as team.members[]
      if (field.teamForms) enqueue(model[field.teamForms.object], `${pattern}.`);
    }
  }
  return out;
}

function requiredOf(spec: NodeSpec): readonly string[] {
  // required keys that hold in every branch (e.g. a server's 'server' and 'type')
  return spec.shape({}).required;
}
