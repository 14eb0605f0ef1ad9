// Data tests: a contract's checks, the SQL that measures them per dialect, and judging the numbers that come back.
export * from './types';
export { contractChecks } from './checks';
export { DIALECT_SQL, dialectOfServerType, qualifiedName, tablePrefix } from './dialects';
export { guardQuery, MAX_QUERY_LENGTH, type Guarded } from './sql-guard';
export { planObject, sampleQuery, SAMPLE_LIMIT, type ObjectPlan } from './queries';
export { runChecks, type Column, type SqlExecutor, type RunOptions, type RunSummary } from './run-checks';
export { typeFits, typeFamily } from './types-fit';
export {
  inferContract,
  INFER_VERSIONS,
  isInferVersion,
  keyLikeName,
  looksLikeKey,
  type ColumnProfile,
  type InferredContract,
  type InferVersion,
  type ProfileSource,
  type TableProfile,
} from './infer';
