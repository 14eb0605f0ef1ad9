// The shape of `.dclens.yaml`.
import * as z from 'zod';
import { SharedSettingsSchema } from './settings';

export const PROFILE_NAMES = ['recommended', 'strict', 'uk-gov'] as const;
export const LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;

const Level = z.enum(LEVELS);
export const RuleEntrySchema = z.union([
  Level,
  z.tuple([Level]),
  z.tuple([Level, z.record(z.string(), z.unknown())]),
  z.object({ severity: Level.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

export const CatalogueSourceSchema = z
  .object({
    type: z.enum(['contracts', 'datahub', 'backstage', 'codeowners', 'git', 'people']),
    path: z.string().optional(),
  })
  .strict();

export const ConfigFileSchema = z
  .object({
    extends: z.enum(PROFILE_NAMES).optional(),
    rules: z.record(z.string(), RuleEntrySchema).optional(),
    settings: SharedSettingsSchema.optional(),
    catalogue: z
      .object({ sources: z.array(CatalogueSourceSchema).optional() })
      .strict()
      .optional(),
    ignore: z.array(z.string()).optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof ConfigFileSchema>;
export type RuleEntry = z.infer<typeof RuleEntrySchema>;
export type CatalogueSource = z.infer<typeof CatalogueSourceSchema>;
