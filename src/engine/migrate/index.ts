// `dclens migrate`: a contract in the Data Contract Specification, ODCS v2.2 or ODCS v3.0 rewritten as ODCS v3.1.0
// or v3.2.0. Pure: text in, text and notes out. Everything the older file says is either placed where ODCS says it,
// or kept under customProperties and listed in the notes; credentials are the one thing deliberately left out.
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { isObject } from '../detect';
import { dcsToOdcs } from './dcs';
import { odcsV2ToV3 } from './odcs-v2';
import { Notes, type Json } from './shared';

export type MigrationTarget = 'v3.1.0' | 'v3.2.0';
export const MIGRATION_TARGETS: readonly MigrationTarget[] = ['v3.1.0', 'v3.2.0'];

export interface MigrationResult {
  /** The new contract, or undefined when the file cannot be migrated (`problem` says why). */
  text?: string;
  /** What the file was: 'Data Contract Specification 1.2.0', 'ODCS v2.2.2', 'ODCS v3.0.2'. */
  from?: string;
  problem?: string;
  /** Values kept under customProperties (where from → where to). */
  kept: string[];
  /** Values deliberately not carried over, and why. */
  dropped: string[];
  /** Values written differently from the original, and why. */
  changed: string[];
}

const ORDER = [
  'apiVersion',
  'kind',
  'id',
  'name',
  'version',
  'status',
  'domain',
  'dataProduct',
  'tenant',
  'tags',
  'description',
  'team',
  'support',
  'servers',
  'schema',
  'slaDefaultElement',
  'slaProperties',
  'price',
  'roles',
  'authoritativeDefinitions',
  'customProperties',
];

export function migrateContract(text: string, to: MigrationTarget = 'v3.2.0'): MigrationResult {
  const notes = new Notes();
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0)
    return {
      problem: `the file is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`,
      kept: [],
      dropped: [],
      changed: [],
    };
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(value))
    return { problem: 'the file is not a contract (not a YAML mapping)', kept: [], dropped: [], changed: [] };

  let body: Json;
  let from: string;
  if (value.dataContractSpecification !== undefined) {
    from = `Data Contract Specification ${String(value.dataContractSpecification)}`;
    body = dcsToOdcs(value, notes, { v32: to === 'v3.2.0' });
  } else if (
    /^v?2\./.test(String(value.apiVersion ?? '')) ||
    (value.apiVersion === undefined && Array.isArray(value.dataset))
  ) {
    from = `ODCS ${String(value.apiVersion ?? 'v2')}`;
    body = odcsV2ToV3(value, notes);
  } else if (/^v3\.[0-2]\.\d+$/.test(String(value.apiVersion ?? ''))) {
    from = `ODCS ${String(value.apiVersion)}`;
    if (String(value.apiVersion) === to)
      return { from, problem: `the file is already ODCS ${to}`, kept: [], dropped: [], changed: [] };
    if (String(value.apiVersion) > to)
      return {
        from,
        problem: `the file is ODCS ${String(value.apiVersion)}, newer than ${to}`,
        kept: [],
        dropped: [],
        changed: [],
      };
    // Within v3 the file is edited in place, so its comments, order and quoting stay as they are.
    const upgraded = upgradeInPlace(text, doc, to, notes);
    return { text: upgraded, from, kept: notes.kept, dropped: notes.dropped, changed: notes.changed };
  } else {
    return {
      problem:
        'the file is not a Data Contract Specification or ODCS contract (no dataContractSpecification or apiVersion)',
      kept: [],
      dropped: [],
      changed: [],
    };
  }
  const out = contractDocument(body, to);
  out.commentBefore = ` Migrated from ${from} to ODCS ${to} by dclens migrate.`;
  return {
    text: out.toString({ lineWidth: 0, indentSeq: true }),
    from,
    kept: notes.kept,
    dropped: notes.dropped,
    changed: notes.changed,
  };
}

/** The ODCS document for a migrated body, keys in the standard's order. */
function contractDocument(body: Json, to: MigrationTarget): Document {
  const contract: Json = { apiVersion: to, kind: 'DataContract', ...body };
  const ordered: Json = {};
  for (const key of ORDER) if (contract[key] !== undefined) ordered[key] = contract[key];
  for (const [key, v] of Object.entries(contract)) if (!(key in ordered)) ordered[key] = v;
  return new Document(ordered, { aliasDuplicateObjects: false });
}

/**
 * The ODCS text for one parsed Data Contract Specification document (no header comment), for the editor's
 * "Convert to ODCS" on the deprecation finding; undefined when it is not a DCS mapping.
 */
export function dcsDocumentToOdcs(value: unknown, to: MigrationTarget): string | undefined {
  if (!isObject(value) || value.dataContractSpecification === undefined) return undefined;
  return contractDocument(dcsToOdcs(value, new Notes(), { v32: to === 'v3.2.0' }), to).toString({
    lineWidth: 0,
    indentSeq: true,
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * ODCS v3.0 → v3.1/v3.2 as edits of the text, so every byte outside them stays: the new apiVersion, the team list
 * moved under `team.members`, quality `rule` renamed `metric`.
 */
function upgradeInPlace(source: string, doc: Document, to: MigrationTarget, notes: Notes): string {
  const edits: Edit[] = [];
  const version = doc.get('apiVersion', true);
  if (isScalar(version) && version.range) edits.push({ start: version.range[0], end: version.range[1], text: to });

  const teamPair = isMap(doc.contents)
    ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'team')
    : undefined;
  if (teamPair && isScalar(teamPair.key) && isSeq(teamPair.value) && teamPair.value.range && teamPair.key.range) {
    const seq = teamPair.value;
    const seqStart = seq.range![0];
    const lineStart = source.lastIndexOf('\n', seqStart - 1) + 1;
    const seqColumn = seqStart - lineStart;
    const keyColumn = teamPair.key.range![0] - (source.lastIndexOf('\n', teamPair.key.range![0] - 1) + 1);
    const indent = Math.max(seqColumn, keyColumn + 2);
    const shift = ' '.repeat(indent + 2 - seqColumn);
    const block = source.slice(lineStart, seq.range![1]);
    const moved = block
      .split('\n')
      .map((line) => (line.trim() === '' ? line : shift + line))
      .join('\n');
    edits.push({ start: lineStart, end: seq.range![1], text: `${' '.repeat(indent)}members:\n${moved}` });
    notes.changed.push('team: the list of members is now team.members');
  }

  const renameRule = (quality: unknown, where: string) => {
    if (!isSeq(quality)) return;
    quality.items.forEach((item, i) => {
      if (!isMap(item) || !item.has('rule') || item.has('metric')) return;
      const key = item.items.find((p) => isScalar(p.key) && p.key.value === 'rule')?.key;
      if (!isScalar(key) || !key.range) return;
      edits.push({ start: key.range[0], end: key.range[1], text: 'metric' });
      notes.changed.push(`${where}.quality[${i}]: 'rule' is now 'metric'`);
    });
  };
  const walk = (properties: unknown, where: string) => {
    if (!isSeq(properties)) return;
    for (const p of properties.items) {
      if (!isMap(p)) continue;
      const name = `${where}.${String(p.get('name'))}`;
      renameRule(p.get('quality', true), name);
      walk(p.get('properties', true), name);
    }
  };
  const schema = doc.get('schema', true);
  if (isSeq(schema))
    for (const s of schema.items) {
      if (!isMap(s)) continue;
      const where = `schema '${String(s.get('name'))}'`;
      renameRule(s.get('quality', true), where);
      walk(s.get('properties', true), where);
    }

  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
