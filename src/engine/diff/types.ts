// What comparing two versions of a contract produces: typed changes with a level, and a verdict on the version.

/** Stable ids of the kinds of change; each is documented with an example in docs/diff.md. */
export const CHANGE_TYPES = [
  'object-added',
  'object-removed',
  'object-renamed',
  'property-added',
  'property-removed',
  'property-renamed',
  'logical-type-changed',
  'physical-type-changed',
  'required-relaxed',
  'required-tightened',
  'unique-relaxed',
  'unique-tightened',
  'primary-key-changed',
  'range-widened',
  'range-narrowed',
  'valid-values-widened',
  'valid-values-narrowed',
  'quality-added',
  'quality-removed',
  'quality-loosened',
  'quality-tightened',
  'sla-added',
  'sla-removed',
  'sla-loosened',
  'sla-tightened',
  'classification-changed',
  'server-changed',
  'status-changed',
  'owner-changed',
  'description-changed',
  'other-changed',
] as const;

export type ChangeType = (typeof CHANGE_TYPES)[number];
export type ChangeLevel = 'breaking' | 'warning' | 'info';
/** Who the change is judged for: someone reading the data (consumer) or someone writing it (producer). */
export type Perspective = 'consumer' | 'producer';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface Change {
  type: ChangeType;
  level: ChangeLevel;
  /** The schema object (its new name), or null for a change to the whole contract. */
  schema: string | null;
  /** The property, nested ones as `address.street`; null for an object or the whole contract. */
  property: string | null;
  /** 1-based line in the new file; for a removal, the line of the nearest part that is still there. */
  line: number;
  message: string;
  before: unknown;
  after: unknown;
}

export interface VersionVerdict {
  base: string | null;
  head: string | null;
  /** The smallest bump the changes ask for. */
  required: Bump;
  /** Whether the head version is at least that bump above the base version. */
  ok: boolean;
  /** Why the verdict could not be reached from the versions, when it could not. */
  problem?: string;
}

export interface ContractDiff {
  changes: Change[];
  summary: Record<ChangeLevel, number>;
  version: VersionVerdict;
  /** Set when one of the texts is not a contract that can be read; the changes are then empty. */
  problem?: string;
}
