// Pieces every migration uses: reading loosely typed input, keeping what has no ODCS place under customProperties
// (and saying so), and the type and duration vocabularies of the older formats.
import { isObject } from '../detect';

export type Json = Record<string, unknown>;

export const record = (value: unknown): Json => (isObject(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** What a migration could not place where ODCS has a key for it, in the words shown to the user. */
export class Notes {
  readonly kept: string[] = [];
  readonly dropped: string[] = [];
  readonly changed: string[] = [];

  /** Keeps `value` under the target's customProperties as `property`, and notes where it came from. */
  keep(target: Json, property: string, value: unknown, where: string): void {
    if (value === undefined) return;
    const props = (target.customProperties ??= []) as Array<{ property: string; value: unknown }>;
    props.push({ property, value: customValue(value) });
    this.kept.push(`${where} → customProperties '${property}'`);
  }
}

/** ODCS v3.1 custom property values are scalars or lists; a nested mapping is kept as its YAML-like text. */
function customValue(value: unknown): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value;
  return JSON.stringify(value);
}

/** Sets `key` only when the value is there (no nulls or empty strings written). */
export function put(target: Json, key: string, value: unknown): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return;
  if (Array.isArray(value) && value.length === 0) return;
  target[key] = value;
}

/** ODCS logical types for the type names of DCS, ODCS v2 and common SQL. */
const LOGICAL: Record<string, string> = {
  string: 'string',
  text: 'string',
  varchar: 'string',
  char: 'string',
  uuid: 'string',
  bytes: 'string',
  number: 'number',
  decimal: 'number',
  numeric: 'number',
  double: 'number',
  float: 'number',
  integer: 'integer',
  int: 'integer',
  long: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  timestamp_tz: 'timestamp',
  timestamp_ntz: 'timestamp',
  datetime: 'timestamp',
  time: 'time',
  object: 'object',
  record: 'object',
  struct: 'object',
  array: 'array',
};

/** The ODCS logicalType for a type name, or undefined when it has none (the name is kept as physicalType). */
export function logicalTypeOf(type: unknown): string | undefined {
  return typeof type === 'string' ? LOGICAL[type.trim().toLowerCase()] : undefined;
}

/** ISO 8601 durations (P1Y, P3M, PT25H) and short ones (25h, 1d, 7 days) as an ODCS SLA value and unit. */
export function durationOf(written: unknown): { value: number; unit: string } | undefined {
  if (typeof written === 'number') return { value: written, unit: 'd' };
  if (typeof written !== 'string') return undefined;
  const s = written.trim();
  const iso =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/i.exec(
      s,
    );
  if (iso && s.length > 1) {
    const parts: Array<[string | undefined, string]> = [
      [iso[1], 'y'],
      [iso[2], 'mo'],
      [iso[3], 'w'],
      [iso[4], 'd'],
      [iso[5], 'h'],
      [iso[6], 'min'],
    ];
    const present = parts.filter(([v]) => v !== undefined);
    if (present.length !== 1) return undefined;
    const [value, unit] = present[0];
    if (unit === 'w') return { value: Number(value) * 7, unit: 'd' };
    if (unit === 'mo') return { value: Number(value), unit: 'month' };
    return { value: Number(value), unit };
  }
  const short = /^(\d+(?:\.\d+)?)\s*(y|years?|d|days?|h|hours?|hrs?|m|mins?|minutes?|s|seconds?)$/i.exec(s);
  if (!short) return undefined;
  const unit = short[2].toLowerCase();
  const normal = unit.startsWith('y')
    ? 'y'
    : unit.startsWith('d')
      ? 'd'
      : unit.startsWith('h')
        ? 'h'
        : unit.startsWith('s')
          ? 's'
          : 'min';
  return { value: Number(short[1]), unit: normal };
}

/** ODCS status values; other words are mapped where the meaning is clear. */
export function statusOf(written: unknown): { status: string; changed: boolean } {
  const s = typeof written === 'string' ? written.trim().toLowerCase() : '';
  if (['proposed', 'draft', 'active', 'deprecated', 'retired'].includes(s)) return { status: s, changed: false };
  if (['production', 'released', 'live', 'stable'].includes(s)) return { status: 'active', changed: true };
  if (['development', 'in development', 'in-development', 'dev', 'testing', 'test'].includes(s))
    return { status: 'draft', changed: true };
  if (['sunset', 'obsolete'].includes(s)) return { status: 'deprecated', changed: true };
  return { status: 'draft', changed: s !== '' };
}
