// The figures of `dclens report`: counts and means over contract records, per group, the weakest contracts and the
// rules that fire most. Every figure is a count, sum or mean of what each record already holds.
import { SCORE_AREAS } from '../services/score/score-types';
import type {
  AreaFigures,
  ContractRecord,
  Figures,
  GroupBy,
  GroupFigures,
  HistoryPoint,
  Report,
  RuleCount,
  WeakContract,
} from './report-types';

/** The group name of contracts without a domain, team or folder value. */
export const NO_GROUP = '(none)';

/** One decimal, as the report shows means. */
export const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * The figures of a set of records. Means (score and each area) are over the scored records, one decimal;
 * ownersWhoLeft counts distinct people (usernames, ignoring case), since one person may hold roles in many contracts.
 */
export function figuresOf(records: readonly ContractRecord[]): Figures {
  const scored = records.filter((r) => r.unscored === undefined);
  const left = new Set(records.flatMap((r) => r.ownersWhoLeft.map((u) => u.toLowerCase())));
  const dimensions = Object.fromEntries(
    SCORE_AREAS.map((area) => [area, mean(scored.map((r) => r.areas[area]))]),
  ) as AreaFigures;
  return {
    contracts: records.length,
    withDataOwner: records.filter((r) => r.dataOwners.length > 0).length,
    withSteward: records.filter((r) => r.stewards.length > 0).length,
    withCustodian: records.filter((r) => r.custodians.length > 0).length,
    ownersWhoLeft: left.size,
    errors: records.reduce((n, r) => n + r.errors, 0),
    warnings: records.reduce((n, r) => n + r.warnings, 0),
    meanScore: mean(scored.map((r) => r.score)),
    dimensions,
    unscored: records.length - scored.length,
  };
}

/** The value a record is grouped by; NO_GROUP when it has none. */
export function groupOf(record: ContractRecord, by: GroupBy): string {
  const value = by === 'domain' ? record.domain : by === 'team' ? record.team : record.folder;
  return value && value.trim() !== '' ? value : NO_GROUP;
}

/** The figures per group, in order of group name ('(none)' last). */
export function groupFigures(records: readonly ContractRecord[], by: GroupBy): GroupFigures[] {
  const groups = new Map<string, ContractRecord[]>();
  for (const record of records) {
    const key = groupOf(record, by);
    const list = groups.get(key);
    if (list) list.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : a.localeCompare(b, 'en')))
    .map((group) => ({ group, ...figuresOf(groups.get(group) ?? []) }));
}

/** The n lowest-scoring scored contracts, lowest first (ties by file, then name). */
export function weakest(records: readonly ContractRecord[], n = 10): WeakContract[] {
  return records
    .filter((r) => r.unscored === undefined)
    .sort((a, b) => a.score - b.score || a.file.localeCompare(b.file, 'en') || a.name.localeCompare(b.name, 'en'))
    .slice(0, Math.max(0, n))
    .map((r) => ({ file: r.file, name: r.name, score: r.score, ...(r.nextStep ? { nextStep: r.nextStep } : {}) }));
}

/** The n rules with the most findings over all records, most first (ties by rule id). */
export function topRules(records: readonly ContractRecord[], n = 10): RuleCount[] {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const [ruleId, count] of Object.entries(record.rules)) counts.set(ruleId, (counts.get(ruleId) ?? 0) + count);
  return [...counts]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId, 'en'))
    .slice(0, Math.max(0, n));
}

export interface BuildReportOptions {
  by?: GroupBy;
  version: string;
  /** ISO timestamp. */
  generated: string;
  history?: { points: HistoryPoint[]; notes?: string[] };
  /** How many weakest contracts and top rules to list; default 10. */
  top?: number;
}

/** The whole report over the records: the figures now, per group, the weakest, the top rules, and any history. */
export function buildReport(records: readonly ContractRecord[], options: BuildReportOptions): Report {
  const by = options.by ?? 'domain';
  const { contracts, ...summary } = figuresOf(records);
  const top = options.top ?? 10;
  return {
    tool: 'dclens',
    version: options.version,
    generated: options.generated,
    contracts,
    summary,
    groupBy: by,
    byDomain: groupFigures(records, by),
    weakest: weakest(records, top),
    topRules: topRules(records, top),
    records: [...records],
    ...(options.history ? { history: options.history.points } : {}),
    ...(options.history && options.history.notes && options.history.notes.length > 0
      ? { historyNotes: options.history.notes }
      : {}),
  };
}
