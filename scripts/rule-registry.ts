// Renders src/engine/rules/index.ts, the rule registry, from the rule files (shared by `npm run gen:rules` and the
// test that keeps the registry current). A rule file is any .ts file in src/engine/rules except index.ts,
// define-rule.ts and helpers-*.ts; its name is the rule id and its meta holds exactly one `code: 'DCLnnn'`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RULES_DIR = join('src', 'engine', 'rules');
export const REGISTRY_FILE = join(RULES_DIR, 'index.ts');

export interface RuleSource {
  /** File name without `.ts`: the rule id. */
  id: string;
  text: string;
}

export interface RegisteredRule {
  id: string;
  code: string;
}

export const isRuleFile = (fileName: string): boolean =>
  fileName.endsWith('.ts') && !/^(index|define-rule|helpers-.*)\.ts$/.test(fileName);

export function readRuleSources(dir = RULES_DIR): RuleSource[] {
  return readdirSync(dir)
    .filter(isRuleFile)
    .sort()
    .map((fileName) => ({ id: fileName.replace(/\.ts$/, ''), text: readFileSync(join(dir, fileName), 'utf8') }));
}

/** Each rule's id and code, sorted by code; throws with every problem found, so the registry is never half right. */
export function registeredRules(sources: readonly RuleSource[]): RegisteredRule[] {
  const problems: string[] = [];
  const byCode = new Map<string, string>();
  const rules: RegisteredRule[] = [];
  for (const { id, text } of sources) {
    const codes = [...text.matchAll(/^\s*code: '([^']*)',?$/gm)].map((m) => m[1]);
    const ids = [...text.matchAll(/^\s*id: '([^']*)',?$/gm)].map((m) => m[1]);
    if (codes.length !== 1) {
      problems.push(`${id}.ts: expected one "code: 'DCLnnn'" in its meta, found ${codes.length}`);
      continue;
    }
    const code = codes[0];
    if (!/^DCL\d{3}$/.test(code)) problems.push(`${id}.ts: code '${code}' is not DCL and three digits`);
    if (!ids.includes(id)) problems.push(`${id}.ts: its meta id must be '${id}', the file name`);
    const taken = byCode.get(code);
    if (taken) problems.push(`${id}.ts: code ${code} is already used by ${taken}`);
    byCode.set(code, id);
    rules.push({ id, code });
  }
  if (problems.length > 0) throw new Error(`The rule registry cannot be generated:\n  ${problems.join('\n  ')}`);
  return rules.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const camelCase = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function renderRuleRegistry(sources: readonly RuleSource[] = readRuleSources()): string {
  const rules = registeredRules(sources);
  return [
    '// The rule registry, sorted by code. Generated from the rule files by `npm run gen:rules`; do not edit by hand.',
    "import type { AnyRule } from './define-rule';",
    ...rules.map(({ id }) => `import ${camelCase(id)} from './${id}';`),
    '',
    '/** Every rule, sorted by code. */',
    'export const allRules: readonly AnyRule[] = [',
    ...rules.map(({ id, code }) => `  ${camelCase(id)}, // ${code}`),
    '];',
    'export const ruleById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));',
    'export const ruleByCode: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.code, rule]));',
    '',
  ].join('\n');
}
