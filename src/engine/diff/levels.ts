// The level of each kind of change for a consumer (reads the data) and a producer (writes it). Losing a guarantee
// breaks consumers; a new or stricter guarantee breaks producers, whose data written today may no longer meet it.
import type { Found } from './found';
import type { ChangeLevel, ChangeType, Perspective } from './types';

export const LEVELS: Record<ChangeType, Record<Perspective, ChangeLevel>> = {
  'object-added': { consumer: 'info', producer: 'warning' },
  'object-removed': { consumer: 'breaking', producer: 'info' },
  'object-renamed': { consumer: 'breaking', producer: 'breaking' },
  'property-added': { consumer: 'info', producer: 'warning' },
  'property-removed': { consumer: 'breaking', producer: 'info' },
  'property-renamed': { consumer: 'breaking', producer: 'breaking' },
  'logical-type-changed': { consumer: 'breaking', producer: 'breaking' },
  'physical-type-changed': { consumer: 'breaking', producer: 'breaking' },
  'required-relaxed': { consumer: 'breaking', producer: 'info' },
  'required-tightened': { consumer: 'info', producer: 'breaking' },
  'unique-relaxed': { consumer: 'breaking', producer: 'info' },
  'unique-tightened': { consumer: 'info', producer: 'breaking' },
  'primary-key-changed': { consumer: 'warning', producer: 'warning' },
  'range-widened': { consumer: 'breaking', producer: 'info' },
  'range-narrowed': { consumer: 'info', producer: 'breaking' },
  'valid-values-widened': { consumer: 'breaking', producer: 'info' },
  'valid-values-narrowed': { consumer: 'info', producer: 'breaking' },
  'quality-added': { consumer: 'info', producer: 'breaking' },
  'quality-removed': { consumer: 'breaking', producer: 'info' },
  'quality-loosened': { consumer: 'breaking', producer: 'info' },
  'quality-tightened': { consumer: 'info', producer: 'breaking' },
  'sla-added': { consumer: 'info', producer: 'breaking' },
  'sla-removed': { consumer: 'breaking', producer: 'info' },
  'sla-loosened': { consumer: 'breaking', producer: 'info' },
  'sla-tightened': { consumer: 'info', producer: 'breaking' },
  'classification-changed': { consumer: 'warning', producer: 'warning' },
  'server-changed': { consumer: 'warning', producer: 'warning' },
  'status-changed': { consumer: 'info', producer: 'info' },
  'owner-changed': { consumer: 'info', producer: 'info' },
  'description-changed': { consumer: 'info', producer: 'info' },
  'other-changed': { consumer: 'info', producer: 'info' },
};

const RANK: Record<ChangeLevel, number> = { info: 0, warning: 1, breaking: 2 };

export function worse(a: ChangeLevel, b: ChangeLevel): ChangeLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Statuses that tell consumers to move away. */
const LEAVING = new Set(['deprecated', 'retired']);

export function levelOf(found: Found, perspective: Perspective): ChangeLevel {
  const row = LEVELS[found.type];
  if (found.unordered) return worse(row.consumer, row.producer);
  // A new property the contract requires must be written by every producer from now on.
  if (found.type === 'property-added' && perspective === 'producer' && isRequired(found.after)) return 'breaking';
  // A contract that is being deprecated or retired asks its consumers to move.
  if (found.type === 'status-changed' && perspective === 'consumer' && LEAVING.has(String(found.after).toLowerCase()))
    return 'warning';
  return row[perspective];
}

function isRequired(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).required === true;
}
