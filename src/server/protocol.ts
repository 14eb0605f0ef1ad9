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
