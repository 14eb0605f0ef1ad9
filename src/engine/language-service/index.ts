// The language service: one pure object with every editor feature, over a host that supplies configuration,
// catalogue, paths and the date.
export { createLanguageService } from './service';
export * from './types';
export { MARKDOWN_COMMANDS, type MarkdownCommand } from '../services/markdown';
export { newContractSkeleton } from '../services/new-contract';
export type { NewContractVersion } from '../config/settings';
