// The language service: one pure object with every editor feature, over a host that supplies configuration,
// catalogue, paths and the date.
export { createLanguageService } from './service';
export * from './types';
