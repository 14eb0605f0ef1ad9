// What raises ownership and documentation: named people in the right roles, and descriptions a newcomer can read.
import { isObject } from '../../detect';
import { str } from '../../contract-nodes';
import { currentMembers, roleKind, type RoleKind } from '../../vocabulary/roles';
import type { CriterionGroup, CriterionItem, StepPlan } from './score-types';
import type { CriteriaContext } from './criteria-context';
import { isColumn } from './contract-facts';
import { isRealText } from './placeholders';

const ROLE_TITLE: Record<RoleKind, string> = {
  owner: 'Data Owner',
  steward: 'Data Steward',
  custodian: 'Data Custodian',
};
// Steps write placeholders for what only the user knows (who, which channel, what the data is for): the todo-placeholder
// rule keeps them visible, and the score counts them only once filled in.
const PLACEHOLDER_USER: Record<RoleKind, string> = {
  owner: 'TODO-data-owner',
  steward: 'TODO-data-steward',
  custodian: 'TODO-data-custodian',
};
const TEAM_NAME = 'TODO-team-name';

function memberPlan(ctx: CriteriaContext, kind: RoleKind): StepPlan {
  const body = `username: ${PLACEHOLDER_USER[kind]}\nrole: ${ROLE_TITLE[kind]}`;
  const team = ctx.contract.team;
  if (Array.isArray(team)) return { kind: 'add-item', mapPath: [], key: 'team', itemYaml: body };
  if (isObject(team)) return { kind: 'add-item', mapPath: ['team'], key: 'members', itemYaml: body };
  const indented = body
    .split('\n')
    .map((l, i) => (i === 0 ? `    - ${l}` : `      ${l}`))
    .join('\n');
  return { kind: 'set', mapPath: [], key: 'team', yaml: `\n  name: ${TEAM_NAME}\n  members:\n${indented}` };
}

export function ownership(ctx: CriteriaContext): CriterionGroup[] {
  const { contract, parts, settings, today } = ctx;
  // a member named by a placeholder ("TODO-username", "<owner>") is nobody yet
  const current = currentMembers(parts.teamMembers, today).filter((m) => isRealText(m.value.username));
  const hasRole = (kind: RoleKind) => current.some((m) => roleKind(m.value.role, settings) === kind);
  const team = contract.team;
  const teamPath = isObject(team) ? ['team'] : [];
  const roleItem = (kind: RoleKind): CriterionItem => {
    // a member in the role whose username is still a placeholder: what to do is fill it in, not add someone
    const placeholder = hasRole(kind)
      ? undefined
      : currentMembers(parts.teamMembers, today).find(
          (m) => roleKind(m.value.role, settings) === kind && !isRealText(m.value.username),
        );
    if (placeholder) {
      const shown =
        typeof placeholder.value.username === 'string' && placeholder.value.username.trim() !== ''
          ? `'${placeholder.value.username.trim()}'`
          : 'the empty username';
      return { met: false, target: `replace ${shown} with a real person`, path: placeholder.path };
    }
    return {
      met: hasRole(kind),
      target: 'The team',
      path: teamPath,
      action: `Add the ${ROLE_TITLE[kind]} to the team`,
      plan: memberPlan(ctx, kind),
    };
  };
  const named = isObject(team) && isRealText(team.name);
  // a channel counts when it names somewhere real to ask, and its address (if any) is not a placeholder
  const reachable = parts.support.some(
    (s) =>
      (isRealText(s.value.channel) || isRealText(s.value.url)) &&
      (s.value.url === undefined || isRealText(s.value.url)),
  );
  return [
    {
      area: 'ownership',
      weight: 1,
      label: 'the team has a name',
      items: Array.isArray(team)
        ? []
        : [
            isObject(team) && typeof team.name === 'string' && !named
              ? {
                  met: false,
                  target: `replace '${team.name.trim()}' with the team's name`,
                  path: ['team', 'name'],
                }
              : {
                  met: named,
                  target: 'The team',
                  path: teamPath,
                  action: 'Name the team',
                  plan: isObject(team)
                    ? { kind: 'set', mapPath: ['team'], key: 'name', yaml: TEAM_NAME }
                    : { kind: 'set', mapPath: [], key: 'team', yaml: `\n  name: ${TEAM_NAME}` },
                },
          ],
    },
    {
      area: 'ownership',
      weight: 3,
      label: 'a Data Owner is named (accountable for the data)',
      items: [roleItem('owner')],
    },
    {
      area: 'ownership',
      weight: 1,
      label: 'a Data Steward is named (knows what the data means)',
      items: [roleItem('steward')],
    },
    {
      area: 'ownership',
      weight: 1,
      label: 'a Data Custodian is named (looks after the data technically)',
      items: [roleItem('custodian')],
    },
    {
      area: 'ownership',
      weight: 1,
      label: 'users know where to ask for help (a support channel)',
      items: [
        {
          met: reachable,
          target: 'The contract',
          path: [],
          action: 'Add a support channel',
          plan: {
            kind: 'add-item',
            mapPath: [],
            key: 'support',
            itemYaml: 'channel: TODO-support-channel\nurl: TODO-support-address',
          },
        },
      ],
    },
  ];
}

export function documentation(ctx: CriteriaContext): CriterionGroup[] {
  const { contract, parts } = ctx;
  const description = isObject(contract.description) ? contract.description : undefined;
  const subject = str(contract.name) ?? str(contract.id) ?? 'the data';
  const describe = (key: string, text: string): CriterionItem => ({
    met: isRealText(description?.[key]),
    target: `description.${key}`,
    path: description ? ['description'] : [],
    action: `Describe the ${key} of the data (description.${key})`,
    plan: description
      ? { kind: 'set', mapPath: ['description'], key, yaml: text }
      : { kind: 'set', mapPath: [], key: 'description', yaml: `\n  ${key}: ${text}` },
  });
  const hasText = isRealText;
  const todo = (what: string) => `TODO - ${what.replace(/[:#'"]/g, ' ')}`;
  return [
    {
      area: 'documentation',
      weight: 2,
      label: 'the contract says what the data is for',
      items: [describe('purpose', todo(`say what ${subject} is for and who uses it`))],
    },
    {
      area: 'documentation',
      weight: 1,
      label: 'usage and limitations are described',
      items: [
        describe('usage', todo(`say how to use ${subject} well`)),
        describe('limitations', todo(`say what ${subject} must not be used for`)),
      ],
    },
    {
      area: 'documentation',
      weight: 2,
      label: 'tables have a description',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: hasText(o.value.description),
        target: o.label,
        path: o.path,
        action: `Describe ${o.label}`,
        plan: {
          kind: 'set',
          mapPath: o.path,
          key: 'description',
          yaml: todo(`say what the table ${o.name ?? ''} holds`),
        },
      })),
    },
    {
      area: 'documentation',
      weight: 1,
      label: 'tables say what one row stands for (dataGranularityDescription)',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: hasText(o.value.dataGranularityDescription),
        target: o.label,
        path: o.path,
        action: `Say what one row of ${o.label} stands for`,
        plan: {
          kind: 'set',
          mapPath: o.path,
          key: 'dataGranularityDescription',
          yaml: todo(`say what one row of ${o.name ?? 'the table'} stands for`),
        },
      })),
    },
    {
      area: 'documentation',
      weight: 2,
      label: 'properties have a description',
      items: parts.properties.filter(isColumn).map((p): CriterionItem => ({
        met: hasText(p.value.description),
        target: p.label,
        path: p.path,
        action: `Describe ${p.label}`,
        plan: {
          kind: 'set',
          mapPath: p.path,
          key: 'description',
          yaml: todo(`say what ${p.name ?? 'the column'} holds`),
        },
      })),
    },
  ];
}
