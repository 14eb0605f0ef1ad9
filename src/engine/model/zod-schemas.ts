// Typed zod schemas of an ODCS v3.1.0 contract, for rule writers: `OdcsContract` and friends are
// inferred from them. Every key is optional and objects pass unknown keys through, so these
// schemas never reject what the model accepts; OdcsContractSchema then adds the model's own
// verdict (validateOdcs), so `OdcsContractSchema.safeParse(x).success` is the exact v3.1.0 verdict.
import * as z from 'zod';
import { validateOdcs } from './validate';

const str = z.string().optional();
const bool = z.boolean().optional();
const num = z.number().optional();
const tags = z.array(z.string()).optional();
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const CustomPropertySchema = z.looseObject({ id: str, property: str, value: z.unknown(), description: str });
const customProperties = z.array(CustomPropertySchema).optional();
export const AuthoritativeDefinitionSchema = z.looseObject({ id: str, url: str, type: str, description: str });
const authoritativeDefinitions = z.array(AuthoritativeDefinitionSchema).optional();

export const RelationshipSchema = z.looseObject({
  type: str,
  from: z.union([z.string(), z.array(z.string())]).optional(),
  to: z.union([z.string(), z.array(z.string())]).optional(),
  customProperties,
});

export const QualityRuleSchema = z.looseObject({
  id: str,
  name: str,
  description: str,
  type: z.string().optional(),
  dimension: str,
  method: str,
  severity: str,
  businessImpact: str,
  unit: str,
  schedule: str,
  scheduler: str,
  tags,
  authoritativeDefinitions,
  customProperties,
  metric: str,
  rule: str,
  arguments: z.record(z.string(), z.unknown()).optional(),
  mustBe: z.unknown().optional(),
  mustNotBe: z.unknown().optional(),
  mustBeGreaterThan: num,
  mustBeGreaterOrEqualTo: num,
  mustBeLessThan: num,
  mustBeLessOrEqualTo: num,
  mustBeBetween: z.array(z.number()).optional(),
  mustNotBeBetween: z.array(z.number()).optional(),
  query: str,
  engine: str,
  implementation: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});

const elementShape = {
  id: str,
  name: str,
  physicalType: str,
  description: str,
  businessName: str,
  authoritativeDefinitions,
  tags,
  customProperties,
};

export interface OdcsProperty {
  id?: string;
  name?: string;
  physicalType?: string;
  description?: string;
  businessName?: string;
  authoritativeDefinitions?: z.infer<typeof AuthoritativeDefinitionSchema>[];
  tags?: string[];
  customProperties?: z.infer<typeof CustomPropertySchema>[];
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  logicalType?: string;
  logicalTypeOptions?: Record<string, unknown>;
  physicalName?: string;
  required?: boolean;
  unique?: boolean;
  partitioned?: boolean;
  partitionKeyPosition?: number;
  classification?: string;
  encryptedName?: string;
  transformSourceObjects?: string[];
  transformLogic?: string;
  transformDescription?: string;
  examples?: unknown[];
  criticalDataElement?: boolean;
  relationships?: z.infer<typeof RelationshipSchema>[];
  quality?: z.infer<typeof QualityRuleSchema>[];
  properties?: OdcsProperty[];
  items?: OdcsProperty;
  [key: string]: unknown;
}

export const PropertySchema: z.ZodType<OdcsProperty> = z.lazy(() =>
  z.looseObject({
    ...elementShape,
    primaryKey: bool,
    primaryKeyPosition: num,
    logicalType: str,
    logicalTypeOptions: z.record(z.string(), z.unknown()).optional(),
    physicalName: str,
    required: bool,
    unique: bool,
    partitioned: bool,
    partitionKeyPosition: num,
    classification: str,
    encryptedName: str,
    transformSourceObjects: tags,
    transformLogic: str,
    transformDescription: str,
    examples: z.array(z.unknown()).optional(),
    criticalDataElement: bool,
    relationships: z.array(RelationshipSchema).optional(),
    quality: z.array(QualityRuleSchema).optional(),
    properties: z.array(PropertySchema).optional(),
    items: PropertySchema.optional(),
  }),
);

export const SchemaObjectSchema = z.looseObject({
  ...elementShape,
  logicalType: str,
  physicalName: str,
  dataGranularityDescription: str,
  properties: z.array(PropertySchema).optional(),
  relationships: z.array(RelationshipSchema).optional(),
  quality: z.array(QualityRuleSchema).optional(),
});

export const RoleSchema = z.looseObject({
  id: str,
  role: str,
  description: str,
  access: str,
  firstLevelApprovers: str,
  secondLevelApprovers: str,
  customProperties,
});

export const ServerSchema = z.looseObject({
  id: str,
  server: str,
  type: str,
  description: str,
  environment: str,
  roles: z.array(RoleSchema).optional(),
  customProperties,
  // type-specific settings (see the model for which type takes which)
  location: str,
  stagingDir: str,
  schema: str,
  catalog: str,
  regionName: str,
  format: str,
  delimiter: str,
  project: str,
  dataset: str,
  host: str,
  port: num,
  database: str,
  account: str,
  region: str,
  path: str,
  serviceName: str,
  endpointUrl: str,
  warehouse: str,
  stream: str,
});

export const TeamMemberSchema = z.looseObject({
  id: str,
  username: str,
  name: str,
  description: str,
  role: str,
  dateIn: str,
  dateOut: str,
  replacedByUsername: str,
  tags,
  customProperties,
  authoritativeDefinitions,
});

export const TeamSchema = z.looseObject({
  id: str,
  name: str,
  description: str,
  members: z.array(TeamMemberSchema).optional(),
  tags,
  customProperties,
  authoritativeDefinitions,
});

export const SupportChannelSchema = z.looseObject({
  id: str,
  channel: str,
  url: str,
  description: str,
  tool: str,
  scope: str,
  invitationUrl: str,
  customProperties,
});

export const SlaPropertySchema = z.looseObject({
  id: str,
  property: str,
  value: scalar.optional(),
  valueExt: scalar.optional(),
  unit: str,
  element: str,
  driver: str,
  description: str,
  scheduler: str,
  schedule: str,
});

export const PriceSchema = z.looseObject({ id: str, priceAmount: num, priceCurrency: str, priceUnit: str });

const TypedContractSchema = z.looseObject({
  version: str,
  kind: str,
  apiVersion: str,
  id: str,
  name: str,
  tenant: str,
  tags,
  status: str,
  servers: z.array(ServerSchema).optional(),
  dataProduct: str,
  description: z
    .looseObject({ usage: str, purpose: str, limitations: str, authoritativeDefinitions, customProperties })
    .optional(),
  domain: str,
  schema: z.array(SchemaObjectSchema).optional(),
  support: z.array(SupportChannelSchema).optional(),
  price: PriceSchema.optional(),
  team: z.union([TeamSchema, z.array(TeamMemberSchema)]).optional(),
  roles: z.array(RoleSchema).optional(),
  slaDefaultElement: str,
  slaProperties: z.array(SlaPropertySchema).optional(),
  authoritativeDefinitions,
  customProperties,
  contractCreatedTs: str,
});

/** An ODCS v3.1.0 contract; parsing succeeds exactly when the official JSON Schema accepts it. */
export const OdcsContractSchema = TypedContractSchema.superRefine((doc, ctx) => {
  for (const issue of validateOdcs(doc, 'v3.1.0'))
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
});

export type OdcsContract = z.infer<typeof OdcsContractSchema>;
export type OdcsSchemaObject = z.infer<typeof SchemaObjectSchema>;
export type OdcsQualityRule = z.infer<typeof QualityRuleSchema>;
export type OdcsServer = z.infer<typeof ServerSchema>;
export type OdcsTeam = z.infer<typeof TeamSchema>;
export type OdcsTeamMember = z.infer<typeof TeamMemberSchema>;
export type OdcsSlaProperty = z.infer<typeof SlaPropertySchema>;
export type OdcsRelationship = z.infer<typeof RelationshipSchema>;
