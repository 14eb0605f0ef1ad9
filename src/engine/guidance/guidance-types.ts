// The shape of the guidance texts: plain data, one entry per key of each kind of object in a contract.
import type { ScoreArea } from '../types';

export interface GuidanceEntry {
  /** What the key means, for someone on their first day. */
  meaning: string;
  /** What a good value looks like, in one sentence. */
  good?: string;
  /** A short YAML example, written at the key's own level. */
  example: string;
  /** The area of the quality score the key feeds. */
  dimension?: ScoreArea;
  /** Ids of rules that check this key. */
  rules?: string[];
}

export type GuidanceTable = Readonly<Record<string, GuidanceEntry>>;

/** The kinds of object in a contract that guidance is written for. */
export type GuidanceKind =
  | 'contract'
  | 'description'
  | 'schema'
  | 'property'
  | 'logicalTypeOptions'
  | 'relationship'
  | 'quality'
  | 'server'
  | 'team'
  | 'teamMember'
  | 'role'
  | 'support'
  | 'sla'
  | 'price'
  | 'customProperty'
  | 'authoritativeDefinition'
  | 'enumValue'
  | 'map'
  | 'synonym'
  | 'context'
  | 'contextStatement'
  | 'contextConstraint';

export const g = (
  meaning: string,
  example: string,
  extra: Omit<GuidanceEntry, 'meaning' | 'example'> = {},
): GuidanceEntry => ({ meaning, example, ...extra });
