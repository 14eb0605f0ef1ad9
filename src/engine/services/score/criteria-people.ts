// What raises ownership and documentation: named people in the right roles, and descriptions a newcomer can read.
import { isObject } from '../../detect';
import { str } from '../../contract-nodes';
import { currentMembers, roleKind, type RoleKind } from '../../vocabulary/roles';
import type { CriterionGroup, CriterionItem, StepPlan } from './score-types';
import type { CriteriaContext } from './criteria-context';
import { isColumn, yamlText } from './contract-facts';

const ROLE_TITLE: Record<RoleKind, string> = { owner: 'Data Owner', steward: 'Data Steward', custodian: 'Data Custodian' };
const PLACEHOLDER_USER: Record<RoleKind, string> = { owner: 'data.owner', steward: 'data.steward', custodian: 'data.custodian' };

function teamName(ctx: CriteriaContext): string {
  const base = str(ctx.contract.domain) ?? str(ctx.contract.name) ?? str(ctx.contract.id) ?? 'data';
  return `${base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-team`;
}

function memberPlan(ctx: CriteriaContext, kind: RoleKind): StepPlan {
  const body = `username: ${PLACEHOLDER_USER[kind]}\nrole: ${ROLE_TITLE[kind]}`;
  const team = ctx.contract.team;
  if (Array.isArray(team)) return { kind: 'add-item', mapPath: [], key: 'team', itemYaml: body };
  if (isObject(team)) return { kind: 'add-item', mapPath: ['team'], key: 'members', itemYaml: body };
  const indented = body.split('\n').map((l, i) => (i === 0 ? `    - ${l}` : `      ${l}`)).join('\n');
  return { kind: 'set', mapPath: [], key: 'team', yaml: `\n  name: ${teamName(ctx)}\n  members:\n${indented}` };
}

export function ownership(ctx: CriteriaContext): CriterionGroup[] {
  const { contract, parts, settings, today } = ctx;
  const current = currentMembers(parts.teamMembers, today);
  const hasRole = (kind: RoleKind) => current.some((m) => roleKind(m.value.role, settings) === kind);
  const team = contract.team;
  const teamPath = isObject(team) ? ['team'] : [];
  const roleItem = (kind: RoleKind): CriterionItem => ({
    met: hasRole(kind), target: 'The team', path: teamPath,
    action: `Add the ${ROLE_TITLE[kind]} to the team`, plan: memberPlan(ctx, kind),
  });
  const named = isObject(team) && typeof team.name === 'string' && team.name.trim() !== '';
  return [
    {
      area: 'ownership', weight: 1, label: 'the team has a name',
      items: Array.isArray(team) ? [] : [{
        met: named, target: 'The team', path: teamPath, action: 'Name the team',
        plan: isObject(team) ? { kind: 'set', mapPath: ['team'], key: 'name', yaml: teamName(ctx) } : { kind: 'set', mapPath: [], key: 'team', yaml: `\n  name: ${teamName(ctx)}` },
      }],
    },
    { area: 'ownership', weight: 3, label: 'a Data Owner is named (accountable for the data)', items: [roleItem('owner')] },
    { area: 'ownership', weight: 1, label: 'a Data Steward is named (knows what the data means)', items: [roleItem('steward')] },
    { area: 'ownership', weight: 1, label: 'a Data Custodian is named (looks after the data technically)', items: [roleItem('custodian')] },
    {
      area: 'ownership', weight: 1, label: 'users know where to ask for help (a support channel)',
      items: [{
        met: parts.support.length > 0, target: 'The contract', path: [], action: 'Add a support channel',
        plan: { kind: 'add-item', mapPath: [], key: 'support', itemYaml: `channel: ${teamName(ctx)}\ntool: email\nurl: mailto:${teamName(ctx)}@example.org` },
      }],
    },
  ];
}

export function documentation(ctx: CriteriaContext): CriterionGroup[] {
  const { contract, parts } = ctx;
  const description = isObject(contract.description) ? contract.description : undefined;
  const subject = str(contract.name) ?? str(contract.id) ?? 'this data';
  const describe = (key: string, text: string): CriterionItem => ({
    met: typeof description?.[key] === 'string' && String(description[key]).trim() !== '',
    target: `description.${key}`, path: description ? ['description'] : [],
    action: `Describe the ${key} of the data (description.${key})`,
    plan: description ? { kind: 'set', mapPath: ['description'], key, yaml: yamlText(text) } : { kind: 'set', mapPath: [], key: 'description', yaml: `\n  ${key}: ${yamlText(text)}` },
  });
  const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  return [
    { area: 'documentation', weight: 2, label: 'the contract says what the data is for', items: [describe('purpose', `Describes ${subject} for reporting and analysis.`)] },
    {
      area: 'documentation', weight: 1, label: 'usage and limitations are described',
      items: [describe('usage', `Join on the primary keys; read the property descriptions before use.`), describe('limitations', 'Not suitable for decisions about individuals.')],
    },
    {
      area: 'documentation', weight: 2, label: 'tables have a description',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: hasText(o.value.description), target: o.label, path: o.path, action: `Describe ${o.label}`,
        plan: { kind: 'set', mapPath: o.path, key: 'description', yaml: yamlText(`One row per ${(o.name ?? 'record').replace(/s$/, '')}.`) },
      })),
    },
    {
      area: 'documentation', weight: 1, label: 'tables say what one row stands for (dataGranularityDescription)',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: hasText(o.value.dataGranularityDescription), target: o.label, path: o.path, action: `Say what one row of ${o.label} stands for`,
        plan: { kind: 'set', mapPath: o.path, key: 'dataGranularityDescription', yaml: yamlText(`One row per ${(o.name ?? 'record').replace(/s$/, '')}.`) },
      })),
    },
    {
      area: 'documentation', weight: 2, label: 'properties have a description',
      items: parts.properties.filter(isColumn).map((p): CriterionItem => ({
        met: hasText(p.value.description), target: p.label, path: p.path, action: `Describe ${p.label}`,
        plan: { kind: 'set', mapPath: p.path, key: 'description', yaml: yamlText(`The ${(p.name ?? 'value').replace(/_/g, ' ')} of the ${(p.schemaObject.name ?? 'record').replace(/s$/, '')}.`) },
      })),
    },
  ];
}
