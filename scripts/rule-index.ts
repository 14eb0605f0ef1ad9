// Renders the rule index table (shared by the generator and the test that keeps it current).
import { allRules, profileLevel } from '../src/engine';

const GROUP_TITLES: Record<string, string> = {
  syntax: 'YAML syntax',
  schema: 'ODCS schema',
  ownership: 'Ownership and contacts',
  documentation: 'Documentation',
  'personal-data': 'Personal data and security',
  'data-quality': 'Data-quality dimensions',
  references: 'References and consistency',
  deprecations: 'Deprecations',
  naming: 'Naming',
  sql: 'SQL in quality rules',
  catalogue: 'Catalogue (owners)',
};

export function renderRuleIndex(): string {
  const lines = [
    '# Rule index',
    '',
    'Generated from the rule registry by `npm run docs:rules`; do not edit by hand.',
    'Levels are per profile: `recommended` (default) / `strict` / `uk-gov`. Set them in `.dclens.yaml`.',
    '',
  ];
  for (const group of Object.keys(GROUP_TITLES)) {
    const rules = allRules.filter((r) => r.meta.group === group);
    if (rules.length === 0) continue;
    lines.push(
      `## ${GROUP_TITLES[group]}`,
      '',
      '| Code | Rule | What it checks | Levels | Fix |',
      '|---|---|---|---|---|',
    );
    for (const r of rules) {
      const levels = (['recommended', 'strict', 'uk-gov'] as const).map((p) => profileLevel(r, p)).join(' / ');
      const fix = r.meta.fixable ? 'fix' : r.meta.hasSuggestions ? 'suggestions' : '';
      lines.push(
        `| ${r.meta.code} | [${r.meta.id}](${r.meta.id}.md) | ${r.meta.description.replace(/\|/g, '\\|')} | ${levels} | ${fix} |`,
      );
    }
    lines.push('');
  }
  lines.push(`${allRules.length} rules.`, '');
  return lines.join('\n');
}
