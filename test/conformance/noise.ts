// How noisy the linter is on a set of files: findings per file (errors, warnings and infos; hints are not
// counted, editors barely show them), the rules that fire most, and the most one rule says about one file.
import type { Severity } from '../../src/engine';

export const COUNTED_SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FileFindings {
  file: string;
  findings: ReadonlyArray<{ ruleId: string; severity: Severity }>;
}

export interface NoiseReport {
  files: number;
  /** Counted findings per file, in the order given. */
  perFile: Array<{ file: string; count: number }>;
  median: number;
  worst?: { file: string; count: number };
  /** Rules by number of counted findings, most first (ties by id). */
  topRules: Array<{ ruleId: string; count: number; files: number }>;
  /** The largest number of counted findings of one rule in one file. */
  maxRuleInFile?: { ruleId: string; file: string; count: number };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function measureNoise(files: readonly FileFindings[], top = 10): NoiseReport {
  const perFile: NoiseReport['perFile'] = [];
  const totals = new Map<string, { count: number; files: number }>();
  let maxRuleInFile: NoiseReport['maxRuleInFile'];
  for (const { file, findings } of files) {
    const counted = findings.filter((f) => COUNTED_SEVERITIES.includes(f.severity));
    perFile.push({ file, count: counted.length });
    const inFile = new Map<string, number>();
    for (const f of counted) inFile.set(f.ruleId, (inFile.get(f.ruleId) ?? 0) + 1);
    for (const [ruleId, count] of inFile) {
      const total = totals.get(ruleId) ?? { count: 0, files: 0 };
      total.count += count;
      total.files++;
      totals.set(ruleId, total);
      if (!maxRuleInFile || count > maxRuleInFile.count) maxRuleInFile = { ruleId, file, count };
    }
  }
  const worst = perFile.reduce<NoiseReport['worst']>((w, f) => (!w || f.count > w.count ? f : w), undefined);
  const topRules = [...totals]
    .map(([ruleId, t]) => ({ ruleId, ...t }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
    .slice(0, top);
  return { files: files.length, perFile, median: median(perFile.map((f) => f.count)), worst, topRules, maxRuleInFile };
}

/** The report as a few lines of text, for a terminal. */
export function formatNoise(report: NoiseReport, title: string, indent = ''): string {
  const pct = (n: number) => `${Math.round((100 * n) / Math.max(1, report.files))} %`;
  const lines = [
    `${title}: ${report.files} files`,
    `  findings per file (error, warning, info): median ${report.median}` +
      (report.worst ? `, worst ${report.worst.count} (${report.worst.file})` : ''),
    report.maxRuleInFile
      ? `  most findings of one rule in one file: ${report.maxRuleInFile.count} × ${report.maxRuleInFile.ruleId} (${report.maxRuleInFile.file})`
      : '  most findings of one rule in one file: none',
    `  rules that fire most:`,
    ...report.topRules.map(
      (r) => `    ${String(r.count).padStart(5)}  ${r.ruleId.padEnd(36)} in ${r.files} files (${pct(r.files)})`,
    ),
  ];
  return lines.map((l) => indent + l).join('\n');
}
