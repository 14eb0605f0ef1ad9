// tinyglobby, loaded through its CommonJS build: the CLI is bundled as CommonJS, where the ES build's
// `import.meta.url` (used by its fdir dependency) would be empty and crash at start-up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyglobby = require('tinyglobby') as typeof import('tinyglobby');

export const glob = tinyglobby.glob;
export const isDynamicPattern = tinyglobby.isDynamicPattern;
