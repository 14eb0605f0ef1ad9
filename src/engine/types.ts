// Core types shared by every layer. Positions are 0-based and LSP-shaped; formatters add 1 at the edge.

/** A JSON path into a contract, e.g. ['schema', 0, 'properties', 3, 'name']. */
export type JsonPath = ReadonlyArray<string | number>;

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit offset in the line. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleLevel = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Which part of a mapping entry a finding points at. */
export type Target = 'key' | 'value' | 'entry';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A set of text edits that together make one change (a quick fix or a suggestion). */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One place of a grouped finding, with what the rule said about it on its own. */
export interface RelatedPlace {
  path: JsonPath;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  code: string;
  severity: Severity;
  /** One short sentence, action first (at most about 120 characters): what the Problems panel shows. */
  message: string;
  /**
   * What the message leaves out: the allowed values, the version a key arrived in, names in full. Plain English,
   * Markdown allowed, any length; shown in the hover, JSON and SARIF.
   */
  detail?: string;
  path: JsonPath;
  range: Range;
  docsUrl: string;
  /** Safe to apply without asking (quick fix, `--fix`, fix-all). */
  fix?: Fix;
  /** Alternatives the user chooses between; never applied automatically. */
  suggestions?: Fix[];
  /** Index of the YAML document in a multi-document file. */
  documentIndex?: number;
  /** Which of the rule's messages this is (rules' findings only). */
  messageId?: string;
  /** A grouped finding: every place it stands for (the first is where the finding sits), each with its own message. */
  related?: RelatedPlace[];
}

export type ContractKind = 'odcs' | 'dcs' | 'yaml-error';

export interface DocumentLintResult {
  documentIndex: number;
  kind: ContractKind;
  apiVersion?: string;
  findings: Finding[];
}

export interface FileLintResult {
  /** True when at least one document is a contract (ODCS or DCS), or the file looks like one but cannot be parsed. */
  isContract: boolean;
  kind?: ContractKind;
  apiVersion?: string;
  documents: DocumentLintResult[];
  /** All findings of all documents, sorted by position. */
  findings: Finding[];
  /** Rules that failed on this input (a bug in the rule, never the user's fault); their findings are missing. */
  internalErrors?: string[];
}

/** GDQF dimensions, plus the two extra areas the score reports. */
export type QualityDimension = 'completeness' | 'uniqueness' | 'consistency' | 'timeliness' | 'validity' | 'accuracy';

export type ScoreArea = QualityDimension | 'ownership' | 'documentation';
