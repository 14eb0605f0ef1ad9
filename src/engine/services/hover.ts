// The hover: guidance for the key (or the value's key) under the cursor and, for a team member's username (or
// replacement), who the person is. The editor already shows each problem's message above the hover, so the hover adds
// only what the message leaves out (its detail) and one "See:" line per rule that found a problem there. Short enough that no editor clips it (about 25 lines);
// longer guidance ends with a link to the full page. Markdown links only to our own named commands and rule pages.
import type { FileLintResult, Finding, Position, Range } from '../types';
import { lintText, type LintOptions } from '../lint';
import { parseYamlFile } from '../parse/yaml-file';
import { guidanceForPath, type Guidance } from './guidance';
import { pathAtPosition } from './path-at-position';
import { commandLink, escapeMarkdown } from './markdown';
import { valueMeaning } from '../guidance';
import { variablesHover } from './hover-variables';

export interface HoverOptions {
  /** Lint result of the same text; linted here (with catalogue, today, config) when absent. */
  lint?: FileLintResult;
  catalogue?: unknown;
  today?: string;
  config?: LintOptions['config'];
  /** Markdown describing a person (from the catalogue), for team members' usernames. */
  describePerson?: (id: string) => string | undefined;
  /**
   * How rule pages are linked: `command` (default) opens the bundled page through the `dclens.showRuleDocumentation`
   * command, as VS Code does; `url` links the page's address, for editors that do not run commands from hovers.
   */
  docsLinks?: 'command' | 'url';
}

/** About as many lines as VS Code shows in a hover before it scrolls, counting wrapped lines of ~80 characters. */
export const HOVER_MAX_LINES = 25;

export interface Hover {
  markdown: string;
  range: Range;
}

export function getHover(text: string, position: Position, options: HoverOptions = {}): Hover | undefined {
  const cursor = pathAtPosition(text, position);
  const findings = findingsAt(
    options.lint ?? lintText(text, { catalogue: options.catalogue, today: options.today, config: options.config }),
    position,
    cursor.documentIndex,
  );
  // A bare list item (`- finance`) is a value of the list it belongs to.
  const onListValue = cursor.onListItem && cursor.range.start.character !== cursor.range.end.character;
  const onSomething = cursor.kind === 'value' || cursor.key !== undefined || onListValue;
  const file = parseYamlFile(text);
  const contract = file.documents[cursor.documentIndex]?.value;
  const guidance = onSomething ? guidanceForPath(cursor.path, contract) : undefined;
  const link = ruleLink(options.docsLinks);
  const sections: string[] = [];
  const person = personSection(cursor.path, cursor.kind, contract, options.describePerson);
  if (person) sections.push(person);
  const variables = variablesHover(file, cursor.documentIndex, position);
  if (variables) sections.push(variables.markdown);
  // one line per rule, after the guidance: the editor shows the messages themselves, the hover what they leave out
  const details = [...new Set(findings.flatMap((f) => (f.detail ? [safeDetail(f.detail)] : [])))];
  const seeAlso = [
    ...details,
    [...new Map(findings.map((f) => [f.ruleId, f])).values()]
      .map((f) => `See: ${link(f.ruleId, f.docsUrl)}`)
      .join('  \n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  if (guidance) {
    const valueText = cursor.kind === 'value' ? valueAt(contract, cursor.path) : undefined;
    const meaning = valueText !== undefined ? valueMeaning(guidance.kind, guidance.key, valueText) : undefined;
    const lead = meaning ? `\`${escapeMarkdown(valueText ?? '')}\`: ${escapeMarkdown(meaning)}` : undefined;
    const used =
      visualLines([...sections, seeAlso].filter(Boolean).join('\n\n---\n\n')) +
      (sections.length > 0 || seeAlso ? 4 : 0);
    sections.push(renderGuidance(guidance, { lead, maxLines: HOVER_MAX_LINES - used, docsLinks: options.docsLinks }));
  }
  if (seeAlso) sections.push(seeAlso);
  if (sections.length === 0) return undefined;

  const range =
    variables?.range ??
    cursor.keyRange ??
    (onSomething && cursor.range.start.character !== cursor.range.end.character
      ? cursor.range
      : (findings[0]?.range ?? cursor.range));
  return { markdown: sections.join('\n\n---\n\n'), range };
}

/**
 * Findings whose range holds the position (a finding on an empty range counts on its line). At the other places of a
 * grouped finding, what the rule said about that place.
 */
function findingsAt(lint: FileLintResult, position: Position, documentIndex: number): Finding[] {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const holds = ({ start, end }: Finding['range']) =>
    start.line === end.line && start.character === end.character
      ? start.line === position.line
      : before(start, position) && before(position, end);
  const out: Finding[] = [];
  for (const f of lint.findings) {
    if (f.documentIndex !== undefined && f.documentIndex !== documentIndex) continue;
    if (holds(f.range)) out.push(f);
    else if (f.related && f.related.length > 1) {
      const place = f.related.find((r) => holds(r.range));
      if (place) out.push({ ...f, message: place.message, range: place.range, related: undefined, detail: undefined });
    }
  }
  return out;
}

/**
 * A finding's detail for the hover: its code spans stay code, everything else is escaped, so a name from the contract
 * can never become a link or formatting.
 */
function safeDetail(detail: string): string {
  return detail
    .split(/((`+)[\s\S]*?\2)/)
    .map((part, i) => (i % 3 === 0 ? escapeMarkdown(part) : i % 3 === 1 ? part : ''))
    .join('');
}

/** A link to a rule's page, named by the rule id: the bundled page through our command, or its address. */
function ruleLink(mode: HoverOptions['docsLinks'] = 'command'): (ruleId: string, docsUrl: string) => string {
  return (ruleId, docsUrl) =>
    mode === 'url'
      ? `[${escapeMarkdown(ruleId)}](${docsUrl})`
      : commandLink(ruleId, 'dclens.showRuleDocumentation', [ruleId]);
}

/** Lines the markdown takes on screen, wrapping at ~80 characters; link targets take no room. */
export function visualLines(markdown: string): number {
  return markdown
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.replace(/\]\([^)]*\)/g, ']').length / 80)), 0);
}

export interface RenderGuidanceOptions {
  /** A line shown first, above the title (what the value under the cursor means). */
  lead?: string;
  /** Lines the guidance may take; what does not fit is left to the full page, linked at the end. */
  maxLines?: number;
  docsLinks?: HoverOptions['docsLinks'];
}

/** Where guidance that does not fit continues: the page of the first rule that checks the key, else the standard. */
const STANDARD_URL = 'https://bitol-io.github.io/open-data-contract-standard/';

export function renderGuidance(g: Guidance, options: RenderGuidanceOptions = {}): string {
  const link = ruleLink(options.docsLinks);
  const facts = [
    g.required ? 'required' : undefined,
    g.deprecated ? '**deprecated**' : undefined,
    g.dimension ? `feeds *${g.dimension}*` : undefined,
  ].filter(Boolean);
  const title = `**${g.key}** — ${g.title.split(' — ')[1]}${facts.length ? ` · ${facts.join(' · ')}` : ''}`;
  const head = [...(options.lead ? [options.lead, ''] : []), title, '', escapeMarkdown(g.meaning)];
  // the rest in order of use, each kept only while the whole fits
  const optional: string[][] = [];
  if (g.good) optional.push(['', `*Good:* ${escapeMarkdown(g.good)}`]);
  if (g.enumValues && g.enumValues.length > 0 && g.enumValues.length <= 12)
    optional.push(['', `*Allowed:* ${g.enumValues.map((v) => `\`${v}\``).join(', ')}`]);
  optional.push(['', '```yaml', g.example, '```']);
  if (g.rules.length > 0) optional.push(['', `*Checked by:* ${g.rules.map((r) => link(r.id, r.docsUrl)).join(', ')}`]);
  const max = options.maxLines ?? Infinity;
  const more = g.rules[0]
    ? `*More:* ${link(g.rules[0].id, g.rules[0].docsUrl)}`
    : `*More:* [the Open Data Contract Standard](${STANDARD_URL})`;
  const lines = [...head];
  let cut = false;
  for (const part of optional) {
    // room is kept for the closing link in case a later part does not fit
    if (!cut && visualLines([...lines, ...part].join('\n')) + 2 <= max) lines.push(...part);
    else cut = true;
  }
  if (cut) lines.push('', more);
  return lines.join('\n');
}

function personSection(
  path: ReadonlyArray<string | number>,
  kind: 'key' | 'value',
  contract: unknown,
  describe?: (id: string) => string | undefined,
): string | undefined {
  const last = path[path.length - 1];
  if (!describe || (last !== 'username' && last !== 'replacedByUsername')) return undefined;
  const isMember =
    (path[0] === 'team' && path[1] === 'members' && typeof path[2] === 'number' && path.length === 4) ||
    (path[0] === 'team' && typeof path[1] === 'number' && path.length === 3);
  if (!isMember) return undefined;
  const node = valueAt(contract, path);
  if (node === undefined || node.trim() === '') return undefined;
  void kind;
  return describe(node.trim());
}

/** The text of the scalar at path, if it is one. */
function valueAt(contract: unknown, path: ReadonlyArray<string | number>): string | undefined {
  let node: unknown = contract;
  for (const seg of path)
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return typeof node === 'string' ? node : undefined;
}
