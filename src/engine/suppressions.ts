// `# dclens-disable-next-line <rule>` and `# dclens-disable <rule>` … `# dclens-enable <rule>` comments.
import type { Finding } from './types';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  line: number;
  /** Rule ids or codes; empty means every rule. */
  rules: string[];
}

const DIRECTIVE = /(?:^|\s)#\s*dclens-(disable-next-line|disable|enable)\b([^#\n]*)/;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.includes('dclens-')) return;
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const rules = match[2]
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '' && r !== '--');
    directives.push({
      kind: match[1] as Directive['kind'],
      line: index,
      rules: rules.slice(0, rules.indexOf('--') === -1 ? undefined : rules.indexOf('--')),
    });
  });
  return directives;
}

const matches = (d: Directive, f: Finding): boolean =>
  d.rules.length === 0 || d.rules.includes(f.ruleId) || d.rules.includes(f.code);

/** Drops findings switched off by comments in the text. */
export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (!text.includes('dclens-')) return findings;
  const directives = parseDirectives(text);
  if (directives.length === 0) return findings;
  return findings.filter((finding) => {
    const line = finding.range.start.line;
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && matches(d, finding)) return false;
      if (d.line > line) break;
      if (d.kind === 'disable' && matches(d, finding)) disabled = true;
      if (d.kind === 'enable' && matches(d, finding)) disabled = false;
    }
    return !disabled;
  });
}
