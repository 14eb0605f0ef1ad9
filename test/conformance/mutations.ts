// A deterministic, seeded generator of broken (and sometimes still valid) contracts, for the
// differential test against the official JSON Schema.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = Array<string | number>;

export type MutationClass = 'remove-key' | 'wrong-type' | 'bad-enum' | 'unknown-key' | 'wrong-nesting';
export const MUTATION_CLASSES: MutationClass[] = [
  'remove-key',
  'wrong-type',
  'bad-enum',
  'unknown-key',
  'wrong-nesting',
];

export interface Mutation {
  cls: MutationClass;
  description: string;
  doc: Json;
}

/** mulberry32: small, fast and reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isObj = (v: unknown): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

function nodes(doc: Json, want: (v: Json, path: Path) => boolean): Path[] {
  const out: Path[] = [];
  const visit = (v: Json, path: Path) => {
    if (want(v, path)) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (isObj(v)) for (const k of Object.keys(v)) visit(v[k], [...path, k]);
  };
  visit(doc, []);
  return out;
}

function get(doc: Json, path: Path): Json {
  let v: Json = doc;
  for (const s of path) v = (v as never)[s];
  return v;
}

function set(doc: Json, path: Path, value: Json): void {
  const parent = get(doc, path.slice(0, -1)) as never as Record<string | number, Json>;
  parent[path[path.length - 1]] = value;
}

/** Which values the bad-enum class replaces, and the words and keys the mutations put in. */
export interface MutationVocabulary {
  enumKeys: ReadonlySet<string>;
  words: readonly string[];
  typoKeys: readonly string[];
}

export const VOCABULARY_V31: MutationVocabulary = {
  enumKeys: new Set(['logicalType', 'type', 'metric', 'dimension', 'kind', 'apiVersion', 'format']),
  words: [
    'datetime',
    'String',
    'sqll',
    'nullvalues',
    'rowcount',
    'Completeness',
    'postgress',
    'S3',
    'library ',
    'foreignkey',
    'v3.1',
    'TEXT',
    'i33',
    'f16',
    'map',
    'decimal',
    'DataContracts',
    'customs',
  ],
  typoKeys: [
    'descripton',
    'Name',
    'logicaltype',
    'physicalname',
    'requried',
    'qualiy',
    'owner',
    'severty',
    'x-extra',
    'mustbe',
    'elementName',
    'propertys',
    'items_',
    'tag',
    'member',
    'unit_',
    'enum',
  ],
};

/** The v3.1.0 vocabulary plus the enumerations, values and keys that v3.2.0 adds. */
export const VOCABULARY_V32: MutationVocabulary = {
  enumKeys: new Set([...VOCABULARY_V31.enumKeys, 'semanticType', 'elementType', 'distanceMetric']),
  words: [
    ...VOCABULARY_V31.words,
    'blob',
    'vector',
    'Map',
    'measures',
    'metric',
    'float',
    'cosinus',
    'hanna',
    'icebergs',
    'fastobject',
    'v3.2',
    'v3.3.0',
  ],
  typoKeys: [
    ...VOCABULARY_V31.typoKeys,
    'synonym',
    'enums',
    'deprecate',
    'semantic_type',
    'contxt',
    'workGroup',
    'vendr',
    'encodng',
    'dimensions',
    'map',
    'context',
    'deprecated',
    'synonyms',
  ],
};

export function* mutations(
  examples: Json[],
  perClass: number,
  seed: number,
  vocabulary: MutationVocabulary = VOCABULARY_V31,
): Generator<Mutation> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  for (const cls of MUTATION_CLASSES) {
    let made = 0;
    while (made < perClass) {
      const doc = structuredClone(pick(examples));
      const m = mutate(cls, doc, pick, random, vocabulary);
      if (!m) continue;
      made++;
      yield { cls, description: m, doc };
    }
  }
}

function mutate(
  cls: MutationClass,
  doc: Json,
  pick: <T>(items: readonly T[]) => T,
  random: () => number,
  vocabulary: MutationVocabulary,
): string | undefined {
  switch (cls) {
    case 'remove-key': {
      const keys = nodes(doc, (_v, p) => typeof p[p.length - 1] === 'string');
      if (!keys.length) return undefined;
      const path = pick(keys);
      delete (get(doc, path.slice(0, -1)) as Record<string, Json>)[path[path.length - 1] as string];
      return `remove ${path.join('.')}`;
    }
    case 'wrong-type': {
      const targets = nodes(doc, (_v, p) => p.length > 0);
      const path = pick(targets);
      const old = get(doc, path);
      const replacement: Json[] =
        typeof old === 'string'
          ? [42, true, null, [old], { value: old }]
          : typeof old === 'number'
            ? [String(old), 'yes', old + 0.5, [old]]
            : typeof old === 'boolean'
              ? ['yes', String(old), 1, null]
              : Array.isArray(old)
                ? ['list', { items: old.slice(0, 1) } as Json, 3]
                : old === null
                  ? ['', 0]
                  : ['text', [old], 7];
      const value = pick(replacement);
      set(doc, path, value);
      return `set ${path.join('.')} to ${JSON.stringify(value)}`;
    }
    case 'bad-enum': {
      const targets = nodes(doc, (v, p) => typeof v === 'string' && vocabulary.enumKeys.has(String(p[p.length - 1])));
      if (!targets.length) return undefined;
      const path = pick(targets);
      const old = get(doc, path) as string;
      const choices = [pick(vocabulary.words), old.toUpperCase(), old.slice(0, -1), old + 's', `${old} `];
      const value = pick(choices);
      set(doc, path, value);
      return `set ${path.join('.')} to ${JSON.stringify(value)}`;
    }
    case 'unknown-key': {
      const targets = nodes(doc, (v) => isObj(v));
      const path = pick(targets);
      const obj = get(doc, path) as Record<string, Json>;
      const existing = Object.keys(obj);
      const key = random() < 0.5 && existing.length ? mutateKey(pick(existing), random) : pick(vocabulary.typoKeys);
      if (key in obj) return undefined;
      obj[key] = random() < 0.5 ? 'x' : 1;
      return `add ${[...path, key].join('.')}`;
    }
    case 'wrong-nesting': {
      // move a key of an object into one of its sibling or child objects, or wrap/unwrap a value
      const targets = nodes(doc, (v, p) => p.length > 0 && typeof p[p.length - 1] === 'string');
      const path = pick(targets);
      const key = path[path.length - 1] as string;
      const parent = get(doc, path.slice(0, -1)) as Record<string, Json>;
      const value = parent[key];
      const how = Math.floor(random() * 3);
      if (how === 0) {
        set(doc, path, [value]);
        return `wrap ${path.join('.')} in a list`;
      }
      if (how === 1 && Array.isArray(value) && value.length) {
        set(doc, path, value[0]);
        return `unwrap ${path.join('.')} to its first item`;
      }
      const homes = nodes(doc, (v, p) => isObj(v) && p.length > 0 && !(key in (v as object)));
      if (!homes.length) return undefined;
      const home = pick(homes);
      if (home.join('.').startsWith(path.join('.'))) return undefined;
      delete parent[key];
      (get(doc, home) as Record<string, Json>)[key] = value;
      return `move ${path.join('.')} into ${home.join('.')}`;
    }
  }
}

function mutateKey(key: string, random: () => number): string {
  const i = Math.floor(random() * key.length);
  const r = random();
  if (r < 0.33) return key.slice(0, i) + key.slice(i + 1); // drop a letter
  if (r < 0.66) return key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase();
  return key + 's';
}
