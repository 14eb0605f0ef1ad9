// Which team members count as owner, steward or custodian. ODCS roles are free text, so match case-insensitively
// on the roles configured in `.dclens.yaml` (settings ownerRoles / stewardRoles / custodianRoles).
import type { SharedSettings } from '../config/settings';
import type { TeamMemberRef } from '../contract-nodes';
import { str } from '../contract-nodes';
import { DEFAULT_CUSTODIAN_ROLES, DEFAULT_OWNER_ROLES, DEFAULT_STEWARD_ROLES } from '../config/settings';

export type RoleKind = 'owner' | 'steward' | 'custodian';

const normal = (role: string): string =>
  role
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

export function roleKind(role: unknown, settings: SharedSettings): RoleKind | undefined {
  if (typeof role !== 'string') return undefined;
  const r = normal(role);
  const has = (list: readonly string[]) => list.some((x) => normal(x) === r);
  if (has(settings.ownerRoles ?? DEFAULT_OWNER_ROLES)) return 'owner';
  if (has(settings.stewardRoles ?? DEFAULT_STEWARD_ROLES)) return 'steward';
  if (has(settings.custodianRoles ?? DEFAULT_CUSTODIAN_ROLES)) return 'custodian';
  return undefined;
}

/** ISO date YYYY-MM-DD at the start of a string, or undefined. */
export const isoDate = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
};

/** True when the member left before `today` (dateOut in the past). Without a date for today, nobody has left. */
export function hasLeft(member: TeamMemberRef, today: string | undefined): boolean {
  const out = isoDate(member.value.dateOut);
  return today !== undefined && out !== undefined && out < today;
}

/** Members still in the team (dateOut absent, unknown or not yet passed). */
export function currentMembers(members: readonly TeamMemberRef[], today: string | undefined): TeamMemberRef[] {
  return members.filter((m) => !hasLeft(m, today));
}

export const memberName = (m: TeamMemberRef): string => m.username ?? str(m.value.name) ?? 'an unnamed member';

/**
 * The name (or id) of a team written as an object that names the team. Such a team exists even before it lists
 * members, so what it lacks is a Data Owner, not a team.
 */
export function namedTeam(team: unknown): string | undefined {
  if (typeof team !== 'object' || team === null || Array.isArray(team)) return undefined;
  const t = team as Record<string, unknown>;
  const name = [t.name, t.id].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return name?.trim();
}
