// `dclens report --format json`: the report as data. The figures per group are under `byDomain` whatever the
// grouping, each named by the key it is grouped by ("domain", "team" or "folder").
import type { Report } from './report-types';
import { jsonVisible } from './visible-text';

/** The JSON text of the report, two-space indented, ending with a line break. */
export function renderReportJson(report: Report): string {
  const { byDomain, ...rest } = report;
  const groups = byDomain.map(({ group, ...figures }) => ({ [report.groupBy]: group, ...figures }));
  const ordered = {
    tool: rest.tool,
    version: rest.version,
    generated: rest.generated,
    contracts: rest.contracts,
    summary: rest.summary,
    groupBy: rest.groupBy,
    byDomain: groups,
    weakest: rest.weakest,
    topRules: rest.topRules,
    ...(rest.history ? { history: rest.history } : {}),
    ...(rest.historyNotes ? { historyNotes: rest.historyNotes } : {}),
    records: rest.records,
  };
  // Characters that act on a terminal are written as \u escapes: the same data, safe to print.
  return `${jsonVisible(JSON.stringify(ordered, null, 2))}\n`;
}
