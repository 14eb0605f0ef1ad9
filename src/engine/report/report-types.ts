// The shapes of `dclens report`: one record per contract, the figures over a set of records, and the whole report.
// The figures are sums and means of what `dclens lint` and `dclens score` give per contract, never a second formula.
import type { ScoreArea } from '../types';

/** Per area (the six data-quality dimensions, ownership, documentation): a score 0–100. */
export type AreaFigures = Record<ScoreArea, number>;

/** What the report knows of one contract (one ODCS document) at one point in time. */
export interface ContractRecord {
  /** Workspace-relative path, forward slashes. */
  file: string;
  /** The contract's name, else its id, else the file name. */
  name: string;
  /** ODCS `domain`, when set. */
  domain?: string;
  /** The team's name (ODCS v3.1+ `team.name`, else `team.id`), when set; a v3.0 team list names no team. */
  team?: string;
  /** The folder of the file, workspace-relative ('.' for the top). */
  folder: string;
  /** Usernames (or names) named in each catalogue role; empty when none. */
  dataOwners: string[];
  stewards: string[];
  custodians: string[];
  /** Named owners the catalogue says have left (empty without a catalogue). */
  ownersWhoLeft: string[];
  /** Overall score 0–100 as `dclens score` gives it. */
  score: number;
  areas: AreaFigures;
  errors: number;
  warnings: number;
  /** Findings per rule id. */
  rules: Record<string, number>;
  /** The best next step `dclens score` gives, when there is one. */
  nextStep?: string;
  /**
   * Why the contract has no score, when it has none (it does not parse, or its ODCS version is older than v3). Its
   * findings still count; its score and areas (0) are left out of every mean.
   */
  unscored?: string;
}

/** The figures of a set of contracts: the whole repository, one group, or one point in history. */
export interface Figures {
  contracts: number;
  withDataOwner: number;
  withSteward: number;
  withCustodian: number;
  ownersWhoLeft: number;
  errors: number;
  warnings: number;
  /** Mean of the records' scores, one decimal; 0 when there are no contracts. */
  meanScore: number;
  dimensions: AreaFigures;
  /** Contracts counted but not scored (see ContractRecord.unscored); the means are over the others. */
  unscored?: number;
}

export type GroupBy = 'domain' | 'team' | 'folder';

export interface GroupFigures extends Figures {
  /** The group's value; '(none)' for contracts without one. */
  group: string;
}

export interface WeakContract {
  file: string;
  name: string;
  score: number;
  nextStep?: string;
}

export interface RuleCount {
  ruleId: string;
  count: number;
}

/** The figures at one commit (or the last commit of one month). */
export interface HistoryPoint extends Figures {
  /** YYYY-MM-DD of the commit (committer date, UTC). */
  date: string;
  commit: string;
}

export interface ReportHistory {
  /** 'commit' or 'month': what one point stands for. */
  granularity: 'commit' | 'month';
  points: HistoryPoint[];
  /** Plain-English notes a reader needs, e.g. that the clone is shallow so history starts later. */
  notes: string[];
}

export interface Report {
  tool: 'dclens';
  version: string;
  /** ISO timestamp. */
  generated: string;
  contracts: number;
  summary: Omit<Figures, 'contracts'>;
  groupBy: GroupBy;
  /** Named byDomain in JSON whatever the grouping, as the figures per group. */
  byDomain: GroupFigures[];
  weakest: WeakContract[];
  topRules: RuleCount[];
  /** One record per contract, for the CSV and the sortable table. */
  records: ContractRecord[];
  /** Present with --history, oldest first. */
  history?: HistoryPoint[];
  historyNotes?: string[];
}
