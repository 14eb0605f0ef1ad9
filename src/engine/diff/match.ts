// Pairs the items of two lists by meaning: first by key (a name), then by id among the rest (a rename), so that
// moving items around is no change and renaming one is not a removal and an addition.

export interface Keyed {
  /** The natural key, usually the name; undefined when the item has none. */
  key?: string;
  id?: string;
}

export interface Matched<T> {
  pairs: Array<{ before: T; after: T; renamed: boolean }>;
  removed: T[];
  added: T[];
}

export function matchItems<T extends Keyed>(before: readonly T[], after: readonly T[]): Matched<T> {
  const pairs: Matched<T>['pairs'] = [];
  const left = new Set(before);
  const right = new Set(after);
  const pairBy = (field: 'key' | 'id', renamed: boolean) => {
    const waiting = new Map<string, T[]>();
    for (const b of left) {
      const k = b[field];
      if (k === undefined) continue;
      const queue = waiting.get(k);
      if (queue) queue.push(b);
      else waiting.set(k, [b]);
    }
    for (const a of after) {
      const k = a[field];
      if (!right.has(a) || k === undefined) continue;
      const b = waiting.get(k)?.shift();
      if (!b) continue;
      left.delete(b);
      right.delete(a);
      pairs.push({ before: b, after: a, renamed: renamed && b.key !== a.key });
    }
  };
  pairBy('key', false);
  pairBy('id', true);
  return { pairs, removed: [...left], added: after.filter((a) => right.has(a)) };
}
