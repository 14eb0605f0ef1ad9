// Completion: the keys allowed at the cursor, the values a key takes, names where a reference is expected,
// and people from the catalogue for a team member. Works on the half-typed line being edited.
import type { JsonPath, Position, Range } from '../types';
import {
  enumValuesAt,
  guessOdcsVersion,
  keysAt,
  LATEST_ODCS_VERSION,
  ODCS_VERSIONS,
  parseOdcsVersion,
  type KeyInfo,
  type OdcsVersion,
} from '../model';
import { parseYamlFile } from '../parse/yaml-file';
import { isObject } from '../detect';
import { guidanceForPath } from './guidance';
import { renderGuidance } from './hover';
import { escapeMarkdown } from './markdown';
import { pathAtPosition, type CursorPath } from './path-at-position';
import { referenceKindAt, referencesIn, sqlNamesFor, vocabularyAt } from './completion-values';
import { asListItem, contractSnippet, entrySnippetsFor, KEY_BLOCKS, type EntrySnippet } from './completion-snippets';
import { DEFAULT_NEW_CONTRACT_VERSION, type NewContractVersion } from '../config/settings';
import { oneLine, shorten, valueNote } from './completion-value-notes';
import { kindAndKey, type GuidanceKind } from '../guidance';

/** LSP CompletionItemKind numbers (VS Code's enum is one lower). */
export const CompletionItemKind = {
  Text: 1,
  Field: 5,
  Module: 9,
  Property: 10,
  Value: 12,
  Keyword: 14,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
} as const;
/** LSP InsertTextFormat. */
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;

export interface CompletionItem {
  label: string;
  kind: number;
  detail?: string;
  documentation?: { kind: 'markdown'; value: string };
  insertText: string;
  insertTextFormat: 1 | 2;
  sortText: string;
  filterText?: string;
  textEdit: { range: Range; newText: string };
  /** LSP CompletionItemTag 1: deprecated. */
  tags?: 1[];
}

export interface OwnerCandidate {
  id: string;
  name?: string;
  score: number;
  evidence: string[];
  kind?: 'person' | 'team';
}

export interface CompletionOptions {
  /** People for `team.members[].username` (`role` is the member's role) or teams for `team.name`, best first. */
  ownerCandidates?: (role?: string, field?: 'username' | 'teamName') => OwnerCandidate[];
  /** The organisation's agreed classification values (settings), proposed for `classification`. */
  classifications?: readonly string[];
  /** The version new contracts are written in (settings), used for a file that does not declare one yet. */
  odcsVersion?: NewContractVersion;
}

export function getCompletions(text: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  const cursor = pathAtPosition(text, position);
  const parsed = parseYamlFile(text).documents[cursor.documentIndex]?.value;
  const contract = isObject(parsed) ? parsed : {};
  const version = versionOf(contract, options.odcsVersion);

  if (cursor.kind === 'key') {
    const keys = keysAt(contract, cursor.parentPath, version);
    const v32 = ODCS_VERSIONS.indexOf(version) >= ODCS_VERSIONS.indexOf('v3.2.0');
    if (keys)
      return [
        ...keyItems(keys, cursor, contract),
        ...snippetItems(cursor, v32),
        ...skeletonItems(cursor, options.odcsVersion),
      ];
    if (cursor.onListItem) return valueItems({ ...cursor, path: cursor.parentPath }, contract, version, options);
    return listItemSnippets(cursor, v32);
  }
  const line = text.split(/\r?\n/)[cursor.range.end.line] ?? '';
  return valueItems(cursor, contract, version, options, line.slice(cursor.range.end.character));
}

/** The version whose keys to offer: the declared one, the one an unknown version is checked as, or the one new contracts use. */
function versionOf(
  contract: Record<string, unknown>,
  newContracts: NewContractVersion = DEFAULT_NEW_CONTRACT_VERSION,
): OdcsVersion {
  if (contract.apiVersion === undefined || contract.apiVersion === null) return newContracts;
  const v = parseOdcsVersion(contract.apiVersion);
  if (v !== undefined && v !== 'v2') return v;
  const guess =
    typeof contract.apiVersion === 'string' ? guessOdcsVersion(contract.apiVersion, contract).checkAs : undefined;
  return guess === undefined || guess === 'v2' ? LATEST_ODCS_VERSION : guess;
}

/** Keys the quality score and the rules look for, by kind of object: offered right after the required ones. */
const RECOMMENDED: Partial<Record<GuidanceKind, readonly string[]>> = {
  contract: ['name', 'status', 'domain', 'description', 'team', 'schema', 'support', 'slaProperties'],
  description: ['purpose', 'usage', 'limitations'],
  schema: ['description', 'dataGranularityDescription', 'physicalType', 'properties', 'quality'],
  property: [
    'description',
    'logicalType',
    'primaryKey',
    'required',
    'unique',
    'criticalDataElement',
    'classification',
    'logicalTypeOptions',
    'quality',
    'relationships',
    'examples',
  ],
  team: ['name', 'members'],
  teamMember: ['username', 'role', 'name'],
  support: ['channel', 'url', 'tool'],
  sla: ['property', 'value', 'unit', 'element'],
  quality: ['type', 'dimension', 'metric', 'mustBe', 'description', 'query'],
  relationship: ['type', 'to'],
};

/**
 * Keys by importance: required first, then the ones the score or a rule looks for (recommended), then the rest,
 * deprecated last; within each group in the standard's own order, not alphabetically.
 */
function keyItems(keys: KeyInfo[], cursor: CursorPath, contract: unknown): CompletionItem[] {
  const onExistingKey = cursor.key !== undefined;
  const range = cursor.keyRange ?? cursor.range;
  return keys
    .map((k, index) => ({ k, index }))
    .filter(({ k }) => !cursor.existingKeys.includes(k.name))
    .map(({ k, index }): CompletionItem => {
      const snippet = onExistingKey ? k.name : (KEY_BLOCKS[k.name] ?? keySnippet(k));
      const guidance = guidanceForPath([...cursor.parentPath, k.name], contract);
      const where = kindAndKey([...cursor.parentPath, k.name]);
      const recommended = where !== undefined && (RECOMMENDED[where.kind]?.includes(k.name) ?? false);
      const rank = k.deprecated ? 9 : k.required ? 0 : recommended ? 1 : 2;
      const label = k.deprecated ? 'deprecated' : k.required ? 'required' : recommended ? 'recommended' : undefined;
      return {
        label: k.name,
        kind: CompletionItemKind.Property,
        detail: `${label ? `${label} · ` : ''}${oneLine(k.description, 70)}`,
        // completion documentation runs no commands: rule pages are linked by address
        ...(guidance
          ? { documentation: { kind: 'markdown' as const, value: renderGuidance(guidance, { docsLinks: 'url' }) } }
          : {}),
        insertText: snippet,
        insertTextFormat: onExistingKey ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
        sortText: `${rank}_${String(index).padStart(3, '0')}`,
        textEdit: { range, newText: snippet },
        ...(k.deprecated ? { tags: [1 as const] } : {}),
      };
    });
}

/** Ready-made entries, offered only on a fresh list item (nothing typed in it yet). */
function snippetItems(cursor: CursorPath, v32: boolean): CompletionItem[] {
  if (cursor.key !== undefined || cursor.existingKeys.length > 0) return [];
  return entrySnippetsFor(cursor.parentPath, v32).map((s, i) => snippetItem(s, cursor.range, `2_${i}`));
}

/** On a line under a list's key (no `- ` typed yet): the same entries, each as a whole list item. */
function listItemSnippets(cursor: CursorPath, v32: boolean): CompletionItem[] {
  if (cursor.key !== undefined || cursor.existingKeys.length > 0) return [];
  return entrySnippetsFor([...cursor.parentPath, 0], v32).map((s, i) =>
    snippetItem(asListItem(s), cursor.range, `2_${i}`),
  );
}

/** A whole contract, at the start of a line in a file with no keys yet. */
function skeletonItems(
  cursor: CursorPath,
  version: NewContractVersion = DEFAULT_NEW_CONTRACT_VERSION,
): CompletionItem[] {
  if (cursor.parentPath.length > 0 || cursor.existingKeys.length > 0 || cursor.range.start.character !== 0) return [];
  return [snippetItem(contractSnippet(version), cursor.range, '3_0')];
}

function snippetItem(s: EntrySnippet, range: Range, sortText: string): CompletionItem {
  return {
    label: s.label,
    kind: CompletionItemKind.Snippet,
    detail: s.detail,
    documentation: {
      kind: 'markdown',
      value: [
        '```yaml',
        s.body
          .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
          .replace(/\$\{\d+:([^}]*)\}/g, '$1')
          .replace(/\$0/g, ''),
        '```',
      ].join('\n'),
    },
    insertText: s.body,
    insertTextFormat: InsertTextFormat.Snippet,
    sortText,
    filterText: s.prefix ? `${s.prefix} ${s.label}` : s.label,
    textEdit: { range, newText: s.body },
  };
}

function keySnippet(k: KeyInfo): string {
  const choices = k.enumValues ?? (k.type === 'boolean' ? ['true', 'false'] : undefined);
  if (choices && choices.length > 0) return `${k.name}: \${1|${choices.map(escapeChoice).join(',')}|}`;
  if (k.type.endsWith('[]')) return `${k.name}:\n  - $0`;
  if (k.type === 'object' || k.type.startsWith('team')) return `${k.name}:\n  $0`;
  return `${k.name}: $0`;
}

const escapeChoice = (v: string) => v.replace(/([\\$}|,])/g, '\\$1');

function valueItems(
  cursor: CursorPath,
  contract: Record<string, unknown>,
  version: OdcsVersion,
  options: CompletionOptions,
  lineSuffix = '',
): CompletionItem[] {
  const path = cursor.path;
  const reference = referenceKindAt(path);
  if (reference === 'sql') return sqlItems(cursor, contract, lineSuffix);
  if (reference) {
    const refs = referencesIn(contract, path).filter((r) => reference === 'sla-element' || r.kind === 'property');
    const ownFirst = reference !== 'relationship-to';
    return refs
      .map((r, i) =>
        plainItem(
          r.text,
          cursor.range,
          CompletionItemKind.Reference,
          `${r.kind === 'object' ? 'table' : 'property'}${r.description ? ` · ${r.description}` : ''}`,
          `${r.own === ownFirst ? 0 : 1}_${String(i).padStart(4, '0')}`,
        ),
      )
      .sort((a, b) => a.sortText.localeCompare(b.sortText));
  }
  const people = peopleItems(cursor, contract, options);
  if (people) return people;
  const values = [
    ...(enumValuesAt(contract, path, version) ?? []),
    ...(vocabularyAt(path, options.classifications) ?? []),
  ];
  return [...new Set(values)].map((v, i) => {
    const note = valueNote(path, v);
    return {
      ...plainItem(
        yamlScalar(v),
        cursor.range,
        CompletionItemKind.EnumMember,
        oneLine(note),
        String(i).padStart(4, '0'),
        v,
      ),
      documentation: { kind: 'markdown' as const, value: escapeMarkdown(note) },
    };
  });
}

function plainItem(
  text: string,
  range: Range,
  kind: number,
  detail: string | undefined,
  sortText: string,
  label = text,
): CompletionItem {
  return {
    label,
    kind,
    ...(detail ? { detail } : {}),
    insertText: text,
    insertTextFormat: InsertTextFormat.PlainText,
    sortText,
    textEdit: { range, newText: text },
  };
}

function peopleItems(
  cursor: CursorPath,
  contract: Record<string, unknown>,
  options: CompletionOptions,
): CompletionItem[] | undefined {
  const p = cursor.path;
  const isUsername =
    p[p.length - 1] === 'username' &&
    p[0] === 'team' &&
    ((p[1] === 'members' && p.length === 4) || (typeof p[1] === 'number' && p.length === 3));
  const isTeamName = p.length === 2 && p[0] === 'team' && p[1] === 'name';
  if (!isUsername && !isTeamName) return undefined;
  if (!options.ownerCandidates) return [];
  const role = isUsername ? roleOfMember(contract, p.slice(0, -1)) : undefined;
  const candidates = [...options.ownerCandidates(role, isTeamName ? 'teamName' : 'username')].sort(
    (a, b) => (isTeamName ? Number(b.kind === 'team') - Number(a.kind === 'team') : 0) || b.score - a.score,
  );
  return candidates.map((c, i): CompletionItem => ({
    label: c.name && c.name !== c.id ? `${c.name} (${c.id})` : c.id,
    kind: CompletionItemKind.Reference,
    // one line that ends on a whole word: the full evidence is in the documentation
    detail: `${Math.round(c.score * 100)}% match${c.evidence[0] ? ` · ${shorten(c.evidence[0], 60)}` : ''}`,
    documentation: { kind: 'markdown', value: c.evidence.map((e) => `- ${e}`).join('\n') },
    insertText: c.id,
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: String(i).padStart(4, '0'),
    filterText: `${c.id} ${c.name ?? ''}`.trim(),
    textEdit: { range: cursor.range, newText: c.id },
  }));
}

function roleOfMember(contract: Record<string, unknown>, memberPath: JsonPath): string | undefined {
  let node: unknown = contract;
  for (const seg of memberPath)
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[seg] : undefined;
  return isObject(node) && typeof node.role === 'string' ? node.role : undefined;
}

/** In a query: `{object}` / `{property}` after an opening brace, else the names of the rule's table and column. */
function sqlItems(cursor: CursorPath, contract: Record<string, unknown>, lineSuffix: string): CompletionItem[] {
  const names = sqlNamesFor(contract, cursor.path);
  const brace = /(\{\{\s*|\$\{|\{)([\w.]*)$/.exec(cursor.linePrefix);
  if (brace) {
    const opener = brace[1].startsWith('{{') ? '{{' : brace[1];
    const closer = /^\s*\}/.test(lineSuffix) ? '' : opener === '{{' ? ' }}' : '}';
    const placeholders = [['object', names.object ? `the table '${names.object}'` : 'the table of this rule']];
    if (names.property) placeholders.push(['property', `the column '${names.property}'`]);
    return placeholders.map(([name, what], i) => ({
      label: opener === '{{' ? `{{ ${name} }}` : `${opener}${name}}`,
      kind: CompletionItemKind.Keyword,
      detail: `replaced by ${what} when the check runs`,
      insertText: `${name}${closer}`,
      insertTextFormat: InsertTextFormat.PlainText,
      sortText: String(i),
      filterText: name,
      textEdit: { range: cursor.range, newText: `${name}${closer}` },
    }));
  }
  return referencesIn(contract, cursor.path)
    .map((r, i) => {
      const word = r.kind === 'object' ? r.text : r.text.split('.').slice(1).join('.');
      return plainItem(
        word,
        cursor.range,
        CompletionItemKind.Reference,
        r.kind === 'object' ? 'table' : `column of ${r.text.split('.')[0]}`,
        `${r.own ? 0 : 1}_${String(i).padStart(4, '0')}`,
      );
    })
    .sort((a, b) => a.sortText.localeCompare(b.sortText));
}

/** Quotes a value that YAML would otherwise read as something else (a number, true, a comment). */
function yamlScalar(value: string): string {
  if (/^[A-Za-z][\w .@/-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value)) return value;
  if (/^(true|false)$/.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}
