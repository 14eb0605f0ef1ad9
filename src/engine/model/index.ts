// The ODCS v3.x model: validation with plain-English issues, and key/enum lookups for the editor.
export type { SchemaIssue, SchemaIssueKind, SchemaFixIntent } from './issues';
export type { OdcsVersion } from './spec';
export { ODCS_VERSIONS, LATEST_ODCS_VERSION } from './spec';
export { validateOdcs, parseOdcsVersion, guessOdcsVersion, type VersionGuess } from './validate';
export { nameOf, capitalize, describeFound } from './naming';
export type { KeyInfo } from './keys';
export { keysAt, enumValuesAt, allKeyPaths } from './keys';
export {
  OdcsContractSchema,
  SchemaObjectSchema,
  PropertySchema,
  QualityRuleSchema,
  ServerSchema,
  TeamSchema,
  TeamMemberSchema,
  RoleSchema,
  SupportChannelSchema,
  SlaPropertySchema,
  PriceSchema,
  CustomPropertySchema,
  AuthoritativeDefinitionSchema,
  RelationshipSchema,
} from './zod-schemas';
export type {
  OdcsContract,
  OdcsSchemaObject,
  OdcsProperty,
  OdcsQualityRule,
  OdcsServer,
  OdcsTeam,
  OdcsTeamMember,
  OdcsSlaProperty,
  OdcsRelationship,
} from './zod-schemas';
