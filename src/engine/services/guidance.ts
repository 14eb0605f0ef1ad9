// Plain-English guidance for the key under the cursor (or for a path): what it means, what good looks like,
// an example, the quality dimension it feeds and the rules that check it.
import type { JsonPath, Position, ScoreArea } from '../types';
import { allRules } from '../rules';
import { docsUrlFor } from '../rules/define-rule';
import { keysAt, LATEST_ODCS_VERSION, parseOdcsVersion, type KeyInfo } from '../model';
import { guidanceEntry, kindAndKey, KIND_WORDS, patternToPath, type GuidanceKind } from '../guidance';
import { parseYamlFile } from '../parse/yaml-file';
import { pathAtPosition } from './path-at-position';

export interface RuleLink {
  id: string;
  code: string;
  description: string;
  docsUrl: string;
}

export interface Guidance {
  key: string;
  kind: GuidanceKind;
  /** "primaryKey — property (column)". */
  title: string;
  meaning: string;
  good?: string;
  example: string;
  dimension?: ScoreArea;
  required?: boolean;
  /** The type the standard expects, e.g. "string", "boolean", "enum". */
  type?: string;
  enumValues?: string[];
  deprecated?: boolean;
  rules: RuleLink[];
}

/** Guidance for a JSON path (['schema', 0, 'properties', 0, 'logicalType']) or a pattern ('schema[].properties[].logicalType'). */
export function guidanceForPath(path: JsonPath | string, contract?: unknown): Guidance | undefined {
  const jsonPath = typeof path === 'string' ? patternToPath(path) : path;
  const found = kindAndKey(jsonPath);
  if (!found) return undefined;
  const entry = guidanceEntry(found.kind, found.key);
  if (!entry) return undefined;
  const info = keyInfo(jsonPath, found.key, contract);
  return {
    key: found.key,
    kind: found.kind,
    title: `${found.key} — ${KIND_WORDS[found.kind]}`,
    meaning: entry.meaning,
    example: entry.example,
    rules: rulesAbout(found.key, entry.rules),
    ...(entry.good ? { good: entry.good } : {}),
    ...(entry.dimension ? { dimension: entry.dimension } : {}),
    ...(info ? { required: info.required, type: info.type } : {}),
    ...(info?.enumValues ? { enumValues: info.enumValues } : {}),
    ...(info?.deprecated ? { deprecated: true } : {}),
  };
}

/** Guidance for the key under the cursor, or for the key whose value the cursor is in. */
export function guidanceAt(text: string, position: Position): Guidance | undefined {
  const cursor = pathAtPosition(text, position);
  const onListValue = cursor.onListItem && cursor.range.start.character !== cursor.range.end.character;
  if (cursor.kind === 'key' && !cursor.key && !onListValue) return undefined;
  const parsed = parseYamlFile(text).documents[cursor.documentIndex];
  return guidanceForPath(cursor.path, parsed?.value);
}

function keyInfo(path: JsonPath, key: string, contract: unknown): KeyInfo | undefined {
  const keyAt = path.length - [...path].reverse().findIndex((s) => typeof s === 'string') - 1;
  const parent = path.slice(0, keyAt);
  const record = contract as Record<string, unknown> | undefined;
  const version = parseOdcsVersion(typeof record?.apiVersion === 'string' ? record.apiVersion : LATEST_ODCS_VERSION);
  const keys = keysAt(
    contract ?? {},
    parent,
    version === 'v2' || version === undefined ? LATEST_ODCS_VERSION : version,
  );
  return keys?.find((k) => k.name === key);
}

/** The rules the guidance names, plus any registered rule whose description quotes the key. */
function rulesAbout(key: string, named: readonly string[] = []): RuleLink[] {
  const quoted = new RegExp(`['\`](?:[\\w]+\\.)*${key}['\`:]`);
  return allRules
    .filter((r) => named.includes(r.meta.id) || (key.length > 2 && quoted.test(r.meta.description)))
    .map((r) => ({
      id: r.meta.id,
      code: r.meta.code,
      description: r.meta.description,
      docsUrl: docsUrlFor(r.meta.id),
    }));
}
