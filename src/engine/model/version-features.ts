// A v3.0.x contract that only fails because it already uses something from v3.1.0 gets one clear
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
  for (const s of path) v = isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[s as never] : undefined;
  return v;
}

/** A v3.1.0 feature: similar features share a group and are named together. */
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
};

/** The v3.1.0 feature an issue of the declared version stands for. */
function featureOf(issue: SchemaIssue, doc: unknown): Feature {
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(doc, issue.path);
  if (last === 'team' && issue.kind === 'wrong-type') return { group: 'team', item: '' };
  if (issue.path.includes('logicalTypeOptions') && (last === 'exclusiveMinimum' || last === 'exclusiveMaximum'))
    return { group: 'exclusive', item: last };
  if (last === 'logicalType' && issue.kind === 'invalid-enum') return { group: 'logicalType', item: String(value) };
  if (last === 'type' && issue.path[0] === 'servers' && issue.kind === 'invalid-enum') return { group: 'serverType', item: String(value) };
  if (issue.kind === 'missing-required') {
    const missing = /required key '([^']+)'/.exec(issue.message)?.[1];
    if (missing === 'rule' && isObj(value) && 'metric' in value) return { group: 'metric', item: '' };
    return { group: '', item: `${nameOf(doc, issue.path)} without '${missing ?? '?'}'` };
  }
  if (issue.kind === 'unknown-key') return { group: '', item: `the key '${String(last)}' on ${nameOf(doc, issue.path.slice(0, -1))}` };
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
  return out.map((entry) => (entry.startsWith('\u0000') ? GROUP_WORDS[entry.slice(1)](groups.get(entry.slice(1)) ?? []) : entry));
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The issues of the same document validated as a later version. */
export interface LaterRun {
  version: OdcsVersion;
  issues: SchemaIssue[];
}

/**
 * Replaces the issues of `declared` that v3.1.0 would not raise with one version-feature issue,
 * naming each feature with the first version that has it. `later` runs are in version order and
 * end with v3.1.0.
 */
export function foldVersionFeatures(declared: SchemaIssue[], later: LaterRun[], doc: unknown, version: OdcsVersion): SchemaIssue[] {
  const troubled = later.map((run) => ({ version: run.version, paths: pathsWithIssues(run.issues) }));
  const latest = troubled[troubled.length - 1];
  const kept: SchemaIssue[] = [];
  const byVersion = new Map<OdcsVersion, Feature[]>();
  for (const issue of declared) {
    const key = keyOf(issue.path);
    // v3.1.0 has nothing to say at or below this path: the issue stands for a later feature
    if (latest.paths.has(key)) {
      kept.push(issue);
      continue;
    }
    const arrived = troubled.find((run) => !run.paths.has(key))!.version;
    const list = byVersion.get(arrived) ?? [];
    list.push(featureOf(issue, doc));
    byVersion.set(arrived, list);
  }
  if (byVersion.size === 0) return declared;
  const parts = [...byVersion.entries()].map(([v, features]) => `${joinAnd(describeFeatures(features))}, which arrived in ${v}`);
  kept.unshift({
    kind: 'version-feature',
    path: ['apiVersion'],
    target: 'value',
    message: `This contract declares ODCS ${version} but uses ${parts.join('; and ')}.`,
    fix: { kind: 'replace-value', title: 'Set apiVersion to v3.1.0', path: ['apiVersion'], newText: 'v3.1.0' },
  });
  return kept;
}
