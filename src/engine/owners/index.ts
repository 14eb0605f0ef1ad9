// Owner suggestions from the catalogues an organisation already has. Pure: text and records in, data out.
// The engine's second public entry, beside src/engine/index.ts: adapters that only suggest owners (the owners
// command's own bundle, the catalogue loader) import this one, which does not load the linter's schema and rules.
export * from './model';
export { CatalogueBuilder, buildSnapshot, snapshotFromData, snapshotToData, type SnapshotData } from './snapshot';
export { parseDataHubJson, datasetNameFromUrn } from './parse-datahub';
export { parseBackstageYaml } from './parse-backstage';
export { parseCodeowners, codeownersFor, patternMatcher } from './parse-codeowners';
export { parsePeopleDirectory } from './parse-people';
export { contractRecordFromValue, contractMembers, type ContractMember } from './contract-record';
export {
  suggestOwners,
  suggestOwnersByRole,
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
export { CONFIDENCE_MODEL, confidentProbability, type ConfidenceModel, type ConfidenceWeights } from './confidence';
export { CHANNELS, ACCOUNTABLE_CHANNELS, MAINTAINER_CHANNELS, type Channel } from './votes';
export { suggestTeams } from './suggest-teams';
export { contractFacts, type ContractFacts, type OwnerSubject } from './subject';
export {
  describePerson,
  personStatus,
  isKnownPerson,
  hasPeopleDirectory,
  asCatalogueSnapshot,
  type ContractIdentity,
} from './describe';
export { roleFromText, roleFromDataHubType } from './roles';
// What reading a contract and a catalogue needs from the rest of the engine, light enough for this entry.
export { detectDocument, type Detected } from '../detect';
export { parseYamlFile, type ParsedFile, type ParsedDocument } from '../parse/yaml-file';
export { pathOutsideByText } from '../config/workspace-paths';
