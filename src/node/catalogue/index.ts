// Catalogue hosts for Node: file system and git loaders for the pure owner engine.
export { loadCatalogue, type LoadCatalogueOptions, type LoadedCatalogue } from './loader';
export { DEFAULT_SOURCES, SOURCE_TYPES, type CatalogueSourceConfig, type SourceType } from './config';
export { readGitHistory, isGitRepository, gitTopLevel, gitHead, gitState } from './git-history';
export { CatalogueDiskCache, cacheDirFor, stampOf, type FileStamp } from './disk-cache';
export { CatalogueCache } from './cache';
