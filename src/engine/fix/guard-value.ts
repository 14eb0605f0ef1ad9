// The value half of the fix guard: parse the text before and after a fix, and compare the two values so that every
// difference must lie where the fix may change something.
import { parseAllDocuments } from 'yaml';
import type { JsonPath } from '../types';
import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH } from '../parse/yaml-file';
import { fastParse } from '../parse/fast-yaml';

export interface Parsed {
  value: unknown;
  errors: number;
}

export function parseSlice(text: string): Parsed[] | null {
  // Plain YAML reads the same with the fast parser, which finds no errors in what it takes (see fast-yaml.ts).
  const fast = fastParse(text, MAX_NESTING_DEPTH + 1);
  if (fast) return [{ value: fast.value, errors: 0 }];
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent', merge: true });
  if (!Array.isArray(docs)) return [];
  try {
    return docs.map((d) => ({ value: d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: d.errors.length }));
  } catch {
    return null;
  }
}

/** No new errors, and every difference between the two values lies at or below `target` (none at all if null). */
export function sameShape(
  old: Parsed,
  now: Parsed,
  base: JsonPath,
  target: JsonPath | null,
  addAnywhere: boolean,
): boolean {
  if (now.errors > old.errors) return false;
  return diffWithin(
    old.value,
    now.value,
    [...base],
    (d) => target !== null && (allowed(d, target) || (addAnywhere && d.kind === 'added')),
  );
}

export interface Difference {
  path: JsonPath;
  kind: 'added' | 'removed' | 'changed';
}

/**
 * A difference at or below the target; beside it, in the map that holds the target, only what a rename or a move
 * does: a key or item added, or a whole key removed. An existing value elsewhere never changes.
 */
function allowed({ path, kind }: Difference, target: JsonPath): boolean {
  const under = (prefix: JsonPath) => path.length >= prefix.length && prefix.every((p, i) => p === path[i]);
  if (under(target)) return true;
  if (target.length === 0) return false;
  const parent = target.slice(0, -1);
  if (!under(parent)) return false;
  return kind === 'added' || (kind === 'removed' && path.length === target.length);
}

/** Whether every difference between the two values passes `ok`; stops at the first that does not. */
export function diffWithin(a: unknown, b: unknown, path: JsonPath, ok: (d: Difference) => boolean): boolean {
  if (Object.is(a, b)) return true;
  // Nested past any real contract (or a recursive alias): refuse.
  if (path.length > 500) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) {
        if (!ok({ path: [...path, i], kind: 'added' })) return false;
      } else if (i >= b.length) {
        if (!ok({ path: [...path, i], kind: 'removed' })) return false;
      } else if (!diffWithin(a[i], b[i], [...path, i], ok)) return false;
    }
    return true;
  }
  if (isPlain(a) && isPlain(b)) {
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) {
        if (!ok({ path: [...path, k], kind: 'removed' })) return false;
      } else if (!diffWithin(a[k], b[k], [...path, k], ok)) return false;
    }
    for (const k of Object.keys(b))
      if (!Object.hasOwn(a, k) && !ok({ path: [...path, k], kind: 'added' })) return false;
    return true;
  }
  if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return true;
  return ok({ path, kind: 'changed' });
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof Map) &&
    !(v instanceof Set)
  );
}

/** A set of fix targets, answering in time proportional to a difference's depth. */
export class Targets {
  private readonly exact = new Set<string>();
  private readonly parents = new Map<string, number>();

  constructor(targets: readonly JsonPath[]) {
    for (const t of targets) {
      this.exact.add(keyOf(t));
      if (t.length > 0) this.parents.set(keyOf(t.slice(0, -1)), t.length);
    }
  }

  allows({ path, kind }: Difference): boolean {
    for (let n = 0; n <= path.length; n++) {
      const prefix = keyOf(path.slice(0, n));
      if (this.exact.has(prefix)) return true;
      const depth = this.parents.get(prefix);
      if (depth !== undefined && (kind === 'added' || (kind === 'removed' && path.length === depth))) return true;
    }
    return false;
  }
}

const keyOf = (path: JsonPath): string => JSON.stringify(path);
