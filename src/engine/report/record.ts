// One record per ODCS contract in a file, for `dclens report`: the score and findings exactly as `dclens score` and
// `dclens lint` compute them, and who holds each catalogue role. Nothing here is a second formula.
import type { FileLintResult, Finding } from '../types';
import type { ResolvedConfig } from '../config/resolve-config';
import { lintText } from '../lint';
import { parseYamlFile } from '../parse/yaml-file';
import { isObject } from '../detect';
import { guessOdcsVersion, LATEST_ODCS_VERSION, parseOdcsVersion } from '../model';
import { collectParts, str } from '../contract-nodes';
import { currentMembers, memberName, namedTeam, roleKind } from '../vocabulary/roles';
import { scoreContracts } from '../services';
import { SCORE_AREAS, type ContractScore } from '../services/score/score-types';
import type { AreaFigures, ContractRecord } from './report-types';

export interface RecordOptions {
  /** Passed on to lint and score as `dclens score` passes it (the file's path). */
  fileName?: string;
  /** Workspace-relative path, forward slashes: the record's `file` and `folder`. */
  relativePath: string;
  config?: ResolvedConfig;
  today?: string;
  catalogue?: unknown;
  /** The file's path relative to the catalogue's root; defaults to `relativePath`. */
  catalogueSubjectPath?: string;
  /** The lint result of the same text, when the caller has it. */
  lint?: FileLintResult;
  /** Find each contract's best next step (slower: every candidate is scored again); default true. */
  nextSteps?: boolean;
}

const OWNER_HAS_LEFT = 'owner-has-left';

/**
 * The records of every ODCS document in the text; none for YAML that is not a contract. A contract the score cannot
 * read (it does not parse, or its ODCS version is v2 or one this tool does not know) still gets a record, with its
 * findings counted and `unscored` saying why, so a broken contract shows up instead of disappearing.
 */
export function contractRecords(text: string, options: RecordOptions): ContractRecord[] {
  const lint =
    options.lint ??
    lintText(text, {
      fileName: options.fileName,
      config: options.config,
      today: options.today,
      catalogue: options.catalogue,
      catalogueSubjectPath: options.catalogueSubjectPath ?? options.relativePath,
    });
  if (!lint.isContract || lint.kind === 'dcs') return [];
  const scores = scoreContracts(text, {
    fileName: options.fileName,
    config: options.config,
    today: options.today,
    catalogue: options.catalogue,
    lint,
    predictSteps: options.nextSteps !== false,
  });
  const byIndex = new Map(scores.map((s) => [s.documentIndex, s]));
  const file = parseYamlFile(text);
  const settings = options.config?.settings ?? {};
  const records: ContractRecord[] = [];
  for (const doc of lint.documents) {
    if (doc.kind !== 'odcs' && doc.kind !== 'yaml-error') continue;
    const value = file.documents[doc.documentIndex]?.value;
    const contract = isObject(value) ? value : undefined;
    const score = byIndex.get(doc.documentIndex);
    records.push(recordOf(doc.findings, contract, score, options, settings, doc.kind, doc.apiVersion));
  }
  return records;
}

function recordOf(
  findings: readonly Finding[],
  contract: Record<string, unknown> | undefined,
  score: ContractScore | undefined,
  options: RecordOptions,
  settings: NonNullable<ResolvedConfig['settings']>,
  kind: string,
  apiVersion: string | undefined,
): ContractRecord {
  const relative = options.relativePath;
  const slash = relative.lastIndexOf('/');
  const baseName = slash < 0 ? relative : relative.slice(slash + 1);
  const nonEmpty = (v: unknown) => {
    const s = str(v)?.trim();
    return s ? s : undefined;
  };
  const name = (contract && (nonEmpty(contract.name) ?? nonEmpty(contract.id))) ?? baseName;
  const dataOwners: string[] = [];
  const stewards: string[] = [];
  const custodians: string[] = [];
  const ownersWhoLeft: string[] = [];
  if (contract) {
    const members = collectParts(contract).teamMembers;
    const leftPaths = new Set(
      findings.filter((f) => f.ruleId === OWNER_HAS_LEFT).map((f) => JSON.stringify(f.path.slice(0, -1))),
    );
    for (const member of currentMembers(members, options.today)) {
      // A role-holder without a username still holds the role, as no-data-owner counts them.
      const who = member.username?.trim() || memberName(member);
      const role = roleKind(member.value.role, settings);
      if (!role) continue;
      const list = role === 'owner' ? dataOwners : role === 'steward' ? stewards : custodians;
      if (!list.includes(who)) list.push(who);
      // The catalogue rule's finding sits on the member's username: that member still holds a role but has left.
      if (leftPaths.has(JSON.stringify(member.path)) && !ownersWhoLeft.includes(who)) ownersWhoLeft.push(who);
    }
  }
  const rules: Record<string, number> = {};
  for (const f of findings) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
  const areas = Object.fromEntries(SCORE_AREAS.map((a) => [a, score?.areas[a].score ?? 0])) as AreaFigures;
  const domain = contract ? nonEmpty(contract.domain) : undefined;
  const team = contract ? namedTeam(contract.team) : undefined;
  const nextStep = score?.nextSteps[0]?.title;
  return {
    file: relative,
    name,
    ...(domain ? { domain } : {}),
    ...(team ? { team } : {}),
    folder: slash < 0 ? '.' : relative.slice(0, slash),
    dataOwners,
    stewards,
    custodians,
    ownersWhoLeft,
    score: score?.overall ?? 0,
    areas,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    rules,
    ...(nextStep ? { nextStep } : {}),
    ...(score ? {} : { unscored: unscoredReason(findings, kind, apiVersion, contract) }),
  };
}

/**
 * Why a contract has no score, and what to do about it, in the words lint's version findings use: only an ODCS v2
 * contract is one `dclens migrate` can convert; a version nobody released is named, with the nearest known version.
 */
function unscoredReason(
  findings: readonly Finding[],
  kind: string,
  apiVersion: string | undefined,
  contract: Record<string, unknown> | undefined,
): string {
  if (kind === 'yaml-error') {
    const first = findings.find((f) => f.severity === 'error');
    return `It does not parse${first ? ` (line ${first.range.start.line + 1}: ${first.message})` : ''}.`;
  }
  if (/^v?3\./.test(apiVersion ?? '')) return 'It is not a YAML mapping, so it cannot be scored.';
  const written = contract?.apiVersion;
  if (typeof written !== 'string' || written.trim() === '')
    return `Set apiVersion to an ODCS version such as ${LATEST_ODCS_VERSION}: without one the contract is not scored.`;
  const shown = `'${written}'`;
  if (parseOdcsVersion(written) === 'v2')
    return `Migrate it to ODCS v3 with dclens migrate: ${written} is an old version (v2), which is not scored.`;
  const guess = guessOdcsVersion(written, contract ?? {});
  if (guess.meant)
    return `Write apiVersion ${shown} as '${guess.meant}', the way ODCS names its versions, to score it.`;
  if (guess.checkAs === 'v2')
    return `Migrate it to ODCS v3 with dclens migrate: it is shaped like ODCS v2, and ${shown} was never released.`;
  return `Set apiVersion to a released ODCS version such as ${guess.nearest} if the contract follows it: ${shown} is not one, so it is not scored.`;
}
