// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
import type { Severity } from '../engine';
import type { Formatter } from './types';
import { oneBased } from './types';
import { safeForTerminal } from './terminal';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escaping for the message part of a workflow command; other control characters are shown, never run by the log. */
export function escapeData(text: string): string {
  return safeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping for property values (file, title), where ':' and ',' separate fields. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  for (const { file, result } of report.files) {
    for (const f of result.findings) {
      const { line, column, endLine, endColumn } = oneBased(f);
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message} (${f.code})`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
