// Owner suggestions from the catalogues an organisation already has. Pure: text and records in, data out.
export * from './model';
export { CatalogueBuilder, buildSnapshot } from './snapshot';
export { parseDataHubJson, datasetNameFromUrn } from './parse-datahub';
export { parseBackstageYaml } from './parse-backstage';
export { parseCodeowners, codeownersFor, patternMatcher } from './parse-codeowners';
export { parsePeopleDirectory } from './parse-people';
export { contractRecordFromValue, contractMembers, type ContractMember } from './contract-record';
export {
  suggestOwners,
  rankCandidates,
  scoreCandidates,
  DEFAULT_MIN_SCORE,
  DEFAULT_MIN_PROBABILITY,
  MAINTAINER_ONLY_BAR,
  type Candidate,
  type RankedCandidate,
  type SuggestOptions,
} from './rank';
export {
  FEATURES,
  OWNER_MODEL,
  probabilities,
  utility,
  type Features,
  type OwnerModel,
  type RoleWeights,
} from './owner-model';
export { CHANNELS, ACCOUNTABLE_CHANNELS, MAINTAINER_CHANNELS, type Channel } from './votes';
export { suggestTeams } from './suggest-teams';
export type { OwnerSubject } from './subject';
export {
  describePerson,
  personStatus,
  isKnownPerson,
  hasPeopleDirectory,
  asCatalogueSnapshot,
  type ContractIdentity,
} from './describe';
export { roleFromText, roleFromDataHubType } from './roles';
