// Comparing values by meaning: key order and the order of plain lists do not matter; bounds and sets are ordered
// by what they admit.

/**
 * A stable text for a value: keys sorted and lists sorted, so that form alone never differs. No list a comparison
 * reads this way has an order that means something (lists that do, such as properties, are matched item by item).
 */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        const n = normalise(v);
        return { n, key: JSON.stringify(n) ?? 'null' };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((e) => e.n);
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = normalise((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Which way a change goes: admits more, admits less, the same, or some of each. */
export type Direction = 'wider' | 'narrower' | 'same' | 'unordered';

/** A number, or a date or time written as ISO text; undefined when it cannot be ordered. */
export function orderable(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    if (Number.isFinite(n)) return n;
    if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
      const t = Date.parse(value.trim());
      if (Number.isFinite(t)) return t;
    }
  }
  return undefined;
}

export interface Bound {
  value: number;
  exclusive: boolean;
}

/**
 * Compares two bounds of one side. `lower`: a lower bound (minimum, minLength), where a smaller value admits more;
 * otherwise an upper bound. A missing bound admits everything on its side.
 */
export function compareBounds(before: Bound | undefined, after: Bound | undefined, lower: boolean): Direction {
  if (!before && !after) return 'same';
  if (!after) return 'wider';
  if (!before) return 'narrower';
  if (before.value === after.value) {
    if (before.exclusive === after.exclusive) return 'same';
    return after.exclusive ? 'narrower' : 'wider';
  }
  const moved = after.value < before.value;
  return moved === lower ? 'wider' : 'narrower';
}

/** Values only in one of two lists (compared by meaning). */
export function setDifference(
  before: readonly unknown[],
  after: readonly unknown[],
): { added: unknown[]; removed: unknown[] } {
  const b = new Set(before.map(canonical));
  const a = new Set(after.map(canonical));
  return {
    added: after.filter((v) => !b.has(canonical(v))),
    removed: before.filter((v) => !a.has(canonical(v))),
  };
}

/** Which way a set of numbers changed, given a test of membership for each side and the numbers that matter. */
export function compareSets(
  inBefore: (x: number) => boolean,
  inAfter: (x: number) => boolean,
  edges: number[],
): Direction {
  const sorted = [...new Set(edges.filter(Number.isFinite))].sort((x, y) => x - y);
  // Membership can only change at an edge: testing each edge, each gap between edges and beyond both ends decides.
  const points: number[] = [];
  if (sorted.length === 0) points.push(0);
  for (let i = 0; i < sorted.length; i++) {
    points.push(sorted[i]);
    if (i + 1 < sorted.length) points.push((sorted[i] + sorted[i + 1]) / 2);
  }
  if (sorted.length > 0) points.push(sorted[0] - 1, sorted[sorted.length - 1] + 1);
  let gained = false;
  let lost = false;
  for (const x of points) {
    const b = inBefore(x);
    const a = inAfter(x);
    if (a && !b) gained = true;
    if (b && !a) lost = true;
  }
  return gained && lost ? 'unordered' : gained ? 'wider' : lost ? 'narrower' : 'same';
}

const SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
  month: 2629800,
  months: 2629800,
  y: 31557600,
  yr: 31557600,
  year: 31557600,
  years: 31557600,
};

/** An SLA value in one comparable number: durations in seconds, percentages and dates as they are. */
export function slaMagnitude(value: unknown, unit: unknown): number | undefined {
  const u = typeof unit === 'string' ? unit.trim().toLowerCase() : '';
  let v = value;
  let inlineUnit = '';
  if (typeof value === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*([a-z%]*)\s*$/i.exec(value);
    if (m) {
      v = Number(m[1]);
      inlineUnit = m[2].toLowerCase();
    }
  }
  const n = orderable(v);
  if (n === undefined) return undefined;
  const factor = SECONDS[u || inlineUnit];
  return factor === undefined ? n : n * factor;
}
