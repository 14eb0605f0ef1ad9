// Messages fit the Problems panel: at most MESSAGE_LIMIT characters. A contract's own names can be any length (one
// real contract names a table in 100 characters), so an over-long quoted name is shortened in the middle, where names
// differ least, and given in full in the finding's detail.
import type { Finding } from '../types';

/** The most characters a message may have. */
export const MESSAGE_LIMIT = 120;

/** No quoted text is cut shorter than this, and shorter ones are never cut: 'starbur…_v001' still says which one. */
const SHORTEST = 14;

/** A quoted YAML snippet a rule wrote ('metric: nullValues'), never cut. */
const SNIPPET = /: /;

/** 'abcdefghij' → 'abcd…ghij': at most `max` characters, keeping the start and the end. */
export function middleEllipsis(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const keep = Math.max(2, max - 1);
  const head = Math.ceil(keep / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

/** A quoted name or value: 'x' or "x", the quote not inside a word (so "contract's" is no quote). */
const QUOTED = /(?<![\p{L}\p{N}])(['"])([^'"\n]+)\1(?![\p{L}\p{N}])/gu;

export interface FittedMessage {
  message: string;
  /** The quoted texts that were shortened, in full and in order. */
  shortened: string[];
}

/**
 * Shortens the longest quoted texts of a message, all to the same length, until it fits `limit` characters (or every
 * quoted text is as short as allowed). A message that fits is returned as it is.
 */
export function fitMessage(message: string, limit = MESSAGE_LIMIT, keep: ReadonlySet<string> = NONE): FittedMessage {
  const excess = Array.from(message).length - limit;
  if (excess <= 0) return { message, shortened: [] };
  const cuttable = (inner: string) => !SNIPPET.test(inner) && !keep.has(inner);
  const lengths = [...message.matchAll(QUOTED)].filter((m) => cuttable(m[2])).map((m) => Array.from(m[2]).length);
  if (lengths.length === 0 || Math.max(...lengths) <= SHORTEST) return { message, shortened: [] };
  // the longest cap at which the characters saved cover the excess (each cut costs one character for the '…')
  const saved = (cap: number) => lengths.reduce((n, l) => n + (l > cap ? l - cap : 0), 0);
  let cap = Math.max(...lengths) - 1;
  while (cap > SHORTEST && saved(cap) < excess) cap--;
  const shortened: string[] = [];
  const fitted = message.replace(QUOTED, (whole, quote: string, inner: string) => {
    if (Array.from(inner).length <= cap || !cuttable(inner)) return whole;
    shortened.push(inner);
    return `${quote}${middleEllipsis(inner, cap)}${quote}`;
  });
  return { message: fitted, shortened };
}

/** A text as Markdown code, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const NONE: ReadonlySet<string> = new Set();

/** The texts a template quotes itself ('arguments.missingValues', 'required: true'): keys and values, never cut. */
export function quotedInTemplates(templates: ReadonlyArray<string | undefined>): Set<string> {
  const out = new Set<string>();
  for (const t of templates) for (const m of (t ?? '').matchAll(QUOTED)) if (!m[2].includes('{')) out.add(m[2]);
  return out;
}

/**
 * The finding with its message (and each related place's) fitted; names cut short are given in full in the detail,
 * after what the detail already says. `keep`: quoted texts never cut (what the rule's templates quote themselves).
 */
export function fitFinding(finding: Finding, keep: ReadonlySet<string> = NONE): Finding {
  const { message, shortened } = fitMessage(finding.message, MESSAGE_LIMIT, keep);
  const related = finding.related?.map((r) => ({ ...r, message: fitMessage(r.message, MESSAGE_LIMIT, keep).message }));
  if (shortened.length === 0 && related === undefined) return finding;
  const unique = [...new Set(shortened)];
  const inFull =
    unique.length === 0
      ? undefined
      : `${unique.length === 1 ? 'In full' : 'Names in full'}: ${unique.map(codeSpan).join(', ')}.`;
  const detail = [finding.detail, inFull].filter(Boolean).join('\n\n');
  return {
    ...finding,
    message,
    ...(detail ? { detail } : {}),
    ...(related ? { related } : {}),
  };
}
