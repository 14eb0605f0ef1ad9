// The messages beyond the Language Server Protocol that the VS Code client and the server exchange, in one place for
// both sides. Plain method names and data shapes only: the client imports this file without pulling in the engine.
import type { TextEdit } from '../engine';

/** A document's text as the client has it now, so a request never acts on an older copy. */
export interface DocumentText {
  uri: string;
  version: number;
  text: string;
}

/** Server → client, after each publication of a document's diagnostics (same URI and version). */
export const DID_LINT = 'dclens/didLint';
export interface DidLintParams {
  uri: string;
  version: number;
  /** False: not a contract (nothing published for it). */
  isContract: boolean;
  /** The number of diagnostics published. */
  problems: number;
  /** The rule of each diagnostic, in order. */
  ruleIds: string[];
  /** The first contract's overall score and its CodeLens title, from the same findings as the diagnostics. */
  score?: { overall: number; title: string };
}

/** Client → server: the score breakdown of a document as markdown (links `<uri>#L<line>`), steps included. */
export const SCORE = 'dclens/score';
export interface ScoreResult {
  /** One markdown page per contract of the file; empty when it is not a contract. */
  pages: string[];
}

/** Client → server: lint these files as the editor and the CLI do (configuration, ignore, catalogue) and publish. */
export const LINT_FILES = 'dclens/lintFiles';
export interface LintFilesParams {
  uris: string[];
}
export interface LintFilesResult {
  files: number;
  contracts: number;
  problems: number;
}

/** Client → server: resolves once the document's owner catalogue has loaded and open contracts were checked again. */
export const CATALOGUE_LOADED = 'dclens/catalogueLoaded';
export interface CatalogueLoadedParams {
  uri: string;
}

/**
 * Client → server: how many lint results the server computed and how many it answered from memory since it started
 * (for tests and troubleshooting a slow editor).
 */
export const LINT_STATS = 'dclens/lintStats';
export interface LintStatsResult {
  computed: number;
  reused: number;
  /** Results held in memory now, and their estimated size in bytes. */
  entries: number;
  bytes: number;
}

/** Client → server: resolves once the server has compiled its checks (it warms up when it starts). */
export const WARM = 'dclens/warm';

/** Client → server: every safe fix of the document, as edits of the text sent. */
export const FIX_ALL = 'dclens/fixAll';
export interface FixAllResult {
  edits: TextEdit[];
  applied: number;
}

/** Client → server: edits that format the SQL of the document's quality rules. */
export const FORMAT_SQL = 'dclens/formatSql';

/** Client → server: the skeleton of a new contract, as a snippet, in the ODCS version the settings ask for. */
export const NEW_CONTRACT = 'dclens/newContract';
export interface NewContractParams {
  /** Where it will be saved (its configuration may name the version). */
  uri: string;
  name: string;
  domain: string;
  owner: string;
}
export interface NewContractResult {
  snippet: string;
  version: string;
}

/** Client → server: likely Data Owners for a new contract (empty without a catalogue). */
export const OWNER_CANDIDATES = 'dclens/ownerCandidates';
export interface OwnerCandidatesParams {
  uri: string;
  domain: string;
  relativePath: string;
}
export interface OwnerCandidate {
  id: string;
  name?: string;
  evidence: string[];
}

/** Client → server: every rule, for the "Show rule documentation" picker. */
export const RULES = 'dclens/rules';
export interface RuleInfo {
  id: string;
  code: string;
  description: string;
}

/** Client → server: the data checks a contract makes, for the Test Explorer (nothing connects to any data). */
export const TEST_PLAN = 'dclens/testPlan';
export interface TestPlanParams {
  uri: string;
}
export interface PlannedCheck {
  /** Stable id, as `dclens test` prints it: `fines.amount_pence.quality[0]`. */
  id: string;
  /** The schema object's name; the Test Explorer groups checks under it. */
  schema: string;
  /** The property (dotted when nested), null for a table-level check. */
  property: string | null;
  /** The check type, as `dclens test --format json` names it (`nullValues`, `required`, `sql`, `freshness`, …). */
  type: string;
  /** A short label for the tree: "amount_pence: nullValues mustBe 0". */
  label: string;
  /** The line of the rule (or key) in the contract, 0-based. */
  line: number;
  /** Why it cannot run (custom engines, unsupported SLA properties); listed, never dropped. */
  skipped?: string;
}
export interface PlannedObject {
  name: string;
  /** The line of the schema object's `name`, 0-based. */
  line: number;
}
export interface PlannedServer {
  server: string;
  type: string;
  /** False when this machine cannot run it (a warehouse without its driver); `reason` says why. */
  runnable: boolean;
  reason?: string;
}
export interface TestPlanResult {
  /** Why nothing can be tested (not a contract, unreadable YAML). */
  problem?: string;
  objects: PlannedObject[];
  checks: PlannedCheck[];
  servers: PlannedServer[];
}

/** Client → server: run a contract's checks against one of its servers. Cancellable with the request. */
export const RUN_TESTS = 'dclens/runTests';
export interface RunTestsParams {
  uri: string;
  /** The server's name; the first server when absent. */
  server?: string;
  /** Only these check ids (all when absent). */
  ids?: string[];
  /** PostgreSQL credentials the client keeps in secret storage; the contract never holds them. */
  credentials?: { user?: string; password?: string };
}
export interface TestResult {
  id: string;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  /** 0-based line of the rule (or key). */
  line: number;
  actual?: number;
  expected?: string;
  message: string;
  query?: string;
  /** Up to 5 offending rows or values of a failed check. */
  sample?: unknown[];
}
export interface RunTestsResult {
  server: { server: string; type: string };
  /** Set when the data could not be reached (unknown server, missing file, refused connection): one line. */
  unreachable?: string;
  results: TestResult[];
  summary: { passed: number; failed: number; errors: number; skipped: number };
  /** How many scans of the data the run needed, and how long it took. */
  scans: number;
  milliseconds: number;
}

/** Server → client, during a run: a check started or finished (for the Test Explorer's running state). */
export const TEST_PROGRESS = 'dclens/testProgress';
export interface TestProgressParams {
  uri: string;
  message: string;
}

/** Client → server: a new contract inferred from a data file or a PostgreSQL table, as YAML to open unsaved. */
export const NEW_CONTRACT_FROM_DATA = 'dclens/newContractFromData';
export interface NewContractFromDataParams {
  /** Where the contract will be saved (a data file path is relative to it; its configuration names the version). */
  uri: string;
  source:
    | { kind: 'file'; path: string }
    | { kind: 'postgres'; host?: string; port?: number; database?: string; schema: string; table: string };
  credentials?: { user?: string; password?: string };
}
export interface NewContractFromDataResult {
  /** The contract, or undefined when the data could not be read (`problem` says why, in one line). */
  text?: string;
  problem?: string;
  /** What the contract cannot know and marks for the user (owner, purpose): shown after it opens. */
  notes: string[];
}

/** Client → server: the contract as it is in the base version in git (the left side of "Compare with base"). */
export const BASE_TEXT = 'dclens/baseText';
export interface BaseTextParams {
  uri: string;
}
export interface BaseTextResult {
  /** The base version's text, or undefined when there is none (`problem` says why, in one sentence). */
  text?: string;
  /** The branch or ref compared with, for titles: 'main', 'HEAD'. */
  label?: string;
  problem?: string;
}

/** Client → server: the data quality report (`dclens report`) of these files, as one self-contained HTML page. */
export const REPORT = 'dclens/report';
export interface ReportParams {
  /** The workspace's YAML files; those that are not ODCS contracts are not counted. */
  uris: string[];
}
export interface ReportResult {
  /** The page; its links carry each contract's path in `data-file` (a key of `files`). */
  html: string;
  contracts: number;
  /** The URI of each linked file, by the path the page names it with. */
  files: Record<string, string>;
}
