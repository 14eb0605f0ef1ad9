// `dclens report`'s pure part: records per contract, the figures over them, and the text formats.
export * from './report-types';
export { contractRecords, type RecordOptions } from './record';
export {
  buildReport,
  figuresOf,
  groupFigures,
  groupOf,
  oneDecimal,
  topRules,
  weakest,
  NO_GROUP,
  type BuildReportOptions,
} from './aggregate';
export { renderReportCsv, textCell, CSV_HEADER } from './render-csv';
export { renderReportMarkdown, escapeCell } from './render-markdown';
export { renderReportJson } from './render-json';
