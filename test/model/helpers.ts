import { parse } from 'yaml';
import { validateOdcs, type OdcsVersion, type SchemaIssue } from '../../src/engine/model';

export const HEAD = 'apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n';

/** Validates a contract body (the five required top-level keys are added in front). */
export function issuesOf(body: string, version: OdcsVersion = 'v3.1.0'): SchemaIssue[] {
  const head = HEAD.replace('v3.1.0', version);
  return validateOdcs(parse(head + body), version);
}

export function only(issues: SchemaIssue[]): SchemaIssue {
  if (issues.length !== 1)
    throw new Error(`expected exactly one issue, got ${issues.length}:\n${issues.map((i) => i.message).join('\n')}`);
  return issues[0];
}
