// `dclens rules`: every rule with its code, group, severity under each profile and documentation.
import { allRules, docsUrlFor, profileLevel, PROFILE_NAMES } from '../../engine';
import { choiceOption, parseArgs } from '../args';
import type { CommandHandler } from '../command';
import { RULES_HELP } from '../help';

export function describeRules() {
  return allRules.map((rule) => ({
    id: rule.meta.id,
    code: rule.meta.code,
    group: rule.meta.group,
    severity: Object.fromEntries(PROFILE_NAMES.map((profile) => [profile, profileLevel(rule, profile)])),
    fixable: Boolean(rule.meta.fixable),
    hasSuggestions: Boolean(rule.meta.hasSuggestions),
    description: rule.meta.description,
    docsUrl: docsUrlFor(rule.meta.id),
  }));
}

export const rulesCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, { format: { value: true, short: 'f' }, help: { short: 'h' } });
  if (parsed.options.has('help')) {
    io.stdout(RULES_HELP);
    return 0;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
  const rules = describeRules();
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const groupWidth = Math.max(...rules.map((r) => r.group.length));
  const lines = [
    `${'CODE'.padEnd(7)} ${'RULE'.padEnd(idWidth)}  ${'GROUP'.padEnd(groupWidth)}  ${PROFILE_NAMES.map((p) => p.padEnd(11)).join(' ')} FIX`,
  ];
  for (const r of rules) {
    const levels = PROFILE_NAMES.map((p) => String(r.severity[p]).padEnd(11)).join(' ');
    lines.push(
      `${r.code.padEnd(7)} ${r.id.padEnd(idWidth)}  ${r.group.padEnd(groupWidth)}  ${levels} ${r.fixable ? 'yes' : '-'}`,
    );
    lines.push(`        ${r.description}`);
    lines.push(`        ${r.docsUrl}`);
  }
  lines.push('', `${rules.length} rules. Set severities in .dclens.yaml under rules:, e.g. "no-team: off".`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
};
