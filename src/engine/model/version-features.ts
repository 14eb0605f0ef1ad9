// A v3.0.x contract that only fails because it already uses something from v3.1.0 gets one clear
// issue on apiVersion ("… uses the team object, which arrived in v3.1.0") instead of schema errors.
import type { JsonPath } from '../types';
import type { SchemaIssue } from './issues';
import type { OdcsVersion } from './spec';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  let v = doc;
  for (const s of path) v = isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[s as never] : undefined;
  return v;
}

/** The v3.1.0 feature an issue of the declared version stands for, in plain English. */
function featureName(issue: SchemaIssue, doc: unknown): string {
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(doc, issue.path);
  if (last === 'team' && issue.kind === 'wrong-type') return 'the team object with members';
  if (issue.path.includes('logicalTypeOptions') && (last === 'exclusiveMinimum' || last === 'exclusiveMaximum'))
    return `a numeric ${last} in logicalTypeOptions`;
  if (last === 'logicalType' && issue.kind === 'invalid-enum') return `the logical type '${String(value)}'`;
  if (last === 'type' && issue.kind === 'invalid-enum') return `the type '${String(value)}'`;
  if (issue.kind === 'missing-required') {
    const missing = /required key '([^']+)'/.exec(issue.message)?.[1];
    if (missing === 'rule' && isObj(value) && 'metric' in value) return "quality rules with 'metric' (instead of 'rule')";
    return missing ? `leaving out '${missing}'` : 'a shorter form';
  }
  if (issue.kind === 'unknown-key') return `the key '${String(last)}'`;
  return `the value of '${String(last)}'`;
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Replaces the issues of `declared` that v3.1.0 would not raise with one version-feature issue.
 * `latest` are the issues of the same document validated as v3.1.0.
 */
export function foldVersionFeatures(
  declared: SchemaIssue[],
  latest: SchemaIssue[],
  doc: unknown,
  version: OdcsVersion,
): SchemaIssue[] {
  const kept: SchemaIssue[] = [];
  const features: string[] = [];
  for (const issue of declared) {
    const fixedIn31 = !latest.some((l) => startsWith(l.path, issue.path));
    if (fixedIn31) {
      const name = featureName(issue, doc);
      if (!features.includes(name)) features.push(name);
    } else kept.push(issue);
  }
  if (features.length === 0) return declared;
  const plural = features.length > 1 ? 'which arrived' : 'which arrived';
  kept.unshift({
    kind: 'version-feature',
    path: ['apiVersion'],
    target: 'value',
    message: `This contract declares ODCS ${version} but uses ${joinAnd(features)}, ${plural} in v3.1.0.`,
    fix: { kind: 'replace-value', title: 'Set apiVersion to v3.1.0', path: ['apiVersion'], newText: 'v3.1.0' },
  });
  return kept;
}
