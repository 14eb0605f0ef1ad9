// The lint pipeline: parse → detect → validate against the ODCS model → rules → levels → suppressions.
import type {
  DocumentLintResult,
  FileLintResult,
  Finding,
  JsonPath,
  RuleLevel,
  Severity,
  Target,
  TextEdit,
} from './types';
import { SEVERITY_ORDER } from './types';
import { parseYamlFile, type ParsedFile, type YamlProblem } from './parse/yaml-file';
import { separateDebris } from './parse/recovery';
import { rangeIn } from './parse/locate';
import { detectDocument, looksLikeContract, looksLikeContractName, isObject } from './detect';
import { collectParts } from './contract-nodes';
import { Fixer } from './fix/fixer';
import { offeredFixesIn } from './fix/guard';
import { applySuppressions } from './suppressions';
import { resolveConfig, type ResolvedConfig } from './config/resolve-config';
import { allRules, ruleById } from './rules';
import { docsUrlFor, type AnyRule } from './rules/define-rule';
import {
  validateOdcs,
  parseOdcsVersion,
  guessOdcsVersion,
  LATEST_ODCS_VERSION,
  type OdcsVersion,
  type SchemaIssue,
  type SchemaFixIntent,
} from './model';
import { runRules } from './run-rules';
import { groupRepeatedFindings } from './group-findings';
import { fitFinding, quotedInTemplates } from './rules/helpers-message';

export interface LintOptions {
  fileName?: string;
  config?: ResolvedConfig;
  /** Catalogue snapshot for rules that need one (owner rules); absent means they stay silent. */
  catalogue?: unknown;
  /** Today's date as YYYY-MM-DD, supplied by the host (the engine has no clock). */
  today?: string;
  /** The file's path relative to the catalogue's root, so owner suggestions can use folder and CODEOWNERS evidence. */
  catalogueSubjectPath?: string;
  /** Run only these rules (tests); schema findings are kept unless `schema` is false. */
  rules?: readonly AnyRule[];
  schema?: boolean;
  /** Group a rule's repeated findings within a schema object; defaults to every profile but `strict`. */
  group?: boolean;
  /**
   * Check fixes on a copy before they are offered (see fix/guard.ts) and drop those that fail: 'fixes' checks the
   * safe fixes (what a report or --fix offers), 'all' also every suggestion. Off by default: an editor checks the
   * few at the cursor with offeredFixes when asked.
   */
  checkFixes?: 'fixes' | 'all';
  /**
   * Read plain YAML with the fast parser (see parse/fast-yaml.ts): the same findings and ranges, and the `yaml`
   * document is parsed only for fixes. For hosts that lint many files.
   */
  fast?: boolean;
  /** Leave out suggestions (the changes a user picks): a report that never shows them need not build them. */
  suggestions?: boolean;
}

const SCHEMA_RULE: Record<SchemaIssue['kind'], string> = {
  'unknown-key': 'schema-unknown-key',
  'invalid-enum': 'schema-invalid-enum',
  'missing-required': 'schema-missing-required',
  'wrong-type': 'schema-wrong-type',
  'invalid-value': 'schema-invalid-value',
  'version-feature': 'api-version-feature',
};

export function lintText(text: string, options: LintOptions = {}): FileLintResult {
  const config = options.config ?? defaultConfig();
  const file = parseYamlFile(text, { fast: options.fast });
  const nameSaysContract = looksLikeContractName(options.fileName);
  const textSaysContract = looksLikeContract(text);
  const documents: DocumentLintResult[] = [];
  const internalErrors: string[] = [];

  for (const parsed of file.documents) {
    const detected = parsed.value === undefined ? { kind: 'other' as const } : detectDocument(parsed.value);
    const syntax = parsed.problems.map((p) => syntaxFinding(p, parsed.index));
    const hasSyntaxErrors = parsed.problems.some((p) => p.severity === 'error');
    if (detected.kind === 'other') {
      // A document we cannot recognise is reported only if it is broken and the file promises a contract.
      if (hasSyntaxErrors && (nameSaysContract || textSaysContract || parsed.value === undefined)) {
        documents.push({ documentIndex: parsed.index, kind: 'yaml-error', findings: syntax });
      }
      continue;
    }
    const findings: Finding[] = [...syntax];
    const at = (path: JsonPath, target: Target) => rangeIn(file, parsed, path, target);
    const finding = (
      ruleId: string,
      message: string,
      path: JsonPath,
      target: Target,
      fix?: TextEdit[] | null,
      fixTitle?: string,
      suggestion?: boolean,
      detail?: string,
    ): Finding => {
      const rule = ruleById.get(ruleId);
      const change =
        fix && fix.length > 0 && (!suggestion || options.suggestions !== false)
          ? { title: fixTitle ?? 'Fix', edits: fix }
          : undefined;
      return {
        ruleId,
        code: rule?.meta.code ?? 'DCL000',
        severity: 'error',
        message,
        ...(detail ? { detail } : {}),
        path,
        range: at(path, target),
        docsUrl: docsUrlFor(ruleId),
        documentIndex: parsed.index,
        ...(change ? (suggestion ? { suggestions: [change] } : { fix: change }) : {}),
      };
    };

    if (detected.kind === 'dcs') {
      findings.push(
        finding(
          'dcs-deprecated',
          `Convert this file to ODCS ${LATEST_ODCS_VERSION}: the Data Contract Specification it uses is deprecated.`,
          ['dataContractSpecification'],
          'key',
          undefined,
          undefined,
          undefined,
          `Most tools support the Data Contract Specification only until the end of 2026. Convert the file to the Open Data Contract Standard (ODCS ${LATEST_ODCS_VERSION}) so it keeps working.`,
        ),
      );
      documents.push({ documentIndex: parsed.index, kind: 'dcs', apiVersion: detected.version, findings });
      continue;
    }

    const value = parsed.value as Record<string, unknown>;
    const known = parseOdcsVersion(detected.apiVersion);
    const version = checkedVersion(detected.apiVersion, value);
    if (version.finding) {
      const { message, detail, suggest } = version.finding;
      const edit =
        suggest && options.suggestions !== false && new Fixer(file, parsed).replaceValue(['apiVersion'], suggest);
      const ruleId = known === 'v2' ? 'odcs-version-unsupported' : 'odcs-version-unknown';
      findings.push(
        finding(
          ruleId,
          message,
          ['apiVersion'],
          'value',
          edit ? [edit] : null,
          `Set apiVersion to ${suggest}`,
          true,
          detail,
        ),
      );
    }
    if (version.checkAs === 'v2') {
      documents.push({ documentIndex: parsed.index, kind: 'odcs', apiVersion: detected.apiVersion, findings });
      continue;
    }

    if (options.schema !== false && isObject(value)) {
      const fixer = new Fixer(file, parsed);
      for (const issue of validateOdcs(value, version.checkAs)) {
        // an unknown apiVersion has had its one finding already
        if (version.finding && issue.path.length === 1 && issue.path[0] === 'apiVersion') continue;
        const wanted = issue.fix && (!issue.fix.suggestion || options.suggestions !== false);
        const edits = wanted ? schemaFixEdits(fixer, issue.fix!) : null;
        findings.push(
          finding(
            SCHEMA_RULE[issue.kind],
            issue.message,
            issue.path,
            issue.target,
            edits,
            issue.fix?.title,
            issue.fix?.suggestion,
            issue.detail,
          ),
        );
      }
    }

    if (isObject(value)) {
      const rules = (options.rules ?? allRules).filter((r) => levelOf(config, r.meta.id) !== 'off');
      const ruleFindings = runRules(rules, {
        file,
        document: parsed,
        documentIndex: parsed.index,
        contract: value,
        parts: collectParts(value),
        apiVersion: detected.apiVersion,
        config,
        today: options.today,
        catalogue: options.catalogue,
        internalErrors,
        suggestions: options.suggestions !== false,
        subjectPath: options.catalogueSubjectPath ?? options.fileName,
      });
      findings.push(...ruleFindings);
      dropSupersededSchemaFindings(findings, ruleFindings);
    }
    documents.push({ documentIndex: parsed.index, kind: 'odcs', apiVersion: detected.apiVersion, findings });
  }
  for (const doc of documents) dropRecoveryDebris(file, doc);

  // `strict` keeps every place its own finding; other profiles group a rule's repeats within a schema object.
  const group = options.group ?? config.profile !== 'strict';
  for (const doc of documents) {
    doc.findings = finalize(text, doc.findings, config, options.rules);
    if (group)
      doc.findings = groupRepeatedFindings(
        doc.findings,
        file.documents.find((d) => d.index === doc.documentIndex)?.value,
      );
    doc.findings = doc.findings.map((f) => fitFinding(f, keptQuotes(f)));
    if (options.checkFixes)
      doc.findings = offeredFixesIn(file, doc.findings, { suggestions: options.checkFixes === 'all' });
  }
  const all = documents.flatMap((d) => d.findings).sort(byPosition);
  const first = documents.find((d) => d.kind !== 'yaml-error') ?? documents[0];
  return {
    isContract: documents.length > 0,
    kind: first?.kind,
    apiVersion: first?.apiVersion,
    documents,
    findings: all,
    ...(internalErrors.length > 0 ? { internalErrors } : {}),
  };
}

let cachedDefault: ResolvedConfig | undefined;
function defaultConfig(): ResolvedConfig {
  cachedDefault ??= resolveConfig();
  return cachedDefault;
}

/**
 * The version a contract is checked as, and the one finding an old or unknown `apiVersion` gets (with the nearest
 * known version as a suggestion). A v2-shaped file is not checked further; anything else is checked as a v3 version.
 */
function checkedVersion(
  apiVersion: string,
  value: Record<string, unknown>,
): { checkAs: OdcsVersion | 'v2'; finding?: { message: string; detail?: string; suggest?: string } } {
  const known = parseOdcsVersion(apiVersion);
  const unchecked = `Until it is migrated to ODCS ${LATEST_ODCS_VERSION}, it is not checked further.`;
  if (known === 'v2') {
    return {
      checkAs: 'v2',
      finding: {
        message: `Migrate this contract to ODCS ${LATEST_ODCS_VERSION}: ${apiVersion} is an old version (v2), no longer maintained.`,
        detail: `ODCS v2 is no longer maintained. ${unchecked}`,
      },
    };
  }
  if (known) return { checkAs: known };
  if (typeof value.apiVersion !== 'string') {
    // a missing or non-text apiVersion is the schema's to report; check the rest as the newest version
    return { checkAs: LATEST_ODCS_VERSION };
  }
  const guess = guessOdcsVersion(apiVersion, value);
  const shown = `'${apiVersion}'`;
  if (guess.meant) {
    const rest =
      guess.checkAs === 'v2'
        ? `That is ODCS v2, an old version that is no longer maintained. ${unchecked}`
        : `The contract was checked as ${guess.checkAs}.`;
    return {
      checkAs: guess.checkAs,
      finding: {
        message: `Write the apiVersion ${shown} as '${guess.meant}', the way ODCS names its versions.`,
        detail: rest,
        suggest: guess.meant,
      },
    };
  }
  if (guess.checkAs === 'v2') {
    return {
      checkAs: 'v2',
      finding: {
        message: `Migrate this contract to ODCS ${LATEST_ODCS_VERSION}: it is shaped like ODCS v2, and ${shown} was never released.`,
        detail: `ODCS ${shown} is not a released version; the nearest is ${guess.nearest}, an ODCS v2 version that is no longer maintained. ${unchecked}`,
        suggest: guess.nearest,
      },
    };
  }
  return {
    checkAs: guess.checkAs,
    finding: {
      message: `Use a released ODCS version such as ${guess.nearest}: ${shown} is not one.`,
      detail: `This tool knows ODCS v3.0.0 to ${LATEST_ODCS_VERSION}; ${shown} is not a released version. The contract was checked as ${guess.checkAs}, the nearest known version.`,
      suggest: guess.nearest,
    },
  };
}

/** What the templates of a finding's message quote themselves: keys and values the rule wrote, never cut short. */
function keptQuotes(finding: Finding): Set<string> {
  const meta = ruleById.get(finding.ruleId)?.meta;
  if (!meta || finding.messageId === undefined) return new Set();
  const pick = (templates: Record<string, string | undefined> | undefined) => templates?.[finding.messageId!];
  return quotedInTemplates([pick(meta.messages), pick(meta.grouping)]);
}

function levelOf(config: ResolvedConfig, ruleId: string): RuleLevel {
  return config.levels.get(ruleId) ?? ruleById.get(ruleId)?.meta.severity ?? 'error';
}

function syntaxFinding(problem: YamlProblem, documentIndex: number): Finding {
  const ruleId =
    problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : problem.code === 'ALIAS_LIMIT' ? 'alias-limit' : 'yaml-syntax';
  return {
    ruleId,
    code: ruleById.get(ruleId)?.meta.code ?? 'DCL001',
    severity: problem.severity,
    message: problem.message,
    ...(problem.detail ? { detail: problem.detail } : {}),
    path: [],
    range: problem.range,
    docsUrl: docsUrlFor(ruleId),
    documentIndex,
  };
}

/** After a YAML mistake, findings about what the parser read from the broken lines give way to the one at its cause. */
function dropRecoveryDebris(file: ParsedFile, doc: DocumentLintResult): void {
  const parsed = file.documents.find((d) => d.index === doc.documentIndex);
  if (!parsed || doc.kind === 'yaml-error') return;
  const isSyntax = (f: Finding) => ruleById.get(f.ruleId)?.meta.group === 'syntax';
  const { kept, explanations } = separateDebris(
    file,
    parsed,
    doc.findings.filter((f) => !isSyntax(f)),
  );
  doc.findings = [
    ...doc.findings.filter(isSyntax),
    ...kept,
    ...explanations.map((p) => syntaxFinding(p, parsed.index)),
  ];
}

function schemaFixEdits(fixer: Fixer, fix: SchemaFixIntent): TextEdit[] | null {
  const edit =
    fix.kind === 'rename-key' ? fixer.renameKey(fix.path, fix.newKey) : fixer.replaceValue(fix.path, fix.newText);
  return edit ? [edit] : null;
}

/** A rule that explains a schema problem better (e.g. a dimension synonym) replaces the raw schema finding. */
function dropSupersededSchemaFindings(findings: Finding[], ruleFindings: Finding[]): void {
  const claimed = new Set(
    ruleFindings
      .filter((f) => ruleById.get(f.ruleId)?.meta.supersedesSchemaFindings)
      .map((f) => JSON.stringify(f.path)),
  );
  if (claimed.size === 0) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (ruleById.get(f.ruleId)?.meta.group === 'schema' && claimed.has(JSON.stringify(f.path))) findings.splice(i, 1);
  }
}

function finalize(text: string, findings: Finding[], config: ResolvedConfig, only?: readonly AnyRule[]): Finding[] {
  const onlyIds = only ? new Set(only.map((r) => r.meta.id)) : undefined;
  const leveled: Finding[] = [];
  for (const f of findings) {
    const isEngineRule =
      ruleById.get(f.ruleId)?.meta.group === 'syntax' || ruleById.get(f.ruleId)?.meta.group === 'schema';
    if (onlyIds && !onlyIds.has(f.ruleId) && !isEngineRule) continue;
    const level = levelOf(config, f.ruleId);
    if (level === 'off') continue;
    // YAML warnings stay warnings; everything else takes the configured level.
    const severity: Severity = f.ruleId === 'yaml-syntax' && f.severity === 'warning' ? 'warning' : level;
    leveled.push({ ...f, severity });
  }
  return applySuppressions(text, leveled).sort(byPosition);
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code)
  );
}
