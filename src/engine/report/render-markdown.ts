// `dclens report --format markdown`: a summary a pull request or wiki page can carry. Text from contracts is escaped,
// so a name cannot break a table, add a link or raw HTML.
import { SCORE_AREAS } from '../services/score/score-types';
import type { GroupBy, Report } from './report-types';
import { visibleText } from './visible-text';

const GROUP_TITLE: Record<GroupBy, string> = { domain: 'Domain', team: 'Team', folder: 'Folder' };

/** The Markdown text of the report. */
export function renderReportMarkdown(report: Report): string {
  const out: string[] = [];
  const n = report.contracts;
  out.push('# Data contract report', '');
  out.push(
    `${n} ${n === 1 ? 'contract' : 'contracts'}, generated ${escapeCell(report.generated)} by dclens ${escapeCell(report.version)}.`,
  );
  if (n === 0) {
    out.push('', 'No data contracts were found.', '');
    return out.join('\n');
  }
  const s = report.summary;
  const unscored = s.unscored ?? 0;
  if (unscored > 0)
    out.push(
      '',
      `${unscored} of them could not be scored (see "Not scored" below); the mean scores are over the other ${n - unscored}.`,
    );

  out.push('', '## Now', '');
  out.push(...table(['Figure', 'Value'], headlineRows(report)));

  out.push('', '## Quality by area', '');
  out.push(
    ...table(
      ['Area', 'Mean score'],
      SCORE_AREAS.map((a) => [a, String(s.dimensions[a])]),
    ),
  );

  out.push('', `## By ${report.groupBy}`, '');
  out.push(
    ...table(
      [
        GROUP_TITLE[report.groupBy],
        'Contracts',
        'With a Data Owner',
        'Errors',
        'Warnings',
        'Mean score',
        ...SCORE_AREAS,
      ],
      report.byDomain.map((g) => [
        escapeCell(g.group),
        String(g.contracts),
        share(g.withDataOwner, g.contracts),
        String(g.errors),
        String(g.warnings),
        String(g.meanScore),
        ...SCORE_AREAS.map((a) => String(g.dimensions[a])),
      ]),
    ),
  );

  if (report.weakest.length > 0) {
    out.push('', '## Weakest contracts', '');
    out.push(
      ...table(
        ['Contract', 'File', 'Score', 'Best next step'],
        report.weakest.map((w) => [
          escapeCell(w.name),
          escapeCell(w.file),
          String(w.score),
          escapeCell(w.nextStep ?? '—'),
        ]),
      ),
    );
  }

  if (report.topRules.length > 0) {
    out.push('', '## Rules that fire most', '');
    out.push(
      ...table(
        ['Rule', 'Findings'],
        report.topRules.map((r) => [escapeCell(r.ruleId), String(r.count)]),
      ),
    );
  }

  const notScored = report.records.filter((r) => r.unscored !== undefined);
  if (notScored.length > 0) {
    out.push('', '## Not scored', '');
    out.push(
      ...table(
        ['File', 'Why'],
        notScored.map((r) => [escapeCell(r.file), escapeCell(r.unscored ?? '')]),
      ),
    );
  }

  if (report.history) {
    out.push('', '## Over time', '');
    for (const note of report.historyNotes ?? []) out.push(escapeCell(note), '');
    if (report.history.length === 0) out.push('No commits touched a contract.');
    else
      out.push(
        ...table(
          ['Date', 'Commit', 'Contracts', 'With a Data Owner', 'Errors', 'Warnings', 'Mean score'],
          report.history.map((h) => [
            escapeCell(h.date),
            escapeCell(h.commit.slice(0, 7)),
            String(h.contracts),
            share(h.withDataOwner, h.contracts),
            String(h.errors),
            String(h.warnings),
            String(h.meanScore),
          ]),
        ),
      );
  }
  out.push('');
  return out.join('\n');
}

function headlineRows(report: Report): string[][] {
  const s = report.summary;
  const n = report.contracts;
  return [
    ['Contracts', String(n)],
    ['With a Data Owner', share(s.withDataOwner, n)],
    ['With a Data Steward', share(s.withSteward, n)],
    ['With a Data Custodian', share(s.withCustodian, n)],
    ['Owners who have left', String(s.ownersWhoLeft)],
    ['Errors', String(s.errors)],
    ['Warnings', String(s.warnings)],
    ['Mean score', String(s.meanScore)],
  ];
}

/** "2 of 3 (67%)". */
function share(count: number, of: number): string {
  return of === 0 ? '0' : `${count} of ${of} (${Math.round((100 * count) / of)}%)`;
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/**
 * Text from a contract as one table cell: line breaks become spaces, and the characters that would end the cell or
 * start a link, code or HTML (| \ ` [ ] < >) are escaped; control characters show as escapes (visible-text.ts).
 */
export function escapeCell(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\|`[\]<>]/g, (c) => `\\${c}`);
  return visibleText(oneLine);
}
