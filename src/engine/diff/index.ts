// Comparing two versions of a contract: typed changes per perspective and the version verdict.
export * from './types';
export { diffContracts, type DiffOptions } from './diff-contracts';
export { LEVELS } from './levels';
export { MAX_MESSAGE_LENGTH } from './messages';
export { parseSemver, nextVersion } from './version';
