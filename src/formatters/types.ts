// What every output format receives: the contracts found, with their findings, plus a little context.
import type { AnyRule, FileLintResult, Finding } from '../engine';

export interface FileReport {
  /** Path relative to the directory dclens ran from, with forward slashes. */
  file: string;
  result: FileLintResult;
}

export interface LintReport {
  /** Contracts only (including broken files that look like contracts). */
  files: FileReport[];
  /** How many YAML files were examined, contracts or not. */
  filesExamined: number;
}

export interface FormatterContext {
  /** dclens version, printed by machine-readable formats. */
  version: string;
  /** Use ANSI colours (a terminal that wants them). */
  color: boolean;
  /** The rules to describe (SARIF lists them all); defaults to every registered rule. */
  rules?: readonly RuleDescription[];
}

/** What a report needs to know about a rule. */
export type RuleDescription = { meta: Pick<AnyRule['meta'], 'id' | 'code' | 'group' | 'severity' | 'description'> };

export type Formatter = (report: LintReport, context: FormatterContext) => string;

export interface Summary {
  files: number;
  contracts: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarize(report: LintReport): Summary {
  const summary: Summary = {
    files: report.filesExamined,
    contracts: report.files.length,
    errors: 0,
    warnings: 0,
    infos: 0,
    hints: 0,
  };
  for (const { result } of report.files) {
    for (const f of result.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else if (f.severity === 'info') summary.infos++;
      else summary.hints++;
    }
  }
  return summary;
}

/** 1-based line and column of a finding's range, as people and CI systems count. */
export function oneBased(place: Pick<Finding, 'range'>): {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  const { start, end } = place.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
