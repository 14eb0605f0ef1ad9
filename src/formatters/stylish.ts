// The terminal format: findings grouped by file, aligned columns, a summary line. Readable without colour.
import type { Severity } from '../engine';
import type { Formatter } from './types';
import { oneBased, plural, summarize } from './types';
import { safeForTerminal, safeOneLine } from './terminal';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

export const formatStylish: Formatter = (report, context) => {
  const paint = (style: Style, text: string): string =>
    context.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const out: string[] = [];
  for (const { file, result } of report.files) {
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((f) => {
      const { line, column } = oneBased(f);
      return {
        where: `${line}:${column}`,
        severity: f.severity,
        message: safeForTerminal(f.message.replace(/\s*\n\s*/g, ' ')),
        rule: safeOneLine(f.ruleId),
      };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    out.push(paint('underline', safeOneLine(file)));
    for (const r of rows) {
      const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(severityWidth));
      out.push(`  ${r.where.padEnd(whereWidth)}  ${severity}  ${r.message}  ${paint('gray', r.rule)}`);
    }
    out.push('');
  }
  const s = summarize(report);
  const problems = s.errors + s.warnings + s.infos + s.hints;
  const checked = `${plural(s.contracts, 'contract')} in ${plural(s.files, 'YAML file')}`;
  if (problems === 0) {
    out.push(paint('green', `No problems in ${checked}.`));
  } else {
    const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning')];
    if (s.infos > 0) parts.push(plural(s.infos, 'info'));
    if (s.hints > 0) parts.push(plural(s.hints, 'hint'));
    const fixable = report.files.reduce((n, { result }) => n + result.findings.filter((f) => f.fix).length, 0);
    const style: Style = s.errors > 0 ? 'red' : 'yellow';
    out.push(paint(style, paint('bold', `${plural(problems, 'problem')} (${parts.join(', ')}) in ${checked}.`)));
    if (fixable > 0) out.push(`${plural(fixable, 'problem')} can be fixed with the --fix option.`);
  }
  return `${out.join('\n')}\n`;
};
