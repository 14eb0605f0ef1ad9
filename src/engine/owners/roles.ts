// Maps the many ways catalogues name ownership onto our three roles.
import type { OwnerRole } from './model';

/** A free-text role from a contract (`team.members[].role`); case-insensitive, short forms accepted. */
export function roleFromText(text: unknown): OwnerRole | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .trim();
  if (/\bcustodian\b/.test(t) || t === 'technical owner') return 'Data Custodian';
  if (/\bsteward\b/.test(t)) return 'Data Steward';
  if (
    t === 'owner' ||
    t === 'data owner' ||
    t === 'dataowner' ||
    t === 'business owner' ||
    t === 'information asset owner'
  )
    return 'Data Owner';
  return undefined;
}

const DATAHUB_TYPES: Record<string, OwnerRole | undefined> = {
  DATAOWNER: 'Data Owner',
  BUSINESS_OWNER: 'Data Owner',
  DATA_STEWARD: 'Data Steward',
  STAKEHOLDER: 'Data Steward',
  TECHNICAL_OWNER: 'Data Custodian',
  DEVELOPER: 'Data Custodian',
  DELEGATE: 'Data Custodian',
  PRODUCER: 'Data Custodian',
};

/**
 * A DataHub ownership type: the enum (`DATAOWNER`), a system type urn
 * (`urn:li:ownershipType:__system__business_owner`) or a custom type urn (`urn:li:ownershipType:data_custodian`),
 * whose display name may be known from an `ownershipTypeInfo` aspect.
 */
export function roleFromDataHubType(
  type: string | undefined,
  typeUrn: string | undefined,
  typeNames: ReadonlyMap<string, string>,
): OwnerRole | undefined {
  if (typeUrn) {
    const name = typeNames.get(typeUrn);
    const fromName = name ? roleFromText(name) : undefined;
    if (fromName) return fromName;
    const slug = typeUrn.replace(/^urn:li:ownershipType:(__system__)?/, '');
    const fromSlug = roleFromText(slug) ?? DATAHUB_TYPES[slug.toUpperCase()];
    if (fromSlug) return fromSlug;
    if (type === 'CUSTOM' || !type) return undefined;
  }
  if (!type) return undefined;
  if (type.startsWith('urn:li:ownershipType:')) return roleFromDataHubType(undefined, type, typeNames);
  return DATAHUB_TYPES[type.toUpperCase()];
}
