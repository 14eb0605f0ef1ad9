// The rule API: meta + create(context) returning visitors over contract parts.
import type * as z from 'zod';
import type { Fix, JsonPath, Range, RuleLevel, ScoreArea, Severity, Target, TextEdit } from '../types';
import type {
  ContractParts,
  ItemRef,
  NodeRef,
  Obj,
  PropertyRef,
  QualityRef,
  RelationshipRef,
  SchemaObjectRef,
  TeamMemberRef,
} from '../contract-nodes';
import type { Fixer } from '../fix/fixer';
import type { SharedSettings } from '../config/settings';

export type RuleGroup =
  | 'syntax'
  | 'schema'
  | 'ownership'
  | 'documentation'
  | 'personal-data'
  | 'data-quality'
  | 'references'
  | 'deprecations'
  | 'naming'
  | 'sql'
  | 'catalogue';

export type ProfileName = 'recommended' | 'strict' | 'uk-gov';

export interface RuleMeta<Options, MessageIds extends string> {
  /** kebab-case, equals the file name. */
  id: string;
  /** DCL + 3 digits, never reused. */
  code: string;
  group: RuleGroup;
  /** The score area this rule feeds (a GDQF dimension, ownership or documentation). */
  dimension?: ScoreArea;
  /** Severity under the `recommended` profile; 'off' means opt-in. */
  severity: RuleLevel;
  /** Severity under other profiles when it differs from `severity`. */
  profiles?: Partial<Record<ProfileName, RuleLevel>>;
  /** One sentence: what the rule checks. */
  description: string;
  messages: Record<MessageIds, string>;
  /**
   * What a message leaves out, by message id, filled with the same data: shown in the hover, JSON and SARIF. A
   * report's own `detail` wins.
   */
  details?: Partial<Record<MessageIds, string>>;
  /** Offers a safe automatic fix. */
  fixable?: boolean;
  /** Offers suggestions the user picks from. */
  hasSuggestions?: boolean;
  /** Validates the options given in `.dclens.yaml`; absent means the rule takes none. */
  options?: z.ZodType<Options>;
  defaultOptions?: Options;
  /** When this rule reports at a path, a schema finding at the same path is dropped (the rule says it better). */
  supersedesSchemaFindings?: boolean;
  /**
   * Messages whose repeats within one schema object become one finding (not under `strict`). The template fills
   * `{count}` (how many places), `{names}` ("order_id, customer_id and 3 more") and `{schema}` ("schema 'orders'").
   */
  grouping?: Partial<Record<MessageIds, string>>;
}

export interface Report<MessageIds extends string> {
  /** The part concerned; or give `path`. */
  node?: NodeRef;
  path?: JsonPath;
  /** Which part of the entry to underline; defaults to 'key'. */
  target?: Target;
  /** An exact range inside the value at `path` (e.g. one line of an SQL query); overrides `target`. */
  range?: Range;
  messageId: MessageIds;
  data?: Record<string, string | number>;
  /** What the message leaves out (every value, names in full, the version a key arrived in); Markdown allowed. */
  detail?: string;
  /** Title of the quick fix, e.g. "Add 'required: true'". */
  fixTitle?: string;
  /** A safe fix. Return null when no safe edit exists for this text. */
  fix?: (fixer: Fixer) => TextEdit | TextEdit[] | null;
  /** Alternatives the user chooses from. */
  suggest?: Array<{ title: string; fix: (fixer: Fixer) => TextEdit | TextEdit[] | null }>;
  /** Other places this one finding stands for (e.g. every use of a variable), each with its own sentence. */
  related?: Array<{ path: JsonPath; target?: Target; message: string }>;
}

export interface RuleContext<Options, MessageIds extends string> {
  readonly options: Options;
  readonly settings: SharedSettings;
  readonly contract: Obj;
  readonly parts: ContractParts;
  readonly apiVersion: string;
  /** ISO date (YYYY-MM-DD) supplied by the host; undefined when unknown. */
  readonly today?: string;
  /** Catalogue snapshot prepared by the host; rules that need it stay silent when it is absent. */
  readonly catalogue?: unknown;
  /** The file's path relative to the catalogue's root, when the host knows it. */
  readonly subjectPath?: string;
  /** The raw text of the file, for rules that look at formatting or comments. */
  readonly text: string;
  /** The 1-based line of the entry at `path`, for messages that point elsewhere ("first listed on line 12"). */
  lineOf(path: JsonPath): number;
  report(report: Report<MessageIds>): void;
}

export interface RuleVisitors {
  contract?(node: NodeRef): void;
  schemaObject?(node: SchemaObjectRef): void;
  property?(node: PropertyRef): void;
  quality?(node: QualityRef): void;
  relationship?(node: RelationshipRef): void;
  teamMember?(node: TeamMemberRef): void;
  server?(node: ItemRef): void;
  slaProperty?(node: ItemRef): void;
  supportChannel?(node: ItemRef): void;
  customProperty?(node: ItemRef): void;
  /** After every part was visited. */
  end?(): void;
}

export interface Rule<Options = unknown, MessageIds extends string = string> {
  meta: RuleMeta<Options, MessageIds>;
  create(context: RuleContext<Options, MessageIds>): RuleVisitors;
}

/** Type-checks messageIds and options for one rule. */
export function defineRule<Options = undefined, MessageIds extends string = string>(
  rule: Rule<Options, MessageIds>,
): Rule<Options, MessageIds> {
  return rule;
}

export type AnyRule = Rule<any, string>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DOCS_BASE_URL = 'https://github.com/data-contract-lens/data-contract-lens/blob/main/docs/rules/';
export const docsUrlFor = (ruleId: string): string => `${DOCS_BASE_URL}${ruleId}.md`;

/** `{{name}}` is a literal `{name}` (SQL's `{object}`); `{name}` is a placeholder. */
const PLACEHOLDER = /\{\{(\w+)\}\}|\{(\w+)\}/g;

const filledBy = (data: Record<string, string | number>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(data, key) && data[key] !== undefined && data[key] !== null;

/**
 * Fills `{name}` placeholders of a message template; `{{name}}` renders as a literal `{name}`. Values are inserted
 * as they are (a value containing braces is not filled again); a placeholder without a value is left as written.
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, literal: string | undefined, key: string | undefined) => {
    if (literal !== undefined) return `{${literal}}`;
    return filledBy(data, key!) ? String(data[key!]) : whole;
  });
}

/** The placeholders of a template that `data` leaves unfilled (literal `{{name}}` braces are not placeholders). */
export function unfilledPlaceholders(template: string, data: Record<string, string | number> = {}): string[] {
  const missing: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m[2] !== undefined && !filledBy(data, m[2]) && !missing.includes(m[2])) missing.push(m[2]);
  }
  return missing;
}

export type { Fix, Severity };
