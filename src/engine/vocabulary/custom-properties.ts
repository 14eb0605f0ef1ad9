// Reads the contract-level `customProperties` entries that our conventions rely on (dpia, securityClassification, …).
import type { ContractParts, ItemRef } from '../contract-nodes';
import { str } from '../contract-nodes';

const normal = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The first contract-level custom property whose key is one of `keys` (case, spaces, `_` and `-` ignored). */
export function findCustomProperty(parts: ContractParts, keys: readonly string[]): ItemRef | undefined {
  const wanted = new Set(keys.map(normal));
  return parts.customProperties.find((c) => {
    const k = str(c.value.property);
    return k !== undefined && wanted.has(normal(k));
  });
}

/** True when a custom property carries a value someone filled in (not null, not blank). */
export function hasValue(item: ItemRef | undefined): boolean {
  if (!item) return false;
  const v = item.value.value;
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
