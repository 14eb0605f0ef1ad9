// A contract that only fails because it already uses something from a later ODCS version gets one clear
// issue on apiVersion ("… uses the team object, which arrived in v3.1.0") instead of schema errors.
import type { JsonPath } from '../types';
import type { SchemaIssue } from './issues';
import { nameOf } from './naming';
import type { OdcsVersion } from './spec';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path that is, or is an ancestor of, the path of one of `issues` (as a lookup key). */
function pathsWithIssues(issues: SchemaIssue[]): Set<string> {
  const keys = new Set<string>();
  for (const issue of issues) {
    let key = '';
    keys.add(key);
    for (const seg of issue.path) keys.add((key += `\u0000${String(seg)}`));
  }
  return keys;
}

const keyOf = (path: JsonPath): string => path.map((seg) => `\u0000${String(seg)}`).join('');

function valueAt(doc: unknown, path: JsonPath): unknown {
  let v = doc;
  for (const s of path)
    v = isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[s as never] : undefined;
  return v;
}

/** A feature of a later version: similar features share a group and are named together. */
interface Feature {
  group: string;
  item: string;
}

const GROUP_WORDS: Record<string, (items: string[]) => string> = {
  team: () => 'the team object with members',
  exclusive: (items) => `numeric ${joinAnd(items)} in logicalTypeOptions`,
  logicalType: (items) => `the logical type${items.length > 1 ? 's' : ''} ${joinAnd(items.map((i) => `'${i}'`))}`,
  serverType: (items) => `the server type${items.length > 1 ? 's' : ''} ${joinAnd(items.map((i) => `'${i}'`))}`,
  metric: () => "quality rules with 'metric' (instead of 'rule')",
  key: (items) => `${joinAnd(items.map((i) => `'${i}'`))}`,
  port: () => 'a server port written as text (e.g. a ${VARIABLE})',
};

/** Keys that arrived in v3.2.0, named by their key alone wherever they appear. */
const V32_KEYS = new Set([
  'enum',
  'map',
  'semanticType',
  'synonyms',
  'deprecated',
  'context',
  'encoding',
  'vendor',
  'workgroup',
]);

/** The later feature an issue of the declared version stands for. */
function featureOf(issue: SchemaIssue, doc: unknown): Feature {
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(doc, issue.path);
  // the map block comes with the map logical type, which names it already
  if (issue.kind === 'unknown-key' && last === 'map') return { group: 'logicalType', item: 'map' };
  if (issue.kind === 'unknown-key' && typeof last === 'string' && V32_KEYS.has(last))
    return { group: 'key', item: last };
  if (last === 'port' && issue.path[0] === 'servers' && issue.kind === 'wrong-type') return { group: 'port', item: '' };
  if (last === 'team' && issue.kind === 'wrong-type') return { group: 'team', item: '' };
  if (issue.path.includes('logicalTypeOptions') && (last === 'exclusiveMinimum' || last === 'exclusiveMaximum'))
    return { group: 'exclusive', item: last };
  if (last === 'logicalType' && issue.kind === 'invalid-enum') return { group: 'logicalType', item: String(value) };
  if (last === 'type' && issue.path[0] === 'servers' && issue.kind === 'invalid-enum')
    return { group: 'serverType', item: String(value) };
  if (issue.kind === 'missing-required') {
    const missing = /required key '([^']+)'/.exec(issue.message)?.[1];
    if (missing === 'rule' && isObj(value) && 'metric' in value) return { group: 'metric', item: '' };
    return { group: '', item: `${nameOf(doc, issue.path)} without '${missing ?? '?'}'` };
  }
  if (issue.kind === 'unknown-key')
    return { group: '', item: `the key '${String(last)}' on ${nameOf(doc, issue.path.slice(0, -1))}` };
  return { group: '', item: `the value of '${String(last)}' on ${nameOf(doc, issue.path.slice(0, -1))}` };
}

function describeFeatures(features: Feature[]): string[] {
  const groups = new Map<string, string[]>();
  const out: string[] = [];
  for (const f of features) {
    if (!f.group) {
      if (!out.includes(f.item)) out.push(f.item);
      continue;
    }
    const items = groups.get(f.group);
    if (!items) {
      groups.set(f.group, [f.item]);
      out.push(`\u0000${f.group}`);
    } else if (!items.includes(f.item)) items.push(f.item);
  }
  return out.map((entry) =>
    entry.startsWith('\u0000') ? GROUP_WORDS[entry.slice(1)](groups.get(entry.slice(1)) ?? []) : entry,
  );
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The issues of the same document validated as a later version. */
export interface LaterRun {
  version: OdcsVersion;
  issues: SchemaIssue[];
}

/** Keys a later version stopped requiring: a contract without them is wrong for its own version, not ahead of it. */
const RELAXED = new Set(['status', 'stagingDir']);
const missingKey = (issue: SchemaIssue): string | undefined =>
  issue.kind === 'missing-required' ? /required key '([^']+)'/.exec(issue.message)?.[1] : undefined;

/**
 * Replaces the issues of `declared` that the newest version would not raise with one version-feature issue,
 * naming each feature with the first version that has it. `later` runs are in version order and
 * end with the newest version.
 */
export function foldVersionFeatures(
  declared: SchemaIssue[],
  later: LaterRun[],
  doc: unknown,
  version: OdcsVersion,
): SchemaIssue[] {
  const troubled = later.map((run) => ({ version: run.version, paths: pathsWithIssues(run.issues) }));
  const latest = troubled[troubled.length - 1];
  const kept: SchemaIssue[] = [];
  const byVersion = new Map<OdcsVersion, Feature[]>();
  for (const issue of declared) {
    const key = keyOf(issue.path);
    const missing = missingKey(issue);
    if (missing === 'staging_dir') {
      // The v3.0.0 and v3.0.1 schemas list 'stagingDir' but require 'staging_dir', a mistake v3.0.2 corrected.
      kept.push({
        ...issue,
        message: `${issue.message.replace(/\.$/, '')}, or set apiVersion to v3.0.2 or later.`,
        detail: `The ODCS ${version} schema asks for 'staging_dir' although it documents 'stagingDir' (corrected in v3.0.2): add 'staging_dir' with the same value as 'stagingDir', or declare v3.0.2 or later.`,
      });
      continue;
    }
    // a quoted port number is a slip, not a v3.2.0 variable
    const quotedPort =
      issue.kind === 'wrong-type' &&
      issue.path[issue.path.length - 1] === 'port' &&
      !String(valueAt(doc, issue.path)).includes('${');
    // the newest version has nothing to say at or below this path: the issue stands for a later feature
    if (latest.paths.has(key) || (missing !== undefined && RELAXED.has(missing)) || quotedPort) {
      kept.push(issue);
      continue;
    }
    const arrived = troubled.find((run) => !run.paths.has(key))!.version;
    const list = byVersion.get(arrived) ?? [];
    list.push(featureOf(issue, doc));
    byVersion.set(arrived, list);
  }
  if (byVersion.size === 0) return kept;
  const described = [...byVersion.entries()].map(([v, features]) => [v, describeFeatures(features)] as const);
  const parts = described.map(([v, features]) => `${joinAnd(features)}, which arrived in ${v}`);
  const needed = [...byVersion.keys()].sort().pop()!;
  const all = described.flatMap(([, features]) => features);
  const count = new Set([...byVersion.values()].flat().map((f) => `${f.group}\u0000${f.item}`)).size;
  const named = `Set apiVersion to ${needed}: this contract uses ${joinAnd(all)}, which ${version} lacks.`;
  const counted = `Set apiVersion to ${needed}: this contract uses ${count === 1 ? 'a feature' : `${count} features`} that ${version} lacks.`;
  kept.unshift({
    kind: 'version-feature',
    path: ['apiVersion'],
    target: 'value',
    message: named.length <= 120 ? named : counted,
    detail: `This contract declares ODCS ${version} but uses ${parts.join('; and ')}. Declare ${needed}, or stop using ${count === 1 ? 'it' : 'them'} to stay on ${version}.`,
    fix: {
      kind: 'replace-value',
      title: `Set apiVersion to ${needed} (check the contract against that version)`,
      path: ['apiVersion'],
      newText: needed,
      suggestion: true,
    },
  });
  return kept;
}
