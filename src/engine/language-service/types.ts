// The language service's interface: what a host (the CLI, the language server, the VS Code extension, tests)
// gives it, and what every editor feature returns. Everything is plain data shaped like the Language Server
// Protocol (0-based positions, numeric severities and kinds), so an LSP server passes it through unchanged and the
// VS Code client converts it once.
import type { FileLintResult, Finding, Position, Range, TextEdit } from '../types';
import type { ResolvedConfig } from '../config/resolve-config';
import type { LintOptions } from '../lint';
import type { CatalogueSnapshot, Candidate } from '../owners';
import type { ContractScore } from '../services/score/score-types';
import type { CompletionItem } from '../services/completion';
import type { NewContractInput } from '../services/new-contract';

/** One open document: its URI (as the host spells it), its whole text and the version the editor gave it. */
export interface LsTextDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

/** The user's editor settings that change what the service returns (all optional; defaults in brackets). */
export interface LsUserSettings {
  /** Show `info` findings as information, with a squiggle, instead of hints [false]. */
  infosAsInformation?: boolean;
  /**
   * Include the problems at the cursor in the hover [false]: the hover then names each one's rule with a link to its
   * page (it never repeats a message the editor already shows beside the hover).
   */
  problemsInHover?: boolean;
  /** The ODCS version of new contracts: 'v3.0.2' | 'v3.1.0' | 'v3.2.0', or 'auto' for `.dclens.yaml` ['auto']. */
  newContractOdcsVersion?: string;
}

/**
 * What the service needs from its host. Every call is synchronous and cheap: the host prepares configuration and
 * catalogue in advance. The service never waits for a catalogue: while it loads, `catalogue` returns undefined, the
 * owner rules stay silent, and the host lints again when it arrives.
 */
export interface LanguageServiceHost {
  /** Today's date as YYYY-MM-DD (the engine has no clock). */
  today(): string;
  /** The configuration for this document, the user's editor settings already on top; undefined: the defaults. */
  config(uri: string): ResolvedConfig | undefined;
  /** The catalogue snapshot of the document's workspace, or undefined (none, still loading, untrusted). */
  catalogue(uri: string): CatalogueSnapshot | undefined;
  /** The document's path relative to the catalogue's root (forward slashes), for folder and CODEOWNERS evidence. */
  relativePath(uri: string): string;
  /** The user's editor settings for this document. */
  settings?(uri: string): LsUserSettings;
  /**
   * The one documentation link of a rule: the page shipped with the client (`file:///…/docs/rules/<id>.md`).
   * Default: the page in the project's repository.
   */
  docsUrl?(ruleId: string): string;
  /**
   * Lints a text; default: the engine's lintText. A host may answer from results it remembers, as long as the answer
   * is the one lintText would give for the same text and options.
   */
  lintText?(text: string, options: LintOptions): FileLintResult;
}

/** LSP DiagnosticSeverity. */
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type DiagnosticSeverityValue = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

/** What a diagnostic carries for code actions (LSP `data`, kept by every client and sent back with code actions). */
export interface LsDiagnosticData {
  /** The rule id, the one identifier shown everywhere (`schema-invalid-enum`). */
  ruleId: string;
  /** The rule's stable code, shown beside the id (`DCL011`). */
  code: string;
  documentIndex: number;
  /** What the short message leaves out (allowed values, the version a key arrived in), for clients to show. */
  detail?: string;
}

/** An LSP Diagnostic. `code` is the rule id; `codeDescription.href` its one documentation page. */
export interface LsDiagnostic {
  range: Range;
  severity: DiagnosticSeverityValue;
  code: string;
  codeDescription: { href: string };
  source: 'dclens';
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
  data: LsDiagnosticData;
}

/** The lint of one document version. */
export interface LsLintResult {
  uri: string;
  version: number;
  /** False for YAML that is not a contract: publish nothing (and clear what was published). */
  isContract: boolean;
  /** The engine's result (findings with fixes and suggestions, documents, kinds). */
  result: FileLintResult;
  /** One diagnostic per finding, in the same order. */
  diagnostics: LsDiagnostic[];
}

/** A diagnostic as a client sends it back with a code-action request; only range and code (or data) are used. */
export interface LsDiagnosticRef {
  range: Range;
  code?: string | number | { value: string | number };
  source?: string;
  data?: unknown;
}

/** LSP CodeActionKind values the service returns. */
export const CodeActionKind = {
  QuickFix: 'quickfix',
  SourceFixAll: 'source.fixAll.dclens',
} as const;

export interface LsCommand {
  title: string;
  command: string;
  arguments?: unknown[];
}

/** The commands code actions and lenses name; the client registers them (the LSP server forwards them). */
export const LsCommands = {
  showRuleDocumentation: 'dclens.showRuleDocumentation',
  showScore: 'dclens.showScore',
  /** Opens a converted contract beside the original, unsaved (arguments: the original's URI, the new text). */
  openConverted: 'dclens.openConverted',
} as const;

/** An LSP CodeAction with a WorkspaceEdit in the `changes` form (edits of the requested document). */
export interface LsCodeAction {
  title: string;
  kind: string;
  diagnostics?: LsDiagnostic[];
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: LsCommand;
}

export interface LsCodeActionContext {
  /** The diagnostics the client has at the range (ours are matched by rule id or code and range). */
  diagnostics: readonly LsDiagnosticRef[];
  /** LSP `only`: e.g. ['source.fixAll.dclens'] for fix-all on save, ['quickfix'] for the light bulb. */
  only?: readonly string[];
}

/** The result of the guarded fix-all: edits to turn the text into the fixed one (empty when nothing changes). */
export interface LsFixAllResult {
  edits: TextEdit[];
  /** How many safe fixes were applied, over all passes. */
  applied: number;
  /** The fixed text. */
  text: string;
}

export interface LsHover {
  /** Markdown; links run only the commands in MARKDOWN_COMMANDS (the client must trust only those). */
  contents: { kind: 'markdown'; value: string };
  range: Range;
}

/** An LSP CodeLens: the score of each contract of the file, on its first line. */
export interface LsCodeLens {
  range: Range;
  command: LsCommand;
}

export interface LsScoreOptions {
  /** Predict each next step's gain by applying it and scoring again (slower; the score view asks for it). */
  steps?: boolean;
}

/** The one score of a document: from exactly the findings its diagnostics show. */
export interface LsScore {
  uri: string;
  version: number;
  contracts: ContractScore[];
  /** Diagnostics per contract document (by documentIndex), the count the lens and the status bar show. */
  problems: number[];
}

export interface LsOwnerQuery {
  /** The business area of the new contract. */
  domain: string;
  /** Where the contract will live (workspace-relative), for folder evidence. */
  relativePath: string;
  /** Default 'Data Owner'. */
  role?: 'Data Owner' | 'Data Steward' | 'Data Custodian';
  /** Default 5. */
  top?: number;
}

/** The one object every adapter calls. Frozen; holds only the last lint of each open document. */
export interface LanguageService {
  /** Cheap text check: whether the document looks like a contract (only those are ever parsed). */
  isCandidate(document: LsTextDocument): boolean;
  /** Lints the document now (with the host's config and catalogue as they are) and remembers the result. */
  lint(document: LsTextDocument): LsLintResult;
  /** The remembered lint of exactly this version and text, if any (never linted here). */
  lastLint(document: LsTextDocument): LsLintResult | undefined;
  /** Quick fixes and suggestions of the diagnostics at `range`, disable comments, docs, fix-all; or fix-all only. */
  codeActions(document: LsTextDocument, range: Range, context: LsCodeActionContext): LsCodeAction[];
  /** Every safe fix, guarded, in passes, as edits of the current text. */
  fixAll(document: LsTextDocument): LsFixAllResult;
  hover(document: LsTextDocument, position: Position): LsHover | undefined;
  completion(document: LsTextDocument, position: Position): CompletionItem[];
  codeLenses(document: LsTextDocument): LsCodeLens[];
  score(document: LsTextDocument, options?: LsScoreOptions): LsScore;
  /** Likely owners for a new contract in a domain and folder, best first (empty without a catalogue). */
  ownerCandidates(uri: string, query: LsOwnerQuery): Candidate[];
  /** Edits that format the SQL of quality rules (nothing else changes). */
  formatSql(document: LsTextDocument): TextEdit[];
  /** The text of a new contract, in the version the settings ask for (for a file at `uri`). */
  newContract(uri: string, input: NewContractInput): string;
  /** Drops what is remembered of a closed document. */
  forget(uri: string): void;
}

export type {
  FileLintResult,
  Finding,
  Position,
  Range,
  TextEdit,
  CompletionItem,
  ContractScore,
  NewContractInput,
  Candidate,
  CatalogueSnapshot,
};
