// Every message a rule can show fits the Problems panel and says what to do first: at most 120 characters with
// realistic names, starting with an imperative verb, and with no backticks (VS Code shows them literally).
import assert from 'node:assert/strict';
import { allRules } from '../../src/engine/rules';
import { formatMessage } from '../../src/engine/rules/define-rule';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';

import { LIMIT, messageProblem } from './message-style';

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
      ...Object.entries((rule.meta.grouping ?? {}) as Record<string, string>).map(
        ([id, t]) => [`${id} (grouped)`, t] as const,
      ),
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
    assert.equal(messageProblem("Describe property 'x' in schema 'y'."), undefined);
  });

  it('on every fixture and example contract, every message is short, starts with an action and any detail adds to it', function () {
    this.timeout(180_000);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(f)) files.push(p);
      }
    };
    walk(join(__dirname, '..', 'fixtures'));
    walk(join(__dirname, '..', '..', 'examples'));
    // strict lists every place on its own; uk-gov turns on its own rules and groups repeats (names are the files' own)
    const findings = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return (['strict', 'uk-gov'] as const).flatMap(
        (profile) =>
          lintText(text, { fileName: file, config: resolveConfig({ extends: profile }), today: '2026-11-30' }).findings,
      );
    });
    assert.ok(findings.length > 10_000, `only ${findings.length} findings`);
    const flat = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const bad = new Set<string>();
    for (const f of findings) {
      const problem = messageProblem(f.message);
      if (problem) bad.add(`${f.ruleId}: ${problem}: ${f.message}`);
      for (const r of f.related ?? [])
        if (r.message.includes('`')) bad.add(`${f.ruleId} related: has a backtick: ${r.message}`);
      if (f.detail !== undefined && (f.detail.trim() === '' || flat(f.message).includes(flat(f.detail))))
        bad.add(`${f.ruleId}: the detail adds nothing: ${f.message} | ${f.detail}`);
    }
    assert.deepEqual([...bad].sort(), []);
  });

  it('a name too long for the message is cut in the middle there and given whole in the detail', () => {
    const schema = `starburst_uat01_sep_ice_views_zone_ff_dap_ff_ngxdbo_customsbrokerage_cal_v_fact_commercialinvoicelinecost_v001`;
    const text = [
      'apiVersion: v3.1.0',
      'kind: DataContract',
      'id: invoices',
      'version: 1.0.0',
      'status: active',
      'schema:',
      `  - name: ${schema}`,
      '    properties:',
      '      - name: factcommercialinvoicelinecostcreatedate',
      '        logicalType: string',
      '',
    ].join('\n');
    const finding = lintText(text, { config: resolveConfig({ extends: 'strict' }) }).findings.find(
      (f) => f.ruleId === 'property-description',
    );
    assert.ok(finding, 'no property-description finding');
    assert.ok(finding.message.length <= LIMIT, finding.message);
    assert.match(
      finding.message,
      /^Describe property '[\w…]+' in schema 'starburst_uat01_\w*…\w*_v001': what the value means/,
    );
    assert.ok(finding.detail?.includes(`\`${schema}\``), finding.detail);
  });

  it('a first draft reads as short actions: every finding on the newcomer draft passes the same check', () => {
    const file = join(__dirname, '..', 'fixtures', 'newcomer', 'draft.odcs.yaml');
    const result = lintText(readFileSync(file, 'utf8'), {
      fileName: file,
      config: resolveConfig({ extends: 'uk-gov' }),
      today: '2026-11-30',
    });
    const bad = result.findings.flatMap((f) => {
      const p = messageProblem(f.message);
      return p ? [`${f.ruleId}: ${p}: ${f.message}`] : [];
    });
    assert.deepEqual(bad, []);
  });
});
