// The report of `dclens diff` for people (text), for pull requests (markdown) and for tools (json).
import type { Change, ChangeLevel, ContractDiff, Perspective, VersionVerdict } from '../../engine';
import { safeForTerminal, safeOneLine } from '../../formatters/terminal';
import { DCLENS_VERSION } from '../../node/version';

export interface DiffReport {
  file: string;
  base: string;
  perspective: Perspective;
  diff: ContractDiff;
}

const LEVELS: ChangeLevel[] = ['breaking', 'warning', 'info'];
const HEADINGS: Record<ChangeLevel, string> = { breaking: 'Breaking', warning: 'Warnings', info: 'Info' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderJson(r: DiffReport): string {
  return `${JSON.stringify({
    tool: 'dclens',
    toolVersion: DCLENS_VERSION,
    file: r.file,
    base: r.base,
    perspective: r.perspective,
    changes: r.diff.changes,
    summary: r.diff.summary,
    version: r.diff.version,
  })}\n`;
}

/** The verdict in one sentence: "1.2.0 → 1.3.0: needs a major release (2.0.0); not announced." */
export function verdictLine(v: VersionVerdict): string {
  const versions = `${v.base ?? '(none)'} → ${v.head ?? '(none)'}`;
  if (v.required === 'none') return `Version ${versions}: no change in meaning, no release needed.`;
  if (v.ok) return `Version ${versions}: the ${v.required} release these changes need is announced.`;
  return `Version ${versions}: ${v.problem ?? `these changes need a ${v.required} release`}.`;
}

export function renderText(r: DiffReport): string {
  const lines = [`${safeOneLine(r.file)} compared with ${safeOneLine(r.base)} (${r.perspective} view)`];
  const { changes, summary } = r.diff;
  if (changes.length === 0) lines.push('  No change in meaning.');
  const width = Math.max(1, ...changes.map((c) => String(c.line).length));
  for (const c of changes)
    lines.push(
      `  ${String(c.line).padStart(width)}  ${c.level.padEnd(8)}  ${c.type.padEnd(22)}  ${safeOneLine(c.message)}`,
    );
  lines.push(
    '',
    `${plural(summary.breaking, 'breaking change')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`,
    safeOneLine(verdictLine(r.diff.version)),
  );
  return safeForTerminal(`${lines.join('\n')}\n`);
}

/** Text people wrote, shown literally in Markdown: no links, no HTML, no formatting of its own. */
export function escapeMarkdown(text: string): string {
  return safeOneLine(text).replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

function where(c: Change): string {
  const name = c.schema === null ? 'contract' : c.property === null ? c.schema : `${c.schema}.${c.property}`;
  return escapeMarkdown(name);
}

export function renderMarkdown(r: DiffReport): string {
  const { changes, summary, version } = r.diff;
  const out = [
    `## Contract changes: ${escapeMarkdown(r.file)}`,
    '',
    `Compared with ${escapeMarkdown(r.base)}, for ${r.perspective === 'consumer' ? 'consumers (readers of the data)' : 'producers (writers of the data)'}: ` +
      `${plural(summary.breaking, 'breaking change')}, ${plural(summary.warning, 'warning')}, ${summary.info} info.`,
    '',
    `${version.ok ? '✅' : '❌'} ${escapeMarkdown(verdictLine(version))}`,
  ];
  if (changes.length === 0) out.push('', 'No change in meaning.');
  for (const level of LEVELS) {
    const group = changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    out.push('', `### ${HEADINGS[level]} (${group.length})`, '');
    for (const c of group) out.push(`- **${c.type}** ${where(c)} (line ${c.line}): ${escapeMarkdown(c.message)}`);
  }
  return `${out.join('\n')}\n`;
}
