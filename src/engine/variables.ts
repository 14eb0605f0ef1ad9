// ODCS v3.2.0 variables: any string value may hold `${NAME}` or `${NAME:-default}`, replaced by tools at run time.
// Shared by the contract-variables rule and the hover, so both see the same uses with the same names for places.
import type { JsonPath } from './types';
import { partFinder, type ContractParts } from './contract-nodes';
import { walkValues, type ContractValues } from './contract-values';

export interface VariableUse {
  name: string;
  /** The inline default of `${NAME:-default}`; undefined for `${NAME}`. */
  defaultValue?: string;
  /** The string value that holds the reference. */
  path: JsonPath;
  /** Offset of `${` in that string. */
  offset: number;
  /** The reference as written, e.g. `${DB_NAME:-orders}`. */
  text: string;
  /** How many times the same reference appears earlier in the same string (0 for the first). */
  repeat: number;
}

/** `${NAME}` or `${NAME:-default}`; names as POSIX shells accept them. */
export const VARIABLE_PATTERN = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

// Inside a quality query these are the placeholders that data-quality tools fill in per rule, not variables.
const QUERY_PLACEHOLDERS = new Set(['object', 'table', 'model', 'property', 'column', 'field']);

/** Variables exist from ODCS v3.2.0 on; in older contracts `${…}` is plain text. */
export function supportsVariables(apiVersion: unknown): boolean {
  const m = typeof apiVersion === 'string' ? /^v?(\d+)\.(\d+)/.exec(apiVersion.trim()) : null;
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 3 || (major === 3 && minor >= 2);
}

/** The variable references in one string value. */
export function variablesIn(value: string, path: JsonPath): VariableUse[] {
  const inQuery = path[path.length - 1] === 'query' && path[path.length - 3] === 'quality';
  const uses: VariableUse[] = [];
  const written = new Map<string, number>();
  for (const m of value.matchAll(VARIABLE_PATTERN)) {
    const repeat = written.get(m[0]) ?? 0;
    written.set(m[0], repeat + 1);
    if (inQuery && QUERY_PLACEHOLDERS.has(m[1].toLowerCase())) continue;
    uses.push({
      name: m[1],
      ...(m[2] !== undefined ? { defaultValue: m[2] } : {}),
      path,
      offset: m.index,
      text: m[0],
      repeat,
    });
  }
  return uses;
}

/** Every variable reference in the contract's string values, in document order. `text` spares the walk when it holds none. */
export function findVariableUses(contract: unknown, text: string): VariableUse[] {
  return text.includes('${') ? variableUsesIn(walkValues(contract), text) : [];
}

/** {@link findVariableUses} over a walk already made (a rule reads the one its contract's parts keep). */
export function variableUsesIn(values: ContractValues, text: string): VariableUse[] {
  if (!text.includes('${')) return [];
  const uses: VariableUse[] = [];
  for (const node of values.texts) {
    const value = node.value as string;
    if (value.includes('${')) uses.push(...variablesIn(value, node.path));
  }
  return uses;
}

export interface Place {
  /** The key (or dotted keys) of the value inside its part, e.g. `host`; undefined for a list item. */
  field?: string;
  /** The named part that holds it, e.g. "server 'prod_db'"; undefined at the top level. */
  owner?: string;
}

/** Says where a value is, the way messages name things: the `host` of server 'prod_db', or `name` at the top level. */
export function placeFinder(parts: ContractParts): (path: JsonPath) => Place {
  const partOf = partFinder(parts);
  const fieldOf = (rest: JsonPath) => rest.filter((s) => typeof s === 'string').join('.') || undefined;
  return (path) => {
    const found = partOf(path);
    return found ? { field: fieldOf(path.slice(found.depth)), owner: found.part.label } : { field: fieldOf(path) };
  };
}

export interface VariableSummary {
  name: string;
  /** The first default given for it, if any use gives one. */
  defaultValue?: string;
  uses: VariableUse[];
}

/** Uses grouped by variable name, sorted by name. */
export function summarizeVariables(uses: readonly VariableUse[]): VariableSummary[] {
  const byName = new Map<string, VariableSummary>();
  for (const use of uses) {
    const entry = byName.get(use.name) ?? { name: use.name, uses: [] };
    entry.defaultValue ??= use.defaultValue;
    entry.uses.push(use);
    byName.set(use.name, entry);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
