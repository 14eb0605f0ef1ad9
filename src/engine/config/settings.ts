// Settings shared by several rules, set under `settings:` in `.dclens.yaml`.
import { z } from 'zod';

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
  })
  .strict();

export type SharedSettings = z.infer<typeof SharedSettingsSchema>;

export const DEFAULT_OWNER_ROLES = ['data owner', 'owner', 'data product owner', 'information asset owner'];
export const DEFAULT_STEWARD_ROLES = ['data steward', 'steward'];
export const DEFAULT_CUSTODIAN_ROLES = ['data custodian', 'custodian', 'maintainer', 'data engineer', 'technical owner'];
