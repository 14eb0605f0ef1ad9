// Repeated findings of one rule within one schema object become one finding that names every place, so a generated
// contract with 400 undocumented columns reads as one problem per table, not 400. Each place stays as related
// information (VS Code, SARIF, JSON), and the individual fixes stay only when all of them can be applied together.
import type { Finding, Fix, JsonPath } from './types';
import { isObject } from './detect';
import { ruleById } from './rules';
import { formatMessage } from './rules/define-rule';
import { chooseNonOverlappingFixes } from './fix/fix-all';
import { MESSAGE_LIMIT, middleEllipsis } from './rules/helpers-message';

/** How many names a grouped message lists before "… and N more". */
const LISTED = 3;

/** Groups the findings of rules that declare `meta.grouping`; the rest pass through in order. */
export function groupRepeatedFindings(findings: readonly Finding[], contract: unknown): Finding[] {
  const groups = new Map<string, Finding[]>();
  const keyOf = new Map<Finding, string>();
  for (const f of findings) {
    const template = f.messageId === undefined ? undefined : groupingTemplate(f.ruleId, f.messageId);
    const schemaIndex = f.path[0] === 'schema' && typeof f.path[1] === 'number' ? f.path[1] : undefined;
    if (template === undefined || schemaIndex === undefined) continue;
    const key = [f.documentIndex ?? 0, f.ruleId, f.messageId, schemaIndex, f.severity].join('\u0000');
    keyOf.set(f, key);
    const members = groups.get(key);
    if (members) members.push(f);
    else groups.set(key, [f]);
  }

  const out: Finding[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const key = keyOf.get(f);
    const members = key === undefined ? undefined : groups.get(key);
    if (key === undefined || !members) {
      out.push(f);
      continue;
    }
    if (done.has(key)) continue;
    const names = unique(members.map((m) => placeName(contract, m.path)));
    if (names.length < 2) {
      out.push(f);
      continue;
    }
    done.add(key);
    out.push(grouped(members, names, contract));
  }
  return out;
}

function groupingTemplate(ruleId: string, messageId: string): string | undefined {
  const grouping = ruleById.get(ruleId)?.meta.grouping as Record<string, string | undefined> | undefined;
  return grouping?.[messageId];
}

function grouped(members: Finding[], names: string[], contract: unknown): Finding {
  const [first] = members;
  const schemaIndex = first.path[1] as number;
  const template = groupingTemplate(first.ruleId, first.messageId!)!;
  const data = { count: names.length, schema: schemaLabel(contract, schemaIndex) };
  // the names get the room the rest of the message leaves
  const room = MESSAGE_LIMIT - formatMessage(template, { ...data, names: '' }).length;
  const listed = listNames(names, room);
  const filled = formatMessage(template, { ...data, names: listed });
  const fix = combinedFix(members);
  const suggestions = combinedSuggestions(members);
  const { fix: _fix, suggestions: _suggestions, detail: _detail, ...rest } = first;
  // what every place's detail says, and every name when the message lists only some
  const shared = members.every((m) => m.detail === first.detail) ? first.detail : undefined;
  const every = listed !== names.join(', ') ? `All ${names.length}: ${names.join(', ')}.` : undefined;
  const detail = [shared, every].filter(Boolean).join('\n\n');
  return {
    ...rest,
    message: filled.charAt(0).toUpperCase() + filled.slice(1),
    ...(detail ? { detail } : {}),
    related: members.map((m) => ({ path: m.path, range: m.range, message: m.message })),
    ...(fix ? { fix } : {}),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

/** Every member's safe fix, when each has one and none clashes with another; otherwise none (fix them one by one). */
function combinedFix(members: Finding[]): Fix | undefined {
  if (!members.every((m) => m.fix)) return undefined;
  if (chooseNonOverlappingFixes(members).length !== members.length) return undefined;
  const titles = unique(members.map((m) => m.fix!.title));
  const title = titles.length === 1 ? `${titles[0]} (all ${members.length})` : `Apply all ${members.length} fixes`;
  return { title, edits: members.flatMap((m) => m.fix!.edits) };
}

/** A suggestion every member offers under the same title, applied to all of them at once, when the edits do not clash. */
function combinedSuggestions(members: Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const { title } of members[0].suggestions ?? []) {
    const picked = members.map((m) => m.suggestions?.find((s) => s.title === title));
    if (picked.some((s) => s === undefined)) continue;
    const asFindings = picked.map((s, i) => ({ ...members[i], fix: s! }));
    if (chooseNonOverlappingFixes(asFindings).length !== members.length) continue;
    out.push({ title: `${title} (all ${members.length})`, edits: picked.flatMap((s) => s!.edits) });
  }
  return out;
}

/** How many characters of names a grouped message lists at most, so it stays short in the Problems panel. */
const LISTED_CHARACTERS = 48;

/**
 * "a, b, c, d" or "a, b, c and 7 more" in at most `room` characters (and LISTED_CHARACTERS); long names are listed
 * fewer at a time, always at least one.
 */
export function listNames(names: readonly string[], room = LISTED_CHARACTERS): string {
  const limit = Math.min(room, LISTED_CHARACTERS);
  const more = (shown: number) => (shown < names.length ? ` and ${names.length - shown} more` : '');
  const fits = (shown: number) => names.slice(0, shown).join(', ').length + more(shown).length <= limit;
  if (names.length <= LISTED + 1 && fits(names.length)) return names.join(', ');
  let shown = Math.min(LISTED, names.length);
  while (shown > 1 && !fits(shown)) shown--;
  // one name too long for the room is cut in the middle (the detail names every place in full)
  if (shown === 1 && !fits(1)) return `${middleEllipsis(names[0], Math.max(12, limit - more(1).length))}${more(1)}`;
  return `${names.slice(0, shown).join(', ')}${more(shown)}`;
}

function schemaLabel(contract: unknown, index: number): string {
  const object = isObject(contract) && Array.isArray(contract.schema) ? contract.schema[index] : undefined;
  const name = isObject(object) ? object.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? `schema '${name}'` : `schema #${index + 1}`;
}

/**
 * The short name of the place a finding is about, inside its schema object: a property ("customer.email"), array items
 * ("tags[]"), a quality rule or relationship ("row_count", "#2", "#1 of order_id"), or the schema object itself.
 */
export function placeName(contract: unknown, path: JsonPath): string {
  let node: unknown =
    isObject(contract) && Array.isArray(contract.schema) ? contract.schema[path[1] as number] : undefined;
  const own = isObject(node) && typeof node.name === 'string' ? node.name : `#${(path[1] as number) + 1}`;
  const properties: string[] = [];
  for (let i = 2; i < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if (key === 'items') {
      node = isObject(node) ? node.items : undefined;
      if (properties.length > 0) properties[properties.length - 1] += '[]';
      continue;
    }
    if (typeof index !== 'number' || (key !== 'properties' && key !== 'quality' && key !== 'relationships')) break;
    const item = isObject(node) && Array.isArray(node[key]) ? (node[key] as unknown[])[index] : undefined;
    const name = isObject(item) && typeof item.name === 'string' && item.name.trim() !== '' ? item.name : undefined;
    if (key === 'properties') {
      properties.push(name ?? `#${index + 1}`);
      node = item;
      i++;
      continue;
    }
    // A quality rule or relationship ends the walk: it is the place.
    const label = name ?? `#${index + 1}`;
    return properties.length > 0 ? `${label} of ${properties.join('.')}` : label;
  }
  return properties.length > 0 ? properties.join('.') : own;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
