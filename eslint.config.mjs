// ESLint (flat config): `npm run lint`. It enforces the layers described in CONTRIBUTING.md: the engine imports neither
// vscode nor Node nor an adapter, and the adapters reach the engine only through its index.
// Type-aware rules are left out on purpose: they need a full type check per run, too slow for every commit.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every Node built-in, including subpaths such as `fs/promises` (the `node:` forms are caught by a pattern below).
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('node:'));

const engineImports = {
  paths: [
    {
      name: 'vscode',
      message: 'The engine is pure: the VS Code adapter (src/vscode) converts to and from vscode types.',
    },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'The engine is pure: file system, processes and the clock come from the host (src/node).',
    })),
  ],
  patterns: [
    { group: ['node:*'], message: 'The engine is pure: Node built-ins belong in the host (src/node).' },
    {
      regex: '^(\\.\\./)+(node|cli|vscode|server|formatters)(/|$)',
      message: 'The engine is pure: adapters import the engine, never the other way round.',
    },
  ],
};

// Adapters import the engine through its public entries only: its index (`../engine`), or the owners entry
// (`../engine/owners`), which the owners command's light bundle uses so that it does not load the linter.
const publicEntries = '(?!(index|owners|owners/index)$)';
const onlyPublicEntries = (engine) => ({
  patterns: [
    {
      regex: `^(\\.\\./)+${engine}/${publicEntries}.+`,
      message: `Import from the engine's index ('../${engine}') and export what you need there (or from '../${engine}/owners' in code that must not load the linter).`,
    },
  ],
});
const adapterImports = onlyPublicEntries('engine');
// Scripts reach the engine the same way, from outside src/ (`../src/engine`).
const scriptImports = onlyPublicEntries('src/engine');

// The VS Code extension is a thin client of the language server: it may name the engine's types, never run its code
// (nor the host code that would pull it in), and it talks to the server through the protocol file.
const clientImports = {
  patterns: [
    {
      regex: '^(\\.\\./)+engine(/|$)',
      allowTypeImports: true,
      message: 'The extension never runs the engine: import its types only (import type) and ask the language server.',
    },
    {
      regex: '^(\\.\\./)+(node|cli|formatters)(/|$)',
      message: 'The extension never runs the engine: host code belongs to the language server (src/server).',
    },
    {
      regex: '^(\\.\\./)+server/(?!protocol$).+',
      allowTypeImports: true,
      message: 'The extension talks to the language server through src/server/protocol.ts.',
    },
  ],
};

// Node globals for the plain JavaScript scripts (TypeScript files get them from @types/node).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    '__dirname',
    'require',
    'module',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.vscode-e2e/**',
      '.vscode-test/**',
      '.bench/**',
      'test/fixtures/**',
      '**/*.d.ts.map',
      'media/**',
      'schemas/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Control characters in patterns are deliberate here: text from files is escaped before it reaches a terminal.
      'no-control-regex': 'off',
      // Tests match YAML text, where a run of spaces is the indentation being checked.
      'no-regex-spaces': 'off',
      // `_name` marks a parameter or binding kept for its position; tsc's noUnusedLocals checks the rest.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineImports],
      'no-console': 'error',
    },
  },
  {
    // The adapters reach the engine through its public entries only (src/vscode, below, imports only its types).
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts', 'src/formatters/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', adapterImports],
    },
  },
  {
    // So do the scripts, except the owner-model evaluation, whose baselines are built from the engine's own
    // contract-record helpers so that they read contracts exactly as the model does.
    files: ['scripts/**/*.ts', 'scripts/**/*.mjs'],
    ignores: ['scripts/owners-eval/**'],
    rules: {
      'no-restricted-imports': ['error', scriptImports],
    },
  },
  {
    // The VS Code extension is a thin client: engine types only, no engine or host code.
    files: ['src/vscode/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', clientImports],
    },
  },
);
