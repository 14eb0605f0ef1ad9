// `dclens report --format csv`: one row per contract, a header row first, for spreadsheets and Power BI.
// RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in double quotes.
import { SCORE_AREAS } from '../services/score/score-types';
import type { ContractRecord, Report } from './report-types';
import { visibleText } from './visible-text';

export const CSV_HEADER: readonly string[] = [
  'file',
  'name',
  'domain',
  'team',
  'data owner',
  'data steward',
  'data custodian',
  'owners who left',
  'score',
  ...SCORE_AREAS,
  'errors',
  'warnings',
  'next step',
  'not scored',
];

/** The CSV text of the report's contracts. A contract that was not scored has empty score cells, not 0. */
export function renderReportCsv(report: Pick<Report, 'records'>): string {
  const rows = [CSV_HEADER.map(textCell), ...report.records.map(rowOf)];
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function rowOf(r: ContractRecord): string[] {
  const scored = r.unscored === undefined;
  const people = (list: readonly string[]) => textCell(list.join('; '));
  return [
    textCell(r.file),
    textCell(r.name),
    textCell(r.domain ?? ''),
    textCell(r.team ?? ''),
    people(r.dataOwners),
    people(r.stewards),
    people(r.custodians),
    people(r.ownersWhoLeft),
    scored ? String(r.score) : '',
    ...SCORE_AREAS.map((a) => (scored ? String(r.areas[a]) : '')),
    String(r.errors),
    String(r.warnings),
    textCell(r.nextStep ?? ''),
    textCell(r.unscored ?? ''),
  ];
}

/**
 * A text cell. Control characters show as escapes (see visible-text.ts). Text that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so it shows as text.
 */
export function textCell(value: string): string {
  const shown = visibleText(value);
  const safe = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
