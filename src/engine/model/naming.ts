// Names for the things a contract is made of, the way an analyst says them:
// "property 'order_id' in schema 'orders'", "server 'production'", "quality rule #2 of …".
import type { JsonPath } from '../types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function label(item: unknown, keys: readonly string[], index: number): string {
  if (isObj(item)) {
    for (const k of keys) {
      const v = item[k];
      if (typeof v === 'string' && v.trim() !== '') return `'${v}'`;
      if (typeof v === 'number') return `'${v}'`;
    }
  }
  return `#${index + 1}`;
}

function rawName(item: unknown, index: number): string {
  if (isObj(item) && typeof item.name === 'string' && item.name.trim() !== '') return item.name;
  if (isObj(item) && typeof item.id === 'string' && item.id.trim() !== '') return item.id;
  // a name written as a number (name: 18) is still its name
  if (isObj(item) && typeof item.name === 'number' && Number.isFinite(item.name)) return String(item.name);
  return `#${index + 1}`;
}

const LIST_NOUNS: Record<string, { noun: string; keys: string[] }> = {
  schema: { noun: 'schema', keys: ['name', 'id'] },
  quality: { noun: 'quality rule', keys: ['name', 'id'] },
  servers: { noun: 'server', keys: ['server', 'id'] },
  members: { noun: 'team member', keys: ['username', 'name', 'id'] },
  team: { noun: 'team member', keys: ['username', 'name', 'id'] },
  roles: { noun: 'role', keys: ['role', 'id'] },
  support: { noun: 'support channel', keys: ['channel', 'id'] },
  slaProperties: { noun: 'SLA property', keys: ['property', 'id'] },
  customProperties: { noun: 'custom property', keys: ['property', 'id'] },
  authoritativeDefinitions: { noun: 'authoritative definition', keys: ['id'] },
  relationships: { noun: 'relationship', keys: ['id'] },
  enum: { noun: 'enum value', keys: ['value', 'label', 'id'] },
  synonyms: { noun: 'synonym', keys: ['synonym', 'id'] },
  verifiedStatements: { noun: 'verified statement', keys: ['id'] },
  constraints: { noun: 'constraint', keys: ['id'] },
};

const SINGLE_NOUNS: Record<string, string> = {
  description: 'the contract description',
  team: 'the team',
  price: 'the price',
};

/**
 * Names the object at `path` in plain English, e.g. "property 'customer.email' in schema 'orders'".
 * Returns lower-case text; use `capitalize` at the start of a sentence.
 */
export function nameOf(doc: unknown, path: JsonPath): string {
  let node: unknown = doc;
  let name = 'the contract';
  let owner = ''; // "schema 'orders'" or "property 'x' in schema 'orders'"
  let propertyChain: string[] = [];
  let schemaName = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next =
      isObj(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[seg as never] : undefined;
    if (typeof seg === 'number') {
      const listKey = path[i - 1];
      if (listKey === 'properties') {
        propertyChain = [...propertyChain, rawName(next, seg)];
        name = propertyName(propertyChain, schemaName);
      } else {
        const noun = LIST_NOUNS[String(listKey)] ?? { noun: 'item', keys: ['name', 'id'] };
        const own = `${noun.noun} ${label(next, noun.keys, seg)}`;
        if (listKey === 'schema' && i === 1) {
          schemaName = own;
          name = own;
        } else if (owner === '' || owner === 'the team') name = own;
        else name = `${own} of ${owner}`;
      }
      owner = name;
    } else if (i === path.length - 1 || isObj(next) || Array.isArray(next) || next === undefined) {
      if (seg === 'items') {
        propertyChain = [...propertyChain.slice(0, -1), `${propertyChain[propertyChain.length - 1] ?? ''}[]`];
        name = `the items of ${owner}`;
        owner = name;
      } else if (seg === 'logicalTypeOptions') {
        name = `the logicalTypeOptions of ${owner}`;
      } else if (seg === 'map' && owner.startsWith('property')) {
        name = `the map of ${owner}`;
        owner = name;
      } else if ((seg === 'key' || seg === 'value') && owner.startsWith('the map of ')) {
        name = `the map ${seg} of ${owner.slice('the map of '.length)}`;
        owner = name;
      } else if (seg === 'context') {
        name = i === 0 ? 'the contract context' : `the context of ${owner}`;
        owner = name;
      } else if (i === 0 && SINGLE_NOUNS[seg]) {
        name = SINGLE_NOUNS[seg];
        owner = seg === 'team' ? 'the team' : name;
      }
    }
    node = next;
  }
  return name;
}

function propertyName(chain: string[], schemaName: string): string {
  const joined = chain.join('.');
  const shown = chain.length === 1 && chain[0].startsWith('#') ? chain[0] : `'${joined}'`;
  return schemaName ? `property ${shown} in ${schemaName}` : `property ${shown}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A number as a reader knows it. YAML reads a number beyond about 1.8e308 (a 401-digit integer, say) as infinity,
 * which JSON would print as `null`: it is described instead.
 */
export function numberText(value: number): string {
  if (Number.isNaN(value)) return 'a value that is not a number (.nan)';
  if (value === Infinity) return 'a number too large to represent';
  if (value === -Infinity) return 'a negative number too large to represent';
  return String(value);
}

/** "the text "yes"", "the number 5", "a list", … */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `the text "${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : numberText(value);
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) {
    const short = value.length <= 5 && value.every((v) => v === null || typeof v !== 'object');
    const item = (v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? `(${numberText(v)})` : JSON.stringify(v);
    return short ? `the list [${value.map(item).join(', ')}]` : 'a list';
  }
  return 'a mapping';
}

/** How a key is shown: 'tags' or 'tags' item #2. */
export function keyText(key: string, rest: ReadonlyArray<string | number>): string {
  let out = `'${key}'`;
  for (const seg of rest) out += typeof seg === 'number' ? ` item #${seg + 1}` : ` key '${seg}'`;
  return out;
}
