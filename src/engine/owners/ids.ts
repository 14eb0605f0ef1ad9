// Identity references: one person or team is written differently in each catalogue.

export interface RefKey {
  /** Lower-case lookup key. */
  key: string;
  /** The same, in its original case, to show and write. */
  id: string;
  kind?: 'person' | 'team';
}

/**
 * Normalises a reference to a lookup key: `urn:li:corpuser:jdoe` → person `jdoe`, `urn:li:corpGroup:x` → team `x`,
 * `@org/team` → team `org/team`, `@jdoe` → person `jdoe`, `user:default/jdoe` → person `jdoe`, emails lower-cased.
 */
export function refKey(ref: string): RefKey {
  const r = ref.trim();
  const make = (id: string, kind?: 'person' | 'team'): RefKey => ({ key: id.toLowerCase(), id, kind });
  let m = /^urn:li:corpuser:(.+)$/i.exec(r);
  if (m) return make(m[1], 'person');
  m = /^urn:li:corpGroup:(.+)$/i.exec(r);
  if (m) return make(m[1], 'team');
  m = /^@([^/\s]+)\/(.+)$/.exec(r);
  if (m) return make(`${m[1]}/${m[2]}`, 'team');
  m = /^@(.+)$/.exec(r);
  if (m) return make(m[1], 'person');
  m = /^(user|group):(?:[^/:]+\/)?(.+)$/i.exec(r);
  if (m) return make(m[2], m[1].toLowerCase() === 'user' ? 'person' : 'team');
  return make(r);
}

/** The part after the last '/', so `moj/prisons-data` also finds team `prisons-data`. */
export function teamSlug(key: string): string {
  const i = key.lastIndexOf('/');
  return i >= 0 ? key.slice(i + 1) : key;
}

/** The words of a name: split at punctuation, spaces and case changes, lower-case, at least 3 letters, not numbers. */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return [...new Set(words.filter((w) => w.length >= 3 && !/^\d+$/.test(w)))];
}

export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(0, i) : '';
}
