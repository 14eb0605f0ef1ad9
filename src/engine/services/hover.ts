// The hover: guidance for the key (or the value's key) under the cursor, the problems found there, and for a
// team member's username (or replacement) who the person is. Markdown links only to our own named commands and rule pages.
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
}

export interface Hover {
  markdown: string;
  range: Range;
}

export function getHover(text: string, position: Position, options: HoverOptions = {}): Hover | undefined {
  const cursor = pathAtPosition(text, position);
  const findings = findingsAt(options.lint ?? lintText(text, { catalogue: options.catalogue, today: options.today, config: options.config }), position, cursor.documentIndex);
  // A bare list item (`- finance`) is a value of the list it belongs to.
  const onListValue = cursor.onListItem && cursor.range.start.character !== cursor.range.end.character;
  const onSomething = cursor.kind === 'value' || cursor.key !== undefined || onListValue;
  const file = parseYamlFile(text);
  const contract = file.documents[cursor.documentIndex]?.value;
  const guidance = onSomething ? guidanceForPath(cursor.path, contract) : undefined;
  const sections: string[] = [];

  if (findings.length > 0) sections.push(findings.map(renderFinding).join('\n\n'));
  const person = personSection(cursor.path, cursor.kind, contract, options.describePerson);
  if (person) sections.push(person);
  const variables = variablesHover(file, cursor.documentIndex, position);
  if (variables) sections.push(variables.markdown);
  if (guidance) {
    const valueText = cursor.kind === 'value' ? valueAt(contract, cursor.path) : undefined;
    const meaning = valueText !== undefined ? valueMeaning(guidance.kind, guidance.key, valueText) : undefined;
    sections.push((meaning ? `\`${escapeMarkdown(valueText ?? '')}\`: ${escapeMarkdown(meaning)}\n\n` : '') + renderGuidance(guidance));
  }
  if (sections.length === 0) return undefined;

  const range = variables?.range ?? cursor.keyRange ?? (onSomething && cursor.range.start.character !== cursor.range.end.character ? cursor.range : findings[0]?.range ?? cursor.range);
  return { markdown: sections.join('\n\n---\n\n'), range };
}

/**
 * Findings whose range holds the position (a finding on an empty range counts on its line). At the other places of a
 * grouped finding, what the rule said about that place.
 */
function findingsAt(lint: FileLintResult, position: Position, documentIndex: number): Finding[] {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const holds = ({ start, end }: Finding['range']) =>
    start.line === end.line && start.character === end.character ? start.line === position.line : before(start, position) && before(position, end);
  const out: Finding[] = [];
  for (const f of lint.findings) {
    if (f.documentIndex !== undefined && f.documentIndex !== documentIndex) continue;
    if (holds(f.range)) out.push(f);
    else if (f.related && f.related.length > 1) {
      const place = f.related.find((r) => holds(r.range));
      if (place) out.push({ ...f, message: place.message, range: place.range, related: undefined });
    }
  }
  return out;
}

function renderFinding(f: Finding): string {
  const docs = commandLink('Show documentation', 'dclens.showRuleDocumentation', [f.ruleId]);
  return `**${capital(f.severity)}:** ${escapeMarkdown(f.message)}\n\n[${f.code}](${f.docsUrl}) \`${f.ruleId}\` · ${docs}`;
}

export function renderGuidance(g: Guidance): string {
  const lines: string[] = [];
  const facts = [
    g.required ? 'required' : undefined,
    g.deprecated ? '**deprecated**' : undefined,
    g.dimension ? `feeds *${g.dimension}*` : undefined,
  ].filter(Boolean);
  lines.push(`**${g.key}** — ${g.title.split(' — ')[1]}${facts.length ? ` · ${facts.join(' · ')}` : ''}`);
  lines.push('');
  lines.push(escapeMarkdown(g.meaning));
  if (g.good) lines.push('', `*Good:* ${escapeMarkdown(g.good)}`);
  if (g.enumValues && g.enumValues.length > 0 && g.enumValues.length <= 12) lines.push('', `*Allowed:* ${g.enumValues.map((v) => `\`${v}\``).join(', ')}`);
  lines.push('', '```yaml', g.example, '```');
  if (g.rules.length > 0) lines.push('', `*Checked by:* ${g.rules.map((r) => `[${r.code} ${r.id}](${r.docsUrl})`).join(', ')}`);
  return lines.join('\n');
}

function personSection(
  path: ReadonlyArray<string | number>, kind: 'key' | 'value', contract: unknown, describe?: (id: string) => string | undefined,
): string | undefined {
  const last = path[path.length - 1];
  if (!describe || (last !== 'username' && last !== 'replacedByUsername')) return undefined;
  const isMember = (path[0] === 'team' && path[1] === 'members' && typeof path[2] === 'number' && path.length === 4)
    || (path[0] === 'team' && typeof path[1] === 'number' && path.length === 3);
  if (!isMember) return undefined;
  const node = valueAt(contract, path);
  if (node === undefined || node.trim() === '') return undefined;
  void kind;
  return describe(node.trim());
}

/** The text of the scalar at path, if it is one. */
function valueAt(contract: unknown, path: ReadonlyArray<string | number>): string | undefined {
  let node: unknown = contract;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
