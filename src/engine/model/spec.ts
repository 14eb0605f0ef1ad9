// The shape of the ODCS model as data: node kinds, their fields and the branch (if/then, oneOf)
// a given object falls into. The walker and the completion helpers both read this.
import type { Leaf } from './leaves';

export type OdcsVersion = 'v3.0.0' | 'v3.0.1' | 'v3.0.2' | 'v3.1.0' | 'v3.2.0';
export const ODCS_VERSIONS: readonly OdcsVersion[] = ['v3.0.0', 'v3.0.1', 'v3.0.2', 'v3.1.0', 'v3.2.0'];
/** The newest ODCS version this tool knows: new contracts use it and unknown v3 versions are checked as it. */
export const LATEST_ODCS_VERSION: OdcsVersion = 'v3.2.0';

export type NodeKind =
  | 'contract'
  | 'contractDescription'
  | 'schema'
  | 'property'
  | 'items'
  | 'logicalTypeOptions'
  | 'quality'
  | 'server'
  | 'team'
  | 'teamMember'
  | 'role'
  | 'support'
  | 'sla'
  | 'customProperty'
  | 'authoritativeDefinition'
  | 'price'
  | 'schemaRelationship'
  | 'propertyRelationship'
  | 'enumValue'
  | 'synonym'
  | 'map'
  | 'context'
  | 'contextStatement'
  | 'contextConstraint';

export interface ChildRef {
  kind: NodeKind;
  /** true: a list of such objects; false: one object. */
  list: boolean;
  /** A node that depends on the parent's branch (logicalTypeOptions); defaults to the model's node of `kind`. */
  spec?: NodeSpec;
  /** A list needs at least this many items. */
  minItems?: number;
  /** No two items of the list may be equal (JSON Schema uniqueItems). */
  uniqueItems?: boolean;
  /** A text is accepted instead of the object (`context: "…"`). */
  orText?: boolean;
}

export interface FieldSpec {
  description: string;
  deprecated?: boolean;
  /** A scalar or a list of scalars. */
  leaf?: Leaf;
  /** An object or a list of objects, validated as nodes of their own. */
  child?: ChildRef;
  /** `team`: a team object (v3.1.0) or the legacy list of members. */
  teamForms?: { object: NodeKind; legacyItem: NodeKind; objectAllowed: boolean };
}

export type Fields = Readonly<Record<string, FieldSpec>>;

/** The rules for one object once its branch is known. */
export interface Shape {
  fields: Fields;
  required: readonly string[];
  /** Open objects accept keys the schema does not list (no additional/unevaluatedProperties: false). */
  open: boolean;
  /** Keys listed in other branches are quietly accepted (the branch itself could not be decided). */
  tolerateOtherBranches?: boolean;
}

export interface NodeSpec {
  kind: NodeKind;
  /** Every key the node can have in any branch, for completion and for naming a key's branch. */
  allFields: Fields;
  /** The key that decides the branch; a bad value there is the only problem reported for the node. */
  discriminator?: string;
  shape(obj: Record<string, unknown>): Shape;
  /** The shape to offer while the author is still writing (e.g. a quality rule without a type is a library rule). */
  completionShape?(obj: Record<string, unknown>): Shape;
  /** Where a key of another branch belongs, e.g. "only allowed when type is sql". */
  whereAllowed?(key: string): string | undefined;
  /** Checks between keys that JSON Schema expresses with oneOf / not. */
  crossCheck?(obj: Record<string, unknown>, report: CrossReport): void;
}

export interface CrossReport {
  missingOneOf(keys: readonly string[], what: string): void;
  tooMany(keys: readonly string[], what: string): void;
  forbidden(key: string, why: string): void;
  /** `action` says what to do ("Make 'from' and 'to' both …"); the object's name follows it. */
  mismatch(key: string, action: string): void;
}

export type Model = Readonly<Record<NodeKind, NodeSpec>>;

export function simpleNode(kind: NodeKind, fields: Fields, required: readonly string[], open: boolean): NodeSpec {
  const shape: Shape = { fields, required, open };
  return { kind, allFields: fields, shape: () => shape };
}
