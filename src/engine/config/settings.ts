// Settings shared by several rules, set under `settings:` in `.dclens.yaml`.
import * as z from 'zod';

/** The ODCS versions a new contract (skeleton, snippet, walkthrough) can be written in, oldest first. */
export const NEW_CONTRACT_VERSIONS = ['v3.0.2', 'v3.1.0', 'v3.2.0'] as const;
export type NewContractVersion = (typeof NEW_CONTRACT_VERSIONS)[number];
/** The version new contracts use unless `settings.odcsVersion` or the editor setting asks for another. */
export const DEFAULT_NEW_CONTRACT_VERSION: NewContractVersion = 'v3.2.0';

const VERSION_WORDS = `${NEW_CONTRACT_VERSIONS.slice(0, -1).join(', ')} or ${NEW_CONTRACT_VERSIONS[NEW_CONTRACT_VERSIONS.length - 1]}`;

export function isNewContractVersion(value: unknown): value is NewContractVersion {
  return typeof value === 'string' && (NEW_CONTRACT_VERSIONS as readonly string[]).includes(value);
}

export const SharedSettingsSchema = z
  .object({
    /** Roles that count as the accountable owner (matched case-insensitively). */
    ownerRoles: z.array(z.string()).optional(),
    /** Roles that count as a data steward. */
    stewardRoles: z.array(z.string()).optional(),
    /** Roles that count as a data custodian or technical maintainer. */
    custodianRoles: z.array(z.string()).optional(),
    /** Allowed values of `classification` and of the security-classification custom property. */
    classifications: z.array(z.string()).optional(),
    /** The customProperties entry that holds the security classification. */
    securityClassificationProperty: z.string().optional(),
    /** The customProperties entry that records a DPIA. */
    dpiaProperty: z.string().optional(),
    /** The ODCS version new contracts are written in (the newest, v3.2.0, when not set). */
    odcsVersion: z
      .enum(NEW_CONTRACT_VERSIONS, {
        error: (issue) => `use ${VERSION_WORDS} for new contracts, not ${JSON.stringify(issue.input)}`,
      })
      .optional(),
  })
  .strict();

export type SharedSettings = z.infer<typeof SharedSettingsSchema>;

export const DEFAULT_OWNER_ROLES = ['data owner', 'owner', 'data product owner', 'information asset owner'];
export const DEFAULT_STEWARD_ROLES = ['data steward', 'steward'];
export const DEFAULT_CUSTODIAN_ROLES = [
  'data custodian',
  'custodian',
  'maintainer',
  'data engineer',
  'technical owner',
];
