// validateOdcs: the entry point the lint pipeline calls for every ODCS document.
import type { SchemaIssue } from './issues';
import { modelFor } from './model';
import { ODCS_VERSIONS, type OdcsVersion } from './spec';
import { foldVersionFeatures } from './version-features';
import { Walker } from './walker';

function run(value: unknown, version: OdcsVersion): SchemaIssue[] {
  const model = modelFor(version);
  const walker = new Walker(model, value);
  walker.walkNode(value, [], model.contract);
  return walker.issues;
}

/** Validates a parsed contract against one ODCS version; one issue per mistake, no cascades. */
export function validateOdcs(value: unknown, version: OdcsVersion): SchemaIssue[] {
  const issues = run(value, version);
  if (version === 'v3.1.0' || issues.length === 0) return issues;
  const later = ODCS_VERSIONS.slice(ODCS_VERSIONS.indexOf(version) + 1).map((v) => ({ version: v, issues: run(value, v) }));
  return foldVersionFeatures(issues, later, value, version);
}

/** 'v3.x.y' for the versions we model, 'v2' for v2.2.x (old ODCS), undefined otherwise. */
export function parseOdcsVersion(apiVersion: unknown): OdcsVersion | 'v2' | undefined {
  if (typeof apiVersion !== 'string') return undefined;
  const v = apiVersion.trim();
  if (v === 'v3.0.0' || v === 'v3.0.1' || v === 'v3.0.2' || v === 'v3.1.0') return v;
  if (/^v2\.2\.\d+$/.test(v)) return 'v2';
  return undefined;
}
