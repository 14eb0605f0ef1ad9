// validateOdcs: the entry point the lint pipeline calls for every ODCS document.
import type { SchemaIssue } from './issues';
import { modelFor } from './model';
import { LATEST_ODCS_VERSION, ODCS_VERSIONS, type OdcsVersion } from './spec';
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
  if (version === LATEST_ODCS_VERSION || issues.length === 0) return issues;
  const later = ODCS_VERSIONS.slice(ODCS_VERSIONS.indexOf(version) + 1).map((v) => ({
    version: v,
    issues: run(value, v),
  }));
  return foldVersionFeatures(issues, later, value, version);
}

/** 'v3.x.y' for the versions we model, 'v2' for v2.2.x (old ODCS), undefined otherwise. */
export function parseOdcsVersion(apiVersion: unknown): OdcsVersion | 'v2' | undefined {
  if (typeof apiVersion !== 'string') return undefined;
  const v = apiVersion.trim();
  if ((ODCS_VERSIONS as readonly string[]).includes(v)) return v as OdcsVersion;
  if (/^v2\.2\.[0-2]$/.test(v)) return 'v2';
  return undefined;
}

/** The version a contract that declares an unknown `apiVersion` is checked as, and the suggestion made for it. */
export interface VersionGuess {
  /** A known version written another way ('3.0.0', 'V3.1.0', 'v3.1'): the version meant. */
  meant?: string;
  /** 'v2' when the file has the shape of ODCS v2 (dataset, columns, …), otherwise the newest v3 version. */
  checkAs: OdcsVersion | 'v2';
  /** The nearest known version, offered as a suggestion. */
  nearest: string;
}

const V2_KEYS = [
  'dataset',
  'datasetName',
  'quantumName',
  'uuid',
  'datasetDomain',
  'datasetKind',
  'userConsumptionMode',
  'productDl',
];

/** For an `apiVersion` that `parseOdcsVersion` does not know: what the author meant, and how to check the rest. */
export function guessOdcsVersion(apiVersion: string, contract: Record<string, unknown>): VersionGuess {
  const m = /^\s*[vV]?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(apiVersion);
  const written = m ? `v${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}` : undefined;
  const known = written ? parseOdcsVersion(written) : undefined;
  if (written && known) return { meant: written, checkAs: known, nearest: written };
  const v2Shaped = !('schema' in contract) && V2_KEYS.some((k) => k in contract);
  if (v2Shaped) return { checkAs: 'v2', nearest: 'v2.2.2' };
  // the nearest v3 version: the same minor version's newest patch, else the newest version
  const sameMinor =
    m && m[1] === '3' ? ODCS_VERSIONS.filter((v) => v.startsWith(`v3.${m[2] ?? '0'}.`)).pop() : undefined;
  return { checkAs: sameMinor ?? LATEST_ODCS_VERSION, nearest: sameMinor ?? LATEST_ODCS_VERSION };
}
